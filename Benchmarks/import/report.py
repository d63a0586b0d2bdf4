#!/usr/bin/env python3
"""Checks and summarizes an import benchmark run (see run.sh): ground truth, row counts, figures."""
import json, os, sqlite3, statistics, sys

import duckdb


def seconds(text):
    parts = [float(p) for p in text.split(":")]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))


def main():
    work = sys.argv[1]
    runs = {}
    for line in open(os.path.join(work, "results.txt")):
        name, wall, rss = line.split()
        runs.setdefault(name, []).append((seconds(wall), int(rss) / 1024))

    truth = json.load(open(os.path.join(work, "idm.json")))
    db = sqlite3.connect(os.path.join(work, "vigia.sqlite"))
    national = dict(db.execute("""
        SELECT o.period, sum(o.value) FROM observation o JOIN series s ON s.id = o.series
        WHERE s.indicator = 'mx.homicides.crimes' AND s.geo LIKE 'MX-_____' GROUP BY o.period"""))
    vigia_rows = db.execute("""SELECT count(*) FROM observation o JOIN series s ON s.id = o.series
        WHERE s.indicator = 'mx.homicides.crimes' AND s.geo LIKE 'MX-_____'""").fetchone()[0]
    expected = {k: float(v) for k, v in truth["homicidioDolosoNationalMonthly"].items()}
    peer = duckdb.connect(os.path.join(work, "peer.duckdb"), read_only=True)
    peer_rows = peer.execute("SELECT count(*) FROM observation").fetchone()[0]
    checks = {"nationalTotalsEqualGroundTruth": national == expected, "sameRowCount": vigia_rows == peer_rows,
              "rows": vigia_rows, "fileRows": truth["rows"],
              "fileMB": round(os.path.getsize(os.path.join(work, "idm.csv")) / 2 ** 20)}

    summary = {}
    for name, values in runs.items():
        times = [t for t, _ in values]
        summary[name] = {"median": statistics.median(times), "min": min(times), "max": max(times),
                         "peakMB": max(m for _, m in values), "runs": len(times)}
    ratio = summary["vigia"]["median"] / summary["duckdb"]["median"]
    for name, s in summary.items():
        print(json.dumps({"scenario": "import", "tool": name, **{k: round(v, 3) if isinstance(v, float) else v
                                                               for k, v in s.items()}}))
    print(json.dumps({"scenario": "import", "ratioVigiaToDuckDB": round(ratio, 3), "duckdb": duckdb.__version__,
                      **checks}))
    print()
    print(f"import of {checks['fileRows']:,} rows ({checks['fileMB']} MB) -> {checks['rows']:,} observations")
    print(f"{'tool':<8} {'median s':>9} {'min s':>7} {'max s':>7} {'peak MB':>8}")
    for name, s in summary.items():
        print(f"{name:<8} {s['median']:>9.2f} {s['min']:>7.2f} {s['max']:>7.2f} {s['peakMB']:>8.0f}")
    print(f"ratio vigia / duckdb {duckdb.__version__} (median): {ratio:.2f}")
    print(f"national totals equal ground truth: {checks['nationalTotalsEqualGroundTruth']}; "
          f"same row count as DuckDB: {checks['sameRowCount']}")
    if not (checks["nationalTotalsEqualGroundTruth"] and checks["sameRowCount"]):
        sys.exit(1)


if __name__ == "__main__":
    main()
