#!/usr/bin/env python3
"""Summarizes a run of Benchmarks/run.sh: every figure as a JSON line, then a table with the goals
and the ratios to the peers. Checks the import against the generator's ground truth and DuckDB's
row count (exit 1 when they differ). Writes WORK/results.jsonl.

Usage: report.py WORK
"""
import json, os, platform, sqlite3, statistics, subprocess, sys

import duckdb



def lines(path):
    return [json.loads(l) for l in open(path) if l.strip()] if os.path.exists(path) else []


def processes(work):
    runs = {}
    for line in open(os.path.join(work, "process.txt")):
        name, seconds, peak = line.rstrip("\n").split("\t")
        runs.setdefault(name, []).append((float(seconds) * 1000, float(peak)))
    rows = []
    for name, values in runs.items():
        ms = [t for t, _ in values]
        rows.append({"scenario": name, "tool": "duckdb" if "duckdb" in name else "vigia", "unit": "ms",
                     "median": round(statistics.median(ms), 1), "min": round(min(ms), 1), "max": round(max(ms), 1),
                     "runs": len(ms), "peakMB": round(max(m for _, m in values), 1), "values": ms})
    return rows


def joined(rows):
    """Rows of one scenario taken in turns (each with its `values`) as one row over all of them."""
    out, seen = [], {}
    for r in rows:
        key = (r["scenario"], r.get("tool"))
        if key in seen and "values" in r and "values" in seen[key]:
            first = seen[key]
            first["values"] += r["values"]
            v = first["values"]
            first.update(median=round(statistics.median(v), 3), min=min(v), max=max(v), runs=len(v))
        else:
            seen[key] = dict(r, values=list(r["values"])) if "values" in r else r
            out.append(seen[key])
    return out


def by_round(a, b):
    """a's value over b's, round by round (both taken in turns, in the same order): the median and each."""
    rounds = [x / y for x, y in zip(a.get("values", []), b.get("values", [])) if y > 0]
    return (statistics.median(rounds), rounds) if rounds else None


def import_checks(work):
    truth = json.load(open(os.path.join(work, "idm.json")))
    db = sqlite3.connect(os.path.join(work, "vigia.sqlite"))
    national = dict(db.execute("""
        SELECT o.period, sum(o.value) FROM observation o JOIN series s ON s.id = o.series
        WHERE s.indicator = 'mx.homicides.crimes' AND s.geo LIKE 'MX-_____' GROUP BY o.period"""))
    rows = db.execute("""SELECT count(*) FROM observation o JOIN series s ON s.id = o.series
        WHERE s.indicator = 'mx.homicides.crimes' AND s.geo LIKE 'MX-_____'""").fetchone()[0]
    expected = {k: float(v) for k, v in truth["homicidioDolosoNationalMonthly"].items()}
    peer = duckdb.connect(os.path.join(work, "peer.duckdb"), read_only=True)
    peer_rows = peer.execute("SELECT count(*) FROM observation").fetchone()[0]
    url = open(os.path.join(work, "postgres.url")).read().strip()
    out = subprocess.run(["psql", url, "-At", "-F", "\t", "-c", """
        SELECT o.period, sum(o.value) FROM observation o JOIN series s ON s.id = o.series
        WHERE s.indicator = 'mx.homicides.crimes' AND s.geo LIKE 'MX-_____' GROUP BY o.period"""],
                         capture_output=True, text=True, check=True).stdout
    pg_national = {p: float(v) for p, v in (l.split("\t") for l in out.splitlines() if l)}
    same = os.path.join(work, "same-snapshot")
    return {"scenario": "import checks", "nationalTotalsEqualGroundTruth": national == expected,
            "postgresNationalTotalsEqualGroundTruth": pg_national == expected,
            "sameJSONSnapshotFromSQLiteAndPostgreSQL": open(same).read().strip() == "true" if os.path.exists(same) else None,
            "sameRowCountAsDuckDB": rows == peer_rows, "observations": rows, "fileRows": truth["rows"],
            "fileMB": round(os.path.getsize(os.path.join(work, "idm.csv")) / 2 ** 20), "duckdb": duckdb.__version__}


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return {"scenario": "machine", "cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(),
            "swift": next((l for l in swift if "Swift version" in l), "?").strip(), "python": platform.python_version()}


def find(rows, name, tool="vigia"):
    return next((r for r in rows if r["scenario"] == name and r.get("tool") == tool), None)


def starting(rows, prefix, tool="vigia"):
    return next((r for r in rows if r["scenario"].startswith(prefix) and r.get("tool") == tool), None)


def main():
    work = sys.argv[1]
    rows = processes(work) + lines(os.path.join(work, "bench.jsonl")) + joined(lines(os.path.join(work, "tui.jsonl"))) \
        + lines(os.path.join(work, "peer.jsonl"))
    checks = import_checks(work)
    extra = [checks, machine()]

    ratios = []
    vigia, peer = find(rows, "import (vigia)"), find(rows, "import (duckdb)", "duckdb")
    if vigia and peer:
        ratios.append(("import: vigia / duckdb time (medians)", vigia["median"] / peer["median"], "≤ 0.35"))
    pg = find(rows, "import (vigia, postgresql)")
    if vigia and pg:
        ratios.append(("import: vigia into PostgreSQL / into SQLite time (medians)", pg["median"] / vigia["median"], "≤ 2"))
    for kind in ["text snapshot", "national snapshot JSON"]:
        a, b = find(rows, f"startup: {kind} (whole process)"), find(rows, f"startup: {kind} (whole process, postgresql)")
        if a and b:
            ratios.append((f"startup: {kind} from PostgreSQL / from SQLite (medians)", b["median"] / a["median"], "≤ 1.5"))
    # Issue 18: opening the municipal store costs what opening the bundled data does.
    for kind in ["startup: text snapshot (whole process", "startup: national snapshot JSON (whole process",
                 "process start -> first frame 200x60 ("]:
        m = find(rows, kind + ("municipal)" if kind.endswith("(") else ")"))
        b = find(rows, kind + ("bundled)" if kind.endswith("(") else ", bundled)"))
        if m and b:
            what = kind.split(' (')[0].replace('startup: ', '')
            ratios.append((f"{what}: municipal store / bundled data (medians)", m["median"] / b["median"], "≤ 1.5"))
            # The same, round by round: the machine changes speed within a minute (the evaluation's turns).
            turns = by_round(m, b)
            if turns and len(turns[1]) > 1:
                ratios.append((f"{what}: municipal / bundled, round by round (median of {len(turns[1])} rounds: "
                               + ", ".join(f"{r:.2f}" for r in turns[1]) + ")", turns[0], "≤ 1.5"))
    evaluate, mk = starting(rows, "evaluate ", "vigia"), find(rows, "trend test auto picks, per municipal series", "pymannkendall")
    stored = next((r for r in rows if r["scenario"].startswith("evaluate") and r["scenario"].endswith("(store)")), None)
    trend = next((r for r in rows if r["scenario"].startswith("trend test auto picks only") and "municipal series" in r["scenario"]
                  and "synthetic" not in r["scenario"]), None)
    if stored and mk:
        ratios.append(("evaluate: pymannkendall (the test auto picks) / vigia full evaluation, per series",
                       mk["perItemUs"]["median"] / stored["perItemUs"]["median"], "≥ 300"))
    turns = lines(os.path.join(work, "evaluate-turns.jsonl"))
    rounds = [peer["perItemUs"]["median"] / ours["perItemUs"]["median"]
              for ours, peer in zip(turns[0::2], turns[1::2]) if ours["tool"] == "vigia" and peer["tool"] == "pymannkendall"]
    if rounds:
        ratios.append((f"evaluate, alternating turns: pymannkendall / vigia full evaluation (median of {len(rounds)} rounds: "
                       + ", ".join(f"{r:.0f}" for r in rounds) + ")", statistics.median(rounds), "≥ 300"))
    if trend and mk:
        ratios.append(("evaluate: pymannkendall (the test auto picks) / vigia choice and test, per series",
                       mk["perItemUs"]["median"] / trend["perItemUs"]["median"], "(same tests; vigia also checks serial correlation)"))
    for name, value, goal in ratios:
        extra.append({"scenario": "ratio", "what": name, "value": round(value, 3), "goal": goal})

    with open(os.path.join(work, "results.jsonl"), "w") as out:
        for r in rows + extra:
            line = json.dumps(r, ensure_ascii=False)
            print(line)
            out.write(line + "\n")
    print()
    m = extra[1]
    print(f"machine: {m['cpu']}, {m['cores']} cores, Linux {m['kernel']}, {m['swift']}, Python {m['python']}")
    print(f"import of {checks['fileRows']:,} rows ({checks['fileMB']} MB) -> {checks['observations']:,} municipal observations; "
          f"national totals equal ground truth: {checks['nationalTotalsEqualGroundTruth']}; "
          f"same row count as DuckDB {checks['duckdb']}: {checks['sameRowCountAsDuckDB']}; "
          f"PostgreSQL national totals equal ground truth: {checks['postgresNationalTotalsEqualGroundTruth']}; "
          f"same JSON snapshot from SQLite and PostgreSQL: {checks['sameJSONSnapshotFromSQLiteAndPostgreSQL']}")
    if mk:
        print(f"pymannkendall agrees with Vigía's trend test on {mk['agreeWithVigia']} of {mk['items']} series "
              f"(tests auto picked: {mk.get('tests', {})})")
    print()
    print(f"{'scenario':<56}{'tool':>14}{'median':>11}{'min':>11}{'max':>11}  unit   per item µs   peak MB")
    for r in rows:
        per = f"{r['perItemUs']['median']:>11.2f}" if "perItemUs" in r else " " * 11
        peak = f"{r['peakMB']:>9.0f}" if "peakMB" in r else ""
        print(f"{r['scenario'][:56]:<56}{r.get('tool', ''):>14}{r['median']:>11.3f}{r['min']:>11.3f}{r['max']:>11.3f}"
              f"  {r['unit']:<5}{per}   {peak}")
    print()
    for name, value, goal in ratios:
        print(f"{name:<76} {value:>8.2f}   goal {goal}")
    ok = checks["nationalTotalsEqualGroundTruth"] and checks["sameRowCountAsDuckDB"] \
        and checks["postgresNationalTotalsEqualGroundTruth"] and checks["sameJSONSnapshotFromSQLiteAndPostgreSQL"] is not False
    if not ok:
        print("import checks FAILED", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
