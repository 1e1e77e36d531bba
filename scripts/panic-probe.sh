#!/usr/bin/env bash
# Proves the claim that a panic, should one ever happen, does not kill the widget: builds the
# release Wasm with the test-only `panic-probe` export (into its own folder, so the shipped build
# is untouched), then checks in Node that the panic surfaces as a WebAssembly.RuntimeError the
# widget can catch, and that a fresh instance of the same compiled module — what the widget's
# recovery does — answers normally afterwards.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"; cd "$ROOT"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
TARGET=target/panic-probe OUT=target/panic-probe/pkg
CARGO_TARGET_DIR=$TARGET cargo build --locked --release -p vpce-advisor --lib --target wasm32-unknown-unknown --features panic-probe
rm -rf "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" "$TARGET/wasm32-unknown-unknown/release/vpce_advisor.wasm"
exec node scripts/panic-probe.mjs "$OUT"
