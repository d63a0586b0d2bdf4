#!/usr/bin/env bash
# Vigía's benchmarks at municipal scale, side by side with peers, in one run on this machine
# (docs/performance.md). Not part of `swift test`; Tests/VigiaCLITests/BenchSmokeTests runs it tiny.
#
#   Benchmarks/run.sh [--runs N] [--scale S] [--peer-runs N] [--only import] [--keep] [--work DIR] [--bin DIR]
#
# --work DIR keeps its files in DIR and reuses the generated file and the peers' venv found there
# (a before/after pair in one sitting generates once); --bin DIR times the vigia and vigia-bench
# found in DIR instead of building this tree's (another commit's binaries, with these scripts).
#
# 1. builds vigia and vigia-bench (release);
# 2. generates the synthetic SESNSP municipal file (`vigia-bench generate`, Sources/VigiaSynthetic;
#    scale 1.0: ~3.1 M rows, ~500 MB, cp1252) and its ground truth into a temporary folder;
# 3. creates a Python virtual environment there with the peers: duckdb 2.x, pymannkendall 1.4.3;
# 4. import: `vigia import` of the file into SQLite, into PostgreSQL, and DuckDB doing the same
#    job, in turn, N runs each (default 5), wall clock and peak memory of each process (of the
#    client: the PostgreSQL server's memory is its own); checks national totals against the
#    ground truth (SQLite and PostgreSQL) and the row count against DuckDB's. PostgreSQL:
#    $VIGIA_BENCH_POSTGRES (a URL to a server's `postgres` database), else a throwaway local
#    server (Tests/Postgres/server.sh: Unix socket, fsync off as for tests);
# 5. in process (vigia-bench): evaluation of every municipal series in the imported store and of
#    10,000 synthetic ones, frames of an Overview with 10,000 rows and of a Detail page at 200×60,
#    keys; exports the municipal series for the peer;
# 6. evaluate peer: pymannkendall seasonal_test on the same series, with agreement on S, p, slope;
# 7. startup with the municipal store: `vigia --snapshot` (text) and `--format json` as whole
#    processes, from SQLite and from PostgreSQL, and the TUI's first frame in a pseudo-terminal;
#    the same with the bundled data alone (a store seeded from Config/data), the yardstick of issue 18;
# 8. prints every figure as JSON lines and a table with goals and ratios (Benchmarks/report.py),
#    and keeps them in the folder (results.jsonl) with --keep.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=5
SCALE=1.0
PEER_RUNS=3
ONLY=all
KEEP=0
WORK=
BIN=
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --scale) SCALE=$2; shift 2 ;;
        --peer-runs) PEER_RUNS=$2; shift 2 ;;
        --only) ONLY=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --work) WORK=$2; KEEP=1; shift 2 ;;
        --bin) BIN=$(cd "$2" && pwd); shift 2 ;;
        *) echo "usage: $0 [--runs N] [--scale S] [--peer-runs N] [--only import] [--keep] [--work DIR] [--bin DIR]" >&2; exit 2 ;;
    esac
done
if [ -n "$WORK" ]; then mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd); else WORK=$(mktemp -d "${TMPDIR:-/tmp}/vigia-bench.XXXXXX"); fi
OWN_SERVER=0
cleanup() {
    if [ "$OWN_SERVER" = 1 ]; then Tests/Postgres/server.sh stop || true; fi
    if [ "$KEEP" = 1 ]; then echo "== kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
if [ -z "${VIGIA_BENCH_POSTGRES:-}" ]; then
    echo "== a throwaway PostgreSQL server" >&2
    eval "$(Tests/Postgres/server.sh start)"
    OWN_SERVER=1
    VIGIA_BENCH_POSTGRES=$VIGIA_TEST_POSTGRES
fi
PG_DB="${VIGIA_BENCH_POSTGRES%/*}/vigia_bench"
echo "$PG_DB" > "$WORK/postgres.url"
AS_OF=2026-06-30

if [ -n "$BIN" ]; then
    echo "== binaries of $BIN" >&2
    VIGIA="$BIN/vigia"
    BENCH="$BIN/vigia-bench"
else
    echo "== build (release)" >&2
    swift build -c release --product vigia >&2
    swift build -c release --product vigia-bench >&2
    VIGIA="$ROOT/.build/release/vigia"
    BENCH="$ROOT/.build/release/vigia-bench"
fi

if [ -s "$WORK/idm.csv" ] && [ -s "$WORK/idm.json" ] && [ "$(cat "$WORK/scale" 2>/dev/null)" = "$SCALE" ]; then
    echo "== the generated file of $WORK (scale $SCALE)" >&2
else
    echo "== generate (scale $SCALE) in $WORK" >&2
    "$BENCH" generate --out "$WORK/idm.csv" --expected "$WORK/idm.json" --scale "$SCALE" --config "$ROOT/Config" >&2
    echo "$SCALE" > "$WORK/scale"
fi

if [ -x "$WORK/venv/bin/python" ] && "$WORK/venv/bin/python" -c "import duckdb, pymannkendall" 2>/dev/null; then
    echo "== peers: the venv of $WORK" >&2
else
    echo "== peers: python venv with duckdb 2.x and pymannkendall 1.4.3" >&2
    python3 -m venv --system-site-packages "$WORK/venv" >&2
    "$WORK/venv/bin/pip" install --quiet "duckdb>=2.0,<3" "pymannkendall==1.4.3" >&2
fi
PY="$WORK/venv/bin/python"
MEASURE=("$PY" "$ROOT/Benchmarks/measure.py" "$WORK/process.txt")
: > "$WORK/process.txt"

run_vigia() {
    rm -f "$WORK"/vigia.sqlite*
    "${MEASURE[@]}" "import (vigia)" -- "$VIGIA" import "$WORK/idm.csv" --db "$WORK/vigia.sqlite" \
        --config "$ROOT/Config" --vintage 2025-09-20
}
run_postgres() {
    psql "$VIGIA_BENCH_POSTGRES" -q -c "DROP DATABASE IF EXISTS vigia_bench WITH (FORCE)" -c "CREATE DATABASE vigia_bench"
    "${MEASURE[@]}" "import (vigia, postgresql)" -- "$VIGIA" import "$WORK/idm.csv" --db "$PG_DB" \
        --config "$ROOT/Config" --vintage 2025-09-20
}
run_duckdb() {
    rm -f "$WORK"/peer.duckdb*
    "${MEASURE[@]}" "import (duckdb)" -- "$PY" "$ROOT/Benchmarks/peers/duckdb_import.py" "$WORK/idm.csv" "$WORK/peer.duckdb"
}
echo "== import: $RUNS runs each, alternating" >&2
for i in $(seq 1 "$RUNS"); do
    if [ $((i % 2)) = 1 ]; then run_vigia; run_postgres; run_duckdb; else run_duckdb; run_postgres; run_vigia; fi
done

if [ "$ONLY" = all ]; then
    echo "== in process (vigia-bench) and the evaluation peer" >&2
    "$BENCH" --config "$ROOT/Config" --db "$WORK/vigia.sqlite" --export "$WORK/series.tsv" --as-of "$AS_OF" \
        | tee "$WORK/bench.txt" | grep '^{' > "$WORK/bench.jsonl"
    "$PY" "$ROOT/Benchmarks/peers/mk_seasonal.py" "$WORK/series.tsv" "$PEER_RUNS" > "$WORK/peer.jsonl"
    # The evaluation and its peer again, in alternating turns: this machine changes speed within a
    # minute, and the two figures above are taken tens of seconds apart (docs/performance.md, eighth
    # round). Each round's ratio compares the two tools at nearly the same moment.
    echo "== the evaluation and its peer in alternating turns: $RUNS rounds" >&2
    : > "$WORK/evaluate-turns.jsonl"
    for i in $(seq 1 "$RUNS"); do
        "$BENCH" --config "$ROOT/Config" --db "$WORK/vigia.sqlite" --as-of "$AS_OF" --evaluate-store 3 \
            | grep '^{' >> "$WORK/evaluate-turns.jsonl"
        "$PY" "$ROOT/Benchmarks/peers/mk_seasonal.py" "$WORK/series.tsv" 1 >> "$WORK/evaluate-turns.jsonl"
    done

    echo "== startup with the municipal store, and with the bundled data alone: $RUNS runs each" >&2
    "$VIGIA" --snapshot --db "$WORK/vigia.sqlite" --config "$ROOT/Config" --as-of "$AS_OF" > /dev/null  # warm the page cache
    rm -f "$WORK"/bundled.sqlite*
    "$VIGIA" --snapshot --db "$WORK/bundled.sqlite" --config "$ROOT/Config" --as-of "$AS_OF" > /dev/null  # seeds it
    for i in $(seq 1 "$RUNS"); do
        "${MEASURE[@]}" "startup: text snapshot (whole process, bundled)" -- "$VIGIA" --snapshot --db "$WORK/bundled.sqlite" \
            --config "$ROOT/Config" --as-of "$AS_OF"
        "${MEASURE[@]}" "startup: national snapshot JSON (whole process, bundled)" -- "$VIGIA" --snapshot --format json \
            --db "$WORK/bundled.sqlite" --config "$ROOT/Config" --as-of "$AS_OF"
        "${MEASURE[@]}" "startup: text snapshot (whole process)" -- "$VIGIA" --snapshot --db "$WORK/vigia.sqlite" \
            --config "$ROOT/Config" --as-of "$AS_OF"
        "${MEASURE[@]}" "startup: national snapshot JSON (whole process)" -- "$VIGIA" --snapshot --format json \
            --db "$WORK/vigia.sqlite" --config "$ROOT/Config" --as-of "$AS_OF"
        "${MEASURE[@]}" "startup: text snapshot (whole process, postgresql)" -- "$VIGIA" --snapshot --db "$PG_DB" \
            --config "$ROOT/Config" --as-of "$AS_OF"
        "${MEASURE[@]}" "startup: national snapshot JSON (whole process, postgresql)" -- "$VIGIA" --snapshot --format json \
            --db "$PG_DB" --config "$ROOT/Config" --as-of "$AS_OF"
    done
    for db in "$WORK/vigia.sqlite" "$PG_DB"; do
        "$VIGIA" --snapshot --format json --db "$db" --config "$ROOT/Config" --as-of "$AS_OF" > "$WORK/snapshot-$(basename "$db").json"
    done
    cmp -s "$WORK/snapshot-vigia.sqlite.json" "$WORK/snapshot-vigia_bench.json" && echo true > "$WORK/same-snapshot" \
        || echo false > "$WORK/same-snapshot"
    # One run of each in turn, as the snapshots above: the two first frames of a round are taken at
    # nearly the same moment, whatever speed the machine is in (report.py joins the rounds).
    : > "$WORK/tui.jsonl"
    for i in $(seq 1 "$RUNS"); do
        "$PY" "$ROOT/Benchmarks/tui_latency.py" "$VIGIA" 1 municipal --db "$WORK/vigia.sqlite" --config "$ROOT/Config" \
            | grep '^{' >> "$WORK/tui.jsonl"
        "$PY" "$ROOT/Benchmarks/tui_latency.py" "$VIGIA" 1 bundled --db "$WORK/bundled.sqlite" --config "$ROOT/Config" \
            | grep '^{' >> "$WORK/tui.jsonl"
    done
fi

"$PY" "$ROOT/Benchmarks/report.py" "$WORK"
