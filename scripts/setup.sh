#!/usr/bin/env bash
# Installs, idempotently, everything the build and the tests need on a fresh Debian machine:
# the wasm32 target, wasm-bindgen-cli pinned to Cargo.lock, npm tools (wasm-opt from the npm
# `binaryen` package, playwright-core) from package-lock.json, and Debian's chromium + driver.
# Usage: scripts/setup.sh [build|test]   (build skips the browser)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
what="${1:-test}"
say() { echo "[setup] $*" >&2; }

# 1) The Rust target for the widget.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2) Debian packages. Never Debian's binaryen: its wasm-opt 108 corrupts current wasm-bindgen output.
pkgs=(brotli)
[ "$what" = test ] && pkgs+=(chromium chromium-driver)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 3) wasm-bindgen CLI (and its test runner) at exactly the version Cargo.lock resolved.
WB_VER=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VER" ] \
   || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "cargo install wasm-bindgen-cli $WB_VER (about 2 minutes)"
  # --locked can fail when the registry view lacks a locked transitive version; then resolve afresh.
  cargo install wasm-bindgen-cli --version "$WB_VER" --locked --force \
    || cargo install wasm-bindgen-cli --version "$WB_VER" --force
fi

# 4) npm tools, exactly as package-lock.json records them.
if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] \
   || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  say "npm ci"
  (cd "$ROOT" && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi) >&2
fi
v=$("$ROOT/node_modules/.bin/wasm-opt" --version | awk '{print $3}')
[ "$v" -ge 116 ] || { echo "wasm-opt $v is too old (< 116 corrupts wasm-bindgen output)" >&2; exit 1; }
