#!/usr/bin/env bash
# Two stewards' imports started together against one PostgreSQL database, and 20 snapshots taken
# while they run: each snapshot must show the store before both, after one, or after both —
# never a batch half written. The four possible reports are made first, each in a database of
# its own; every snapshot taken during the imports must be byte-identical to one of them.
#
#   Tests/Postgres/concurrent-imports.sh [VIGIA]      (needs VIGIA_TEST_POSTGRES: see server.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
VIGIA=${1:-.build/release/vigia}
BENCH=$(dirname "$VIGIA")/vigia-bench
: "${VIGIA_TEST_POSTGRES:?start a server first: eval \"\$(Tests/Postgres/server.sh start)\"}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
base=${VIGIA_TEST_POSTGRES%/*}
A="$WORK/idm.csv"                                              # a municipal release (synthetic, ~800,000 rows)
B=Tests/Fixtures/raw/cdc_vsrr_t40_4_states_api.csv           # a CDC release (overdose deaths by state)
"$BENCH" generate --out "$A" --expected "$WORK/idm.json" --scale 0.25 --config Config > /dev/null
# Today as the as-of date: the imports are dated today, and must show.
snapshot() { "$VIGIA" --snapshot --format json --db "$1"; }
fresh() {
    psql "$VIGIA_TEST_POSTGRES" -q -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" 2> /dev/null
    "$VIGIA" batches --db "$base/$1" > /dev/null   # schema and nothing else
    snapshot "$base/$1" > /dev/null                  # seeded with the bundled data
}
for state in before only_a only_b both live; do fresh "vigia_$state"; done
"$VIGIA" import "$A" --db "$base/vigia_only_a" > /dev/null
"$VIGIA" import "$B" --db "$base/vigia_only_b" > /dev/null
"$VIGIA" import "$A" "$B" --db "$base/vigia_both" > /dev/null
for state in before only_a only_b both; do snapshot "$base/vigia_$state" | sha256sum | cut -c1-12 > "$WORK/$state"; done
echo "the four possible reports: before $(cat "$WORK/before"), after A only $(cat "$WORK/only_a"), after B only $(cat "$WORK/only_b"), after both $(cat "$WORK/both")"
[ "$(cat "$WORK"/before "$WORK"/only_a "$WORK"/only_b "$WORK"/both | sort -u | wc -l)" = 4 ] || { echo "FAIL: the four states must differ"; exit 1; }

"$VIGIA" import "$A" --db "$base/vigia_live" > "$WORK/import_a.log" 2>&1 &
pa=$!
"$VIGIA" import "$B" --db "$base/vigia_live" > "$WORK/import_b.log" 2>&1 &
pb=$!
t0=$(date +%s.%N)
for i in $(seq 1 20); do
    start=$(date +%s.%N)
    digest=$(snapshot "$base/vigia_live" | sha256sum | cut -c1-12)
    seen=unknown
    for state in before only_a only_b both; do [ "$digest" = "$(cat "$WORK/$state")" ] && seen=$state; done
    printf '%2d  +%5.2f s  %s  %s\n' "$i" "$(echo "$start - $t0" | bc)" "$digest" "$seen"
    echo "$seen" >> "$WORK/seen"
done
wait $pa $pb
echo
"$VIGIA" batches --db "$base/vigia_live" | awk 'NR == 1 || $4 == "import"'
psql "$base/vigia_live" -Atc "SELECT 'observation rows: ' || count(*) FROM observation"
psql "$base/vigia_both" -Atc "SELECT 'observation rows, both imported one after the other: ' || count(*) FROM observation"
echo "snapshots: $(sort "$WORK/seen" | uniq -c | tr '\n' ' ')"
final=$(snapshot "$base/vigia_live" | sha256sum | cut -c1-12)
[ "$final" = "$(cat "$WORK/both")" ] || { echo "FAIL: the final report differs from both imports one after the other"; exit 1; }
if grep -q unknown "$WORK/seen"; then echo "FAIL: a snapshot saw a state between batches"; exit 1; fi
echo "OK: every snapshot saw the store before or after a batch; the end state equals both imports in turn"
