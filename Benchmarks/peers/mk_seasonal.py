#!/usr/bin/env python3
"""The evaluation peer: pymannkendall 1.4.3 running, on every municipal series, the trend test
Vigía's `auto` chose for it — `seasonal_test` or `correlated_seasonal_test` (period 12).

Reads the series vigia-bench exported (`geo<TAB>test<TAB>the trend window on a monthly grid, nan for a
missing month<TAB>Vigía's S<TAB>p<TAB>Sen slope per year`). For the correlated test the window is cut
as Vigía cuts it (docs/assessment.md): full years ending in the latest month, i.e. the oldest
(length mod 12) months left out. Times the tests over all series `runs` times and checks that both
tools agree on S, p and the slope (series without a missing month; with one, pymannkendall's slope
counts positions after dropping the gaps, so only S and p are compared). Prints one JSON line.

Usage: mk_seasonal.py SERIES.tsv [runs]
"""
import json, math, statistics, sys, time
from collections import Counter

import numpy as np
import pymannkendall as mk

TESTS = {
    "seasonal-mann-kendall": lambda x: mk.seasonal_test(x, period=12),
    "correlated-seasonal": lambda x: mk.correlated_seasonal_test(x[len(x) % 12:], period=12),
}


def main():
    path, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
    series = []
    for line in open(path):
        geo, test, values, s, p, slope = line.rstrip("\n").split("\t")
        series.append((geo, test, np.array([float(v) for v in values.split(",")]), float(s), float(p), float(slope)))
    times, results = [], None
    for _ in range(runs):
        start = time.perf_counter()
        results = [TESTS[test](x) for _, test, x, _, _, _ in series]
        times.append(time.perf_counter() - start)
    agree = disagree = 0
    for (geo, test, x, s, p, slope), r in zip(series, results):
        same = r.s == s and math.isclose(r.p, p, rel_tol=1e-6, abs_tol=1e-12)
        if not np.isnan(x).any():
            same = same and math.isclose(r.slope, slope, rel_tol=1e-9, abs_tol=1e-12)
        agree, disagree = (agree + 1, disagree) if same else (agree, disagree + 1)
    n = len(series)
    per = sorted(t * 1e6 / n for t in times)
    print(json.dumps({"scenario": "trend test auto picks, per municipal series", "tool": "pymannkendall",
                      "version": getattr(mk, "__version__", "1.4.3"), "unit": "ms", "items": n,
                      "tests": dict(sorted(Counter(test for _, test, _, _, _, _ in series).items())),
                      "median": round(statistics.median(times) * 1000, 3), "min": round(min(times) * 1000, 3),
                      "max": round(max(times) * 1000, 3), "runs": runs,
                      "perItemUs": {"median": round(statistics.median(per), 2), "min": round(per[0], 2),
                                    "max": round(per[-1], 2)},
                      "agreeWithVigia": agree, "disagree": disagree}))


if __name__ == "__main__":
    main()
