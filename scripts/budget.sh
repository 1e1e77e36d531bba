#!/usr/bin/env bash
# The byte budget: the gzip -9 size of what a page downloads for one widget (Wasm + JS + CSS)
# must stay within BUDGET_GZIP bytes. Sizes are deterministic for a given build, so this is
# asserted; timings are only reported (scripts/bench.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"; cd "$ROOT/www"
BUDGET_GZIP=${BUDGET_GZIP:-61440}   # 60 KiB
files=(pkg/vpce_advisor_bg.wasm pkg/vpce_advisor.js)
for f in *.js *.css; do [ -f "$f" ] && files+=("$f"); done
total=0
printf '%-28s %9s %9s\n' file raw gzip-9
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "missing $f: run scripts/build.sh first" >&2; exit 1; }
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c); total=$((total + gz))
  printf '%-28s %9d %9d\n' "$f" "$raw" "$gz"
done
printf '%-28s %9s %9d  (budget %d)\n' total '' "$total" "$BUDGET_GZIP"
if [ "$total" -gt "$BUDGET_GZIP" ]; then
  echo "over budget by $((total - BUDGET_GZIP)) bytes gzip" >&2; exit 1
fi
