#!/usr/bin/env bash
# Portal load test: `fazhi serve` on a database, wrk at 64 connections on report pages (random
# ids) and the search API (20 queries in turn), then on one URL each; with the cache off and on.
# Prints wrk's summary and the server's CPU time per request (from /proc: less swayed by other
# work on a shared machine than requests/s).
#   scripts/wrk/load.sh DB [BIN] [SECONDS]
set -u
DB=${1:?database}
BIN=${2:-.build/release/fazhi}
SECONDS_=${3:-20}
PORT=${PORT:-18181}
HERE=$(cd "$(dirname "$0")" && pwd)
URL=http://127.0.0.1:$PORT
export REPORTS=$(sqlite3 "$DB" "SELECT MAX(id) FROM report" 2>/dev/null || echo 10000)
ticks() { awk '{print $14 + $15}' /proc/$1/stat; }
run() { # name, wrk arguments…
  local name=$1; shift
  local before; before=$(ticks "$pid")
  local out; out=$(wrk -c 64 -t 2 -d "${SECONDS_}s" --latency "$@")
  local after; after=$(ticks "$pid")
  local requests; requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "== $name"
  echo "$out" | grep -E "Latency|50%|90%|99%|requests in|Socket|Non-2xx|Requests/sec"
  awk -v t=$((after - before)) -v r="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { if (r > 0) printf "server CPU per request: %.2f ms\n", t * 1000 / hz / r }'
}
for cache in 0 64000000; do
  FAZHI_TOKEN=load "$BIN" serve --db "$DB" --port "$PORT" --cache-bytes $cache > /dev/null 2>&1 &
  pid=$!
  for _ in $(seq 50); do curl -s -o /dev/null "$URL/" && break; sleep 0.2; done
  echo "#### --cache-bytes $cache"
  run "report pages, random ids" -s "$HERE/report-pages.lua" "$URL"
  run "search API, 20 queries" -s "$HERE/search.lua" "$URL"
  run "one report page" "$URL/reports/5000"
  run "one search" "$URL/api/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE"
  kill $pid; wait $pid 2>/dev/null
done
