#!/usr/bin/env bash
# A private PostgreSQL cluster on loopback for the tests (Debian's postgresql package).
#   scripts/test-postgres.sh start DIR   initdb into DIR (UTF-8, C.UTF-8), start it on a free port,
#                                        create database fazhi_test; prints its URL
#   scripts/test-postgres.sh stop DIR    stop it (fast shutdown)
#   scripts/test-postgres.sh kill DIR    stop it at once (immediate: as if the server died)
#   scripts/test-postgres.sh restart DIR start it again on the same port
#   scripts/test-postgres.sh run CMD...  start a cluster in a temporary folder, run CMD with
#                                        FAZHI_TEST_PG=URL and FAZHI_REQUIRE_PG=1, stop and remove it
# As root (CI), the server runs as the `postgres` user the package creates (initdb refuses root).
# Test clusters run with fsync off (thrown away afterwards); FAZHI_PG_DURABLE=1 keeps PostgreSQL's
# durable defaults, for benchmarks.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "test-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)

pg() { "${as_owner[@]}" "$bin/$@"; }
fsync="-c fsync=off"
[ "${FAZHI_PG_DURABLE:-0}" = 1 ] && fsync=""

# The server must not inherit the caller's other descriptors (a test's process-exit watch, say):
# it outlives this script and would hold them open.
for fd in $(ls /proc/$$/fd 2>/dev/null); do
  [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null || true
done

case "${1:-}" in
start)
  dir=$2
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  chmod 700 "$dir"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo "$port" > "$dir/port.txt"
  pg initdb -D "$dir/data" -U fazhi --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  # fsync off: a test cluster, thrown away afterwards.
  pg pg_ctl -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $fsync -c max_connections=200" start >/dev/null
  pg createdb -h 127.0.0.1 -p "$port" -U fazhi fazhi_test
  echo "postgres://fazhi@127.0.0.1:$port/fazhi_test"
  ;;
restart)
  dir=$2
  port=$(cat "$dir/port.txt")
  pg pg_ctl -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $fsync -c max_connections=200" start >/dev/null
  ;;
stop) pg pg_ctl -D "$2/data" -m fast -w stop >/dev/null ;;
kill) pg pg_ctl -D "$2/data" -m immediate -w stop >/dev/null ;;
run)
  shift
  dir=$(mktemp -d /tmp/fazhi-pg-XXXXXX)
  trap '"$0" stop "$dir" || true; rm -rf "$dir"' EXIT
  url=$("$0" start "$dir")
  echo "test-postgres: cluster at $url" >&2
  FAZHI_TEST_PG=$url FAZHI_REQUIRE_PG=1 "$@"
  ;;
*) echo "usage: $0 start DIR | stop DIR | kill DIR | restart DIR | run CMD..." >&2; exit 2 ;;
esac
