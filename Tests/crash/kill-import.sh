#!/usr/bin/env bash
# Crash safety as a test (issue 17): kill `vigia import` with SIGKILL at random points, N times,
# and check after each kill that
#   - `PRAGMA integrity_check` is ok;
#   - every batch is whole: its added + revised counts equal its observation rows (a batch and
#     its figures land in one transaction, or neither does);
#   - finishing the import afterwards gives exactly the figures of an import never killed.
#
#   Tests/crash/kill-import.sh [VIGIA] [KILLS]     (defaults: .build/debug/vigia, 100)
#
# Each round starts from a new database, so a kill falls anywhere: creation and migrations,
# seeding the bundled files, or one of the three imports. Needs sqlite3.
set -euo pipefail
cd "$(dirname "$0")/../.."
vigia=${1:-.build/debug/vigia}
kills=${2:-100}
command -v sqlite3 >/dev/null || { echo "kill-import: sqlite3 is needed" >&2; exit 2; }
files=(Tests/Fixtures/raw/sesnsp_estatal_2026_rnid_cp1252.csv Tests/Fixtures/raw/cbp_nationwide_drugs_fy19_22.csv
       Tests/Fixtures/raw/cdc_vsrr_t40_4_states_api.csv)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VIGIA_CONFIG="$PWD/Config"

import() { "$vigia" import "${files[@]}" --db "$1" --vintage 2026-11-01 > /dev/null 2>&1; }
figures() {
    sqlite3 "$1" "SELECT s.indicator, s.geo, o.period, o.partial, o.value, ifnull(o.published, '')
                  FROM observation o JOIN series s ON s.id = o.series ORDER BY 1, 2, 3, 4, 5, 6" | sha256sum
}

# The reference: the same import, never killed; and how long it takes, to spread the kills over.
start=$(date +%s%N)
import "$work/reference.sqlite"
window_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expected=$(figures "$work/reference.sqlite")
echo "kill-import: reference import took ${window_ms} ms; killing at random points within it, $kills times"

failures=0 killed=0 finished=0 stages=""
for round in $(seq 1 "$kills"); do
    db="$work/round.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    # vigia itself in the background (not a shell function: its subshell would take the kill).
    "$vigia" import "${files[@]}" --db "$db" --vintage 2026-11-01 > /dev/null 2>&1 &
    pid=$!
    delay=$(( RANDOM * 32768 + RANDOM ))
    sleep "$(awk -v d="$delay" -v w="$window_ms" 'BEGIN { printf "%.3f", (d % (w + 1)) / 1000 }')"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
    wait "$pid" 2>/dev/null || true
    if [ -f "$db" ]; then
        integrity=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1 || true)
        # Before the first migration committed there are no tables yet: nothing to check but integrity.
        if sqlite3 "$db" "SELECT 1 FROM sqlite_master WHERE name = 'batch'" 2>/dev/null | grep -q 1; then
            torn=$(sqlite3 "$db" "SELECT COUNT(*) FROM batch b
                                  WHERE b.added + b.revised != (SELECT COUNT(*) FROM observation o WHERE o.batch = b.id)" 2>&1 || true)
            batches=$(sqlite3 "$db" "SELECT COUNT(*) FROM batch" 2>&1 || true)
        else
            torn=0 batches=0
        fi
    else
        integrity=ok torn=0 batches=-
    fi
    stages="$stages $batches"
    if [ "$integrity" != ok ] || [ "$torn" != 0 ]; then
        echo "round $round: integrity '$integrity', $torn torn batches" >&2
        failures=$((failures + 1))
        continue
    fi
    import "$db" || { echo "round $round: the import after the kill failed" >&2; failures=$((failures + 1)); continue; }
    if [ "$(figures "$db")" != "$expected" ]; then
        echo "round $round: after finishing, the figures differ from an import never killed" >&2
        failures=$((failures + 1))
    fi
done
echo "kill-import: $kills rounds ($killed killed mid-run, $finished had finished), batches on record after the kill (rounds×batches):$(echo $stages | tr ' ' '\n' | sort -n | uniq -c | awk '{printf " %s×%s", $1, $2}')"
echo "kill-import: integrity_check ok, no torn batch, totals equal to the reference: $((kills - failures)) of $kills"
[ "$failures" -eq 0 ]
echo "$((kills - failures)) passed, $failures failed"
