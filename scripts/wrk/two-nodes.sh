#!/usr/bin/env bash
# Two portal nodes on one database, loaded at once: starts two `fazhi serve` processes on the same
# database (a postgres:// URL, or a SQLite file), waits for both /readyz, then runs two wrk
# processes at the same time, 32 connections each (64 in all), one against each node: first report
# pages at random ids, then the search API (20 queries in turn). Prints each node's requests/s,
# p99 latency and errors (socket errors and non-2xx answers), and the server CPU per request.
#   scripts/wrk/two-nodes.sh DB [BIN] [SECONDS]
# CACHE_BYTES (default 0: every request reaches the database) is passed to both nodes as --cache-bytes.
set -u
DB=${1:?database: postgres://… or a SQLite file}
BIN=${2:-.build/release/fazhi}
SECONDS_=${3:-20}
CACHE_BYTES=${CACHE_BYTES:-0}
PORTS=(${PORT_A:-18281} ${PORT_B:-18282})
HERE=$(cd "$(dirname "$0")" && pwd)
export FAZHI_TOKEN=${FAZHI_TOKEN:-two-nodes-load}
case "$DB" in
  postgres://*|postgresql://*) REPORTS=$(psql "$DB" -tAc "SELECT MAX(id) FROM report" 2>/dev/null) ;;
  *) REPORTS=$(sqlite3 "${DB#sqlite:}" "SELECT MAX(id) FROM report" 2>/dev/null) ;;
esac
export REPORTS=${REPORTS:-10000}
ticks() { awk '{print $14 + $15}' /proc/$1/stat; }

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; }
trap cleanup EXIT
for port in "${PORTS[@]}"; do
  "$BIN" serve --db "$DB" --port "$port" --cache-bytes "$CACHE_BYTES" > /dev/null 2>&1 &
  pids+=($!)
done
for port in "${PORTS[@]}"; do
  ok=
  for _ in $(seq 100); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")" = 200 ] && { ok=1; break; }
    sleep 0.2
  done
  [ -n "$ok" ] || { echo "two-nodes: the node on port $port did not become ready" >&2; exit 1; }
done
echo "two nodes on $DB (ports ${PORTS[*]}, --cache-bytes $CACHE_BYTES, reports 1…$REPORTS), 2 × 32 connections, ${SECONDS_} s"

summary() { # node, wrk output, CPU ticks
  echo "$2" | awk -v node="$1" -v t="$3" -v hz="$(getconf CLK_TCK)" '
    /Requests\/sec/ { rps = $2 }
    /requests in/ { n = $1 }
    / 99%/ { p99 = $2 }
    /Socket errors/ { gsub(",", ""); socket = $4 + $6 + $8 + $10 }
    /Non-2xx/ { non2xx = $NF }
    END { printf "  node %s: %8.1f requests/s  p99 %-9s errors %d (socket %d, non-2xx %d)  CPU %.2f ms/request\n",
                 node, rps, p99, socket + non2xx, socket, non2xx, (n > 0 ? t * 1000 / hz / n : 0) }'
}

run() { # name, wrk arguments before the URL…
  local name=$1; shift
  local outs=() before=() i
  for i in 0 1; do
    outs[$i]=$(mktemp)
    before[$i]=$(ticks "${pids[$i]}")
    wrk -c 32 -t 1 -d "${SECONDS_}s" --latency "$@" "http://127.0.0.1:${PORTS[$i]}" > "${outs[$i]}" 2>&1 &
    wpids[$i]=$!
  done
  wait "${wpids[0]}" "${wpids[1]}"
  echo "== $name"
  for i in 0 1; do
    summary "${PORTS[$i]}" "$(cat "${outs[$i]}")" $(( $(ticks "${pids[$i]}") - before[i] ))
    rm -f "${outs[$i]}"
  done
}
run "report pages, random ids" -s "$HERE/report-pages.lua"
run "search API, 20 queries" -s "$HERE/search.lua"
