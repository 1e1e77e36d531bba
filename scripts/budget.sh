#!/usr/bin/env bash
# The byte budget: the gzip -9 -n size (no file name or time in the header, so the same on
# every machine) of what a page downloads for one widget — the shipped,
# minified files of dist/static (Wasm + JS + CSS; `make dist`) — must stay within BUDGET_GZIP.
# Sizes are deterministic for a given build, so this is asserted; timings are only reported
# (`make bench`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/dist/static"
# The one place the budget is set (scripts/bench/report.mjs reads it from here): 115.1 KiB, the
# measured size (117,830 B) rounded up to the next 128 B, so that any growth fails. It was 108 KiB
# after the whole-VPC plan; the specialist reviews' fixes (DNS names of 60 services with their
# sources, placements, the S3 and ECR paths, the fourth review's notes: +4.9 KB), the widget's
# plan-row errors, doubt words and savings (+0.6 KB), `planFields()` and the advise fixes
# (+0.2 KB), the shell's patcher, Intl-free numbers, slider sketches and page-wide caches
# (+1.4 KB), the boundary's cached texts (+0.1 KB) and the plan's break-even sentence saying when
# attachments are counted (+0.1 KB) took it here. The target is 64 KiB: why it
# is not the budget (the scope costs more; what each export costs) is
# docs/decisions/0002-byte-budget.md, the cuts are in docs/performance.md.
BUDGET_GZIP=${BUDGET_GZIP:-117888}
[ -d "$DIR" ] || { echo "no $DIR: run make dist first" >&2; exit 1; }
cd "$DIR"
total=0
printf '%-28s %9s %9s\n' file raw gzip-9
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -n -c "$f" | wc -c); total=$((total + gz))
  printf '%-28s %9d %9d\n' "$f" "$raw" "$gz"
done < <(find . -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) | sed 's|^\./||' | sort)
printf '%-28s %9s %9d  (budget %d)\n' total '' "$total" "$BUDGET_GZIP"
if [ "$total" -gt "$BUDGET_GZIP" ]; then
  echo "over budget by $((total - BUDGET_GZIP)) bytes gzip" >&2; exit 1
fi
