#!/usr/bin/env bash
# The byte budget: the gzip -9 size of what a page downloads for one widget — the shipped,
# minified files of dist/static (Wasm + JS + CSS; `make dist`) — must stay within BUDGET_GZIP.
# Sizes are deterministic for a given build, so this is asserted; timings are only reported
# (`make bench`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/dist/static"
# The one place the budget is set (scripts/bench/report.mjs reads it from here): 108 KiB, the
# measured size with the whole-VPC plan (108,162 B) rounded up, so that any growth fails. The
# target is 64 KiB; the gap and the cuts that close it are tracked in docs/performance.md.
BUDGET_GZIP=${BUDGET_GZIP:-110592}
[ -d "$DIR" ] || { echo "no $DIR: run make dist first" >&2; exit 1; }
cd "$DIR"
total=0
printf '%-28s %9s %9s\n' file raw gzip-9
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c); total=$((total + gz))
  printf '%-28s %9d %9d\n' "$f" "$raw" "$gz"
done < <(find . -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) | sed 's|^\./||' | sort)
printf '%-28s %9s %9d  (budget %d)\n' total '' "$total" "$BUDGET_GZIP"
if [ "$total" -gt "$BUDGET_GZIP" ]; then
  echo "over budget by $((total - BUDGET_GZIP)) bytes gzip" >&2; exit 1
fi
