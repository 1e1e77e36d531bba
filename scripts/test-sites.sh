#!/usr/bin/env bash
# make test-sites: the widget inside real documentation sites (tests/sites/), each built by its
# own generator and checked in headless Chromium. Installs what it needs first (the browser with
# scripts/setup.sh, the generators with scripts/setup-sites.sh), builds dist/ if it is stale, then
# runs tests/sites/sites.test.mjs. Ends with "summary: N passed, N failed".
# VPCE_SITES=hugo,vitepress runs only those sites. About 8 minutes once the generators are
# installed; installing them adds 3–12 minutes.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"; cd "$ROOT"
LOGDIR="$ROOT/target/test-logs"; mkdir -p "$LOGDIR"
log="$LOGDIR/sites.log"
start=$SECONDS

rc=0
{ scripts/setup.sh test && scripts/setup-sites.sh; } 2>&1 | tee "$LOGDIR/setup-sites.log" || rc=1
if [ "$rc" -eq 0 ]; then
  node --test --test-concurrency=1 tests/sites/sites.test.mjs 2>&1 | tee "$log"; rc=${PIPESTATUS[0]}
  p=$(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  f=$(grep -E '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  [ "$rc" -eq 0 ] || [ "$f" -gt 0 ] || f=1
else
  p=0; f=1
fi
echo "=== sites: exit $rc, $((SECONDS - start)) s"
echo "summary: $p passed, $f failed"
exit "$rc"
