#!/usr/bin/env bash
# Crash safety as a test (issue 17): kill `vigia import` with SIGKILL at random points, N times,
# and check after each kill that
#   - the database is sound (SQLite: `PRAGMA integrity_check` is ok; PostgreSQL: no lock or
#     transaction of the killed import is left behind, so the next import is not blocked);
#   - every batch is whole: its added + revised counts equal its observation rows (a batch and
#     its figures land in one transaction, or neither does);
#   - finishing the import afterwards gives exactly the figures of an import never killed.
#
#   Tests/crash/kill-import.sh [VIGIA] [KILLS]                (SQLite; defaults: .build/debug/vigia, 100)
#   Tests/crash/kill-import.sh --postgres [VIGIA] [KILLS]     (a PostgreSQL server: $VIGIA_TEST_POSTGRES,
#                                                              see Tests/Postgres/server.sh)
#
# Each round starts from a new database, so a kill falls anywhere: creation and migrations,
# seeding the bundled files, or one of the three imports. Needs sqlite3, or psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
engine=sqlite
if [ "${1:-}" = --postgres ]; then engine=postgres; shift; fi
vigia=${1:-.build/debug/vigia}
kills=${2:-100}
files=(Tests/Fixtures/raw/sesnsp_estatal_2026_rnid_cp1252.csv Tests/Fixtures/raw/cbp_nationwide_drugs_fy19_22.csv
       Tests/Fixtures/raw/cdc_vsrr_t40_4_states_api.csv
       Tests/Fixtures/raw/sample_sesnsp_IDM_municipal_guanajuato_homicidio_subset_head_utf8.csv)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VIGIA_CONFIG="$PWD/Config"

# The engine's part: a new database's location, a query, whether it has the tables yet, its soundness.
if [ "$engine" = sqlite ]; then
    command -v sqlite3 >/dev/null || { echo "kill-import: sqlite3 is needed" >&2; exit 2; }
    fresh() { rm -f "$work/$1.sqlite" "$work/$1.sqlite-wal" "$work/$1.sqlite-shm"; echo "$work/$1.sqlite"; }
    query() { [ -f "$1" ] && sqlite3 "$1" "$2" 2>&1 || true; }
    has_tables() { [ "$(query "$1" "SELECT 1 FROM sqlite_master WHERE name = 'batch'")" = 1 ]; }
    soundness() { if [ -f "$1" ]; then sqlite3 "$1" "PRAGMA integrity_check" 2>&1 || true; else echo ok; fi; }
else
    : "${VIGIA_TEST_POSTGRES:?start a server first: eval \"\$(Tests/Postgres/server.sh start)\"}"
    command -v psql >/dev/null || { echo "kill-import: psql is needed" >&2; exit 2; }
    fresh() {
        psql "$VIGIA_TEST_POSTGRES" -q -c "DROP DATABASE IF EXISTS kill_$1 WITH (FORCE)" -c "CREATE DATABASE kill_$1" 2>/dev/null
        echo "${VIGIA_TEST_POSTGRES%/*}/kill_$1"
    }
    query() { psql "$1" -Atc "$2" 2>&1 || true; }
    has_tables() { [ "$(query "$1" "SELECT to_regclass('batch') IS NOT NULL")" = t ]; }
    # The server ends the killed client's transaction when it sees the socket close: within 5 s,
    # no advisory lock may be held and no other session may be open on the database.
    soundness() {
        for _ in $(seq 1 50); do
            left=$(query "$1" "SELECT (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory')
                                    + (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid())")
            [ "$left" = 0 ] && { echo ok; return; }
            sleep 0.1
        done
        echo "$left sessions or locks of the killed import left"
    }
fi

import() { timeout 120 "$vigia" import "${files[@]}" --db "$1" --vintage 2026-11-01 > "$work/import.log" 2>&1; }
# The figures, the municipal sums made with them (migration v5), and whether those are current.
figures() {
    { query "$1" "SELECT s.indicator, s.geo, o.period, o.partial, o.value, coalesce(o.published, '')
                  FROM observation o JOIN series s ON s.id = o.series ORDER BY 1, 2, 3, 4, 5, 6"
      query "$1" "SELECT epoch, indicator, geo, period, value, parts, municipalities FROM municipal_total ORDER BY 1, 2, 3, 4"
      query "$1" "SELECT (SELECT batch FROM municipal_total_basis) = (SELECT max(id) FROM batch)"; } | sha256sum
}

# The reference: the same import, never killed; and how long it takes, to spread the kills over.
reference=$(fresh reference)
start=$(date +%s%N)
import "$reference"
window_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expected=$(figures "$reference")
echo "kill-import ($engine): reference import took ${window_ms} ms; killing at random points within it, $kills times"

failures=0 killed=0 finished=0 stages=""
for round in $(seq 1 "$kills"); do
    db=$(fresh round)
    # vigia itself in the background (not a shell function: its subshell would take the kill).
    "$vigia" import "${files[@]}" --db "$db" --vintage 2026-11-01 > /dev/null 2>&1 &
    pid=$!
    delay=$(( RANDOM * 32768 + RANDOM ))
    sleep "$(awk -v d="$delay" -v w="$window_ms" 'BEGIN { printf "%.3f", (d % (w + 1)) / 1000 }')"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
    wait "$pid" 2>/dev/null || true
    sound=$(soundness "$db")
    # Before the first migration committed there are no tables yet: nothing to check but soundness.
    if has_tables "$db"; then
        torn=$(query "$db" "SELECT COUNT(*) FROM batch b
                            WHERE b.added + b.revised != (SELECT COUNT(*) FROM observation o WHERE o.batch = b.id)")
        batches=$(query "$db" "SELECT COUNT(*) FROM batch")
    else
        torn=0 batches=0
    fi
    stages="$stages $batches"
    if [ "$sound" != ok ] || [ "$torn" != 0 ]; then
        echo "round $round: soundness '$sound', $torn torn batches" >&2
        failures=$((failures + 1))
        continue
    fi
    import "$db" || { echo "round $round: the import after the kill failed:" >&2; grep -v "^  " "$work/import.log" | tail -n 3 >&2
                      failures=$((failures + 1)); continue; }
    if [ "$(figures "$db")" != "$expected" ]; then
        echo "round $round: after finishing, the figures differ from an import never killed" >&2
        failures=$((failures + 1))
    fi
done
echo "kill-import ($engine): $kills rounds ($killed killed mid-run, $finished had finished), batches on record after the kill (rounds×batches):$(echo $stages | tr ' ' '\n' | sort -n | uniq -c | awk '{printf " %s×%s", $1, $2}')"
echo "kill-import ($engine): sound, no torn batch, totals equal to the reference: $((kills - failures)) of $kills"
[ "$failures" -eq 0 ]
echo "$((kills - failures)) passed, $failures failed"
