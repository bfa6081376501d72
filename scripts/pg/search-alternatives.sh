#!/usr/bin/env bash
# Times the PostgreSQL search index Fazhi uses (bigram tsvector, GIN) beside the two alternatives
# Debian's PostgreSQL offers, on a copy of a Fazhi database's paragraphs:
#   pg_trgm   GIN trigram index on the normalized text, queried with LIKE '%term%'
#   per-char  one token per character with positions (to_tsvector('simple', …) over the text with a
#             space after each character), queried as a phrase (phraseto_tsquery)
# Each query's candidate step (the newest 1,000 matching paragraphs) is run with EXPLAIN ANALYZE,
# median of 5, and the index sizes and build times are printed.
#   scripts/pg/search-alternatives.sh postgres://user@host:port/database
set -euo pipefail
URL=${1:?postgres URL of a Fazhi database}
psql_() { psql "$URL" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_ <<'SQL'
\timing on
DROP TABLE IF EXISTS alt_paragraph;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE alt_paragraph AS SELECT id, normalized, tokens FROM paragraph;
ALTER TABLE alt_paragraph ADD PRIMARY KEY (id);
\echo '-- build: bigram tsvector GIN (what Fazhi uses)'
CREATE INDEX alt_bigram ON alt_paragraph USING gin (tokens);
\echo '-- build: pg_trgm GIN'
CREATE INDEX alt_trgm ON alt_paragraph USING gin (normalized gin_trgm_ops);
\echo '-- build: per-character tsvector with positions, GIN'
ALTER TABLE alt_paragraph ADD COLUMN chars tsvector;
UPDATE alt_paragraph SET chars = to_tsvector('simple', regexp_replace(normalized, '(.)', '\1 ', 'g'));
CREATE INDEX alt_chars ON alt_paragraph USING gin (chars);
ANALYZE alt_paragraph;
SELECT relname AS index, pg_size_pretty(pg_relation_size(oid)) AS size FROM pg_class WHERE relname LIKE 'alt_%' ORDER BY relname;
SQL
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_query() { # sql → median execution ms of 5
  for _ in 1 2 3 4 5; do
    psql_ -At -c "EXPLAIN (ANALYZE, FORMAT JSON) $1" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])'
  done | median
}
printf '%-16s %12s %12s %12s\n' query bigram-ms trgm-ms perchar-ms
for term in 复议 行政复议 规范性文件备案 调解 普法 行政复议纠错; do
  bigrams=$(python3 -c "import sys; t=sys.argv[1]; print(' & '.join(t[i:i+2] for i in range(len(t)-1)))" "$term")
  chars=$(python3 -c "import sys; print(' '.join(sys.argv[1]))" "$term")
  b=$(time_query "SELECT id FROM alt_paragraph WHERE strpos(normalized, '$term') > 0 AND tokens @@ '$bigrams'::tsquery ORDER BY id DESC LIMIT 1000")
  t=$(time_query "SELECT id FROM alt_paragraph WHERE normalized LIKE '%$term%' ORDER BY id DESC LIMIT 1000")
  c=$(time_query "SELECT id FROM alt_paragraph WHERE chars @@ phraseto_tsquery('simple', '$chars') ORDER BY id DESC LIMIT 1000")
  printf '%-16s %12s %12s %12s\n' "$term" "$b" "$t" "$c"
done
psql_ -c "DROP TABLE alt_paragraph"
