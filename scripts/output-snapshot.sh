#!/bin/sh
# Writes what a fazhi binary makes of the reference inputs into DIR, so two builds can be compared
# byte for byte (a speed-up must not change any output):
#   scripts/output-snapshot.sh OLD-BINARY /tmp/before
#   scripts/output-snapshot.sh .build/release/fazhi /tmp/after && diff -r /tmp/before /tmp/after
# Inputs: samples/*.txt, data/eval/real/*.txt, ../shared/seeds/* (when present); the JSON analysis of
# each, the numbers of `fazhi eval data/eval/real`, and the sample ledgers drafted to .md, .txt and
# .docx (a draft's zip dates come from the ledger's signing date, so its bytes compare too).
set -eu
bin=$1
out=$2
rm -rf "$out"
mkdir -p "$out/analyze" "$out/draft"
for f in samples/*.txt data/eval/real/*.txt ../shared/seeds/*; do
    [ -f "$f" ] || continue
    name=$(echo "$f" | tr '/' '_')
    "$bin" analyze --format json "$f" > "$out/analyze/$name.json" 2>&1 || echo "exit $?" >> "$out/analyze/$name.json"
done
"$bin" eval data/eval/real --misses none > "$out/eval.txt" 2>&1 || echo "exit $?" >> "$out/eval.txt"
for l in samples/ledgers/*; do
    name=$(basename "$l")
    for ext in md txt docx; do
        # (the log names the file written: its folder is left out, so two snapshots compare)
        "$bin" draft "$l" -o "$out/draft/$name.$ext" 2>&1 | sed "s#$out/##" > "$out/draft/$name.$ext.log" || true
    done
done
echo "$(ls "$out/analyze" | wc -l) analyses, eval and $(ls "$out/draft" | grep -vc log) drafts in $out"
