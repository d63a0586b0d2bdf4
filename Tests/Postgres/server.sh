#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests: initdb in a temporary folder, a Unix socket
# only (no TCP port to collide with), trust authentication, torn down by `stop`.
#
#   eval "$(Tests/Postgres/server.sh start)"   # prints: export VIGIA_TEST_POSTGRES=…; export VIGIA_PG_DIR=…
#   swift test                                  # the PostgreSQL tests run instead of skipping
#   Tests/Postgres/server.sh stop               # stops the server and removes its folder
#
# The server refuses to run as root: as root, it runs as the `postgres` user.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian: apt-get install -y postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/vigia-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --locale=C.UTF-8 -E UTF8 > "$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -o "-k $dir -c listen_addresses='' -c max_connections=200 -c fsync=off" \
        -l "$dir/server.log" -w start > /dev/null
    socket=$(printf %s "$dir" | sed 's|/|%2F|g')
    echo "export VIGIA_TEST_POSTGRES='postgresql://postgres@$socket/postgres'"
    echo "export VIGIA_PG_DIR='$dir'"
    ;;
stop)
    dir=${VIGIA_PG_DIR:?set VIGIA_PG_DIR (printed by start)}
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
