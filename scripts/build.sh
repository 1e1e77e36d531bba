#!/usr/bin/env bash
# Builds the widget: cargo (release, size profile) -> wasm-bindgen --target web ->
# wasm-opt -Oz --converge (npm binaryen), into www/pkg/; then esbuild bundles the shell's modules
# (www/src/) into www/vpce-advisor.js (scripts/bundle.mjs). Prints the sizes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"; cd "$ROOT"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"
OUT=www/pkg
WASM=target/wasm32-unknown-unknown/release/vpce_advisor.wasm

# Panic locations name source files; the registry's copies would carry this machine's cargo
# home into the shipped Wasm: name them by crate only ("deps/serde-wasm-bindgen-0.6.5/...").
remap=""
for dir in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  [ -d "$dir" ] && remap="$remap --remap-path-prefix=${dir%/}=deps"
done
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${remap# }" \
  cargo build --locked --release -p vpce-advisor --lib --target wasm32-unknown-unknown
rm -rf "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" "$WASM"
# --low-memory-unused: Rust never uses the first 1 KiB of linear memory (its data and stack
# start far above), so binaryen may fold addresses into load/store offsets; --converge repeats
# -Oz until nothing shrinks. Together 964 B gzip smaller (docs/performance.md). Never
# --traps-never-happen: a panic must stay a trap, which the widget recovers from.
wasm-opt -Oz --low-memory-unused --converge --strip-producers \
  "$OUT/vpce_advisor_bg.wasm" -o "$OUT/vpce_advisor_bg.wasm"
echo '{"type":"module"}' > "$OUT/package.json"
node scripts/bundle.mjs >/dev/null
for f in "$OUT/vpce_advisor_bg.wasm" "$OUT/vpce_advisor.js" www/vpce-advisor.js; do
  printf '%-34s raw %7d  gzip-9 %6d\n' "$f" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"
done
