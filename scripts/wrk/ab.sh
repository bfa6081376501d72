#!/usr/bin/env bash
# Uncached report pages and searches (64 connections), one build after another, so that builds
# compare on the same machine at the same time; prints requests/s, p50, p99, errors and the
# server's CPU per request (from /proc).
#   scripts/wrk/ab.sh DB SECONDS BIN [BIN…]
set -u
DB=${1:?database}; S=${2:?seconds}; shift 2
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=${PORT:-18391}
export REPORTS=$(sqlite3 "$DB" "SELECT MAX(id) FROM report" 2>/dev/null || echo 10000)
for BIN in "$@"; do
  FAZHI_TOKEN=load "$BIN" serve --db "$DB" --port "$PORT" --cache-bytes 0 > /dev/null 2>&1 &
  pid=$!
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.2; done
  for lua in report-pages search; do
    before=$(awk '{print $14 + $15}' /proc/$pid/stat)
    out=$(wrk -c 64 -t 2 -d "${S}s" --latency -s "$HERE/$lua.lua" "http://127.0.0.1:$PORT")
    after=$(awk '{print $14 + $15}' /proc/$pid/stat)
    n=$(echo "$out" | awk '/requests in/ {print $1}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    errors=$(echo "$out" | grep -E "Socket|Non-2xx" | tr -s ' ' | tr '\n' ';')
    cpu=$(awk -v t=$((after - before)) -v r="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (r > 0) printf "%.2f", t * 1000 / hz / r }')
    echo "$BIN $lua: $rps requests/s, p50 $p50, p99 $p99, CPU per request ${cpu} ms, load $(cut -d' ' -f1 /proc/loadavg) $errors"
  done
  kill $pid; wait $pid 2>/dev/null
done
