#!/usr/bin/env python3
"""The evaluation peer: pymannkendall 1.4.3 `seasonal_test` (period 12) on every municipal series.

Reads the series vigia-bench exported (`geo<TAB>values on a monthly grid, nan for a missing
month<TAB>Vigía's S<TAB>p<TAB>Sen slope per year`), times the test over all of them `runs` times,
and checks that both tools agree on S, p and the slope (series without a missing month; for those
with one, pymannkendall's slope counts positions after dropping the gaps, so only S and p are
compared). Prints one JSON line.

Usage: mk_seasonal.py SERIES.tsv [runs]
"""
import json, math, statistics, sys, time

import numpy as np
import pymannkendall as mk


def main():
    path, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
    series = []
    for line in open(path):
        geo, values, s, p, slope = line.rstrip("\n").split("\t")
        series.append((geo, np.array([float(v) for v in values.split(",")]), int(s), float(p), float(slope)))
    times, results = [], None
    for _ in range(runs):
        start = time.perf_counter()
        results = [mk.seasonal_test(x, period=12) for _, x, _, _, _ in series]
        times.append(time.perf_counter() - start)
    agree = disagree = 0
    for (geo, x, s, p, slope), r in zip(series, results):
        same = r.s == s and math.isclose(r.p, p, rel_tol=1e-6, abs_tol=1e-12)
        if not np.isnan(x).any():
            same = same and math.isclose(r.slope, slope, rel_tol=1e-9, abs_tol=1e-12)
        agree, disagree = (agree + 1, disagree) if same else (agree, disagree + 1)
    n = len(series)
    per = sorted(t * 1e6 / n for t in times)
    print(json.dumps({"scenario": "seasonal trend test per municipal series", "tool": "pymannkendall",
                      "version": getattr(mk, "__version__", "1.4.3"), "unit": "ms", "items": n,
                      "median": round(statistics.median(times) * 1000, 3), "min": round(min(times) * 1000, 3),
                      "max": round(max(times) * 1000, 3), "runs": runs,
                      "perItemUs": {"median": round(statistics.median(per), 2), "min": round(per[0], 2),
                                    "max": round(per[-1], 2)},
                      "agreeWithVigia": agree, "disagree": disagree}))


if __name__ == "__main__":
    main()
