#!/usr/bin/env bash
# Import benchmark: `vigia import` of the SESNSP municipal file, side by side with DuckDB 2.x
# doing the same job (Benchmarks/peers/duckdb_import.py), in one run on this machine.
#
#   Benchmarks/import/run.sh [--runs N] [--scale S] [--keep]
#
# Generates the file with ../shared/tools/gen_sesnsp_municipal.py (default scale 1.0: ~3.1 M rows,
# ~520 MB, cp1252) into a temporary folder, creates a Python virtual environment there with
# duckdb 2.x, builds vigia in release mode, alternates the two tools N times (default 5), checks
# that vigia's national monthly totals equal the generator's ground truth and that both wrote the
# same number of rows, and prints median, min, max and peak memory (/usr/bin/time -v) of each,
# and the ratio. Not part of `swift test`; MunicipalScaleTests is its smoke test at 2 % scale.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SHARED=$(cd "$ROOT/../shared" && pwd)
RUNS=5
SCALE=1.0
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --scale) SCALE=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        *) echo "usage: $0 [--runs N] [--scale S] [--keep]" >&2; exit 2 ;;
    esac
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/vigia-import-bench.XXXXXX")
[ "$KEEP" = 1 ] || trap 'rm -rf "$WORK"' EXIT

echo "== build (release)" >&2
swift build -c release --product vigia >&2
VIGIA="$ROOT/.build/release/vigia"

echo "== generate (scale $SCALE) in $WORK" >&2
python3 "$SHARED/tools/gen_sesnsp_municipal.py" --out "$WORK/idm.csv" --expected "$WORK/idm.json" --scale "$SCALE" >&2

echo "== peer: python venv with duckdb 2.x" >&2
python3 -m venv --system-site-packages "$WORK/venv" >&2
"$WORK/venv/bin/pip" install --quiet "duckdb>=2.0,<3" >&2

measure() {  # name, then the command; appends "name seconds maxrss_kb" to results
    local name=$1; shift
    /usr/bin/time -v -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" || {
        cat "$WORK/stderr.txt" >&2; echo "$name failed" >&2; exit 1; }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
    echo "$name $wall $rss" >> "$WORK/results.txt"
}
run_vigia() {
    rm -f "$WORK"/vigia.sqlite*
    measure vigia "$VIGIA" import "$WORK/idm.csv" --db "$WORK/vigia.sqlite" --config "$ROOT/Config"
}
run_duckdb() {
    rm -f "$WORK"/peer.duckdb*
    measure duckdb "$WORK/venv/bin/python" "$ROOT/Benchmarks/peers/duckdb_import.py" "$WORK/idm.csv" "$WORK/peer.duckdb"
}

echo "== $RUNS runs each, alternating" >&2
: > "$WORK/results.txt"
for i in $(seq 1 "$RUNS"); do
    if [ $((i % 2)) = 1 ]; then run_vigia; run_duckdb; else run_duckdb; run_vigia; fi
done

"$WORK/venv/bin/python" "$ROOT/Benchmarks/import/report.py" "$WORK"
