#!/usr/bin/env bash
# make dist: assembles dist/ (npm package, static bundle, single-file build) from the built
# widget. See scripts/dist.mjs. Pass --check-reproducible to also verify a second build is
# byte-identical.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec node "$ROOT/scripts/dist.mjs" "$@"
