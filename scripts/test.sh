#!/usr/bin/env bash
# Every check, in order: format, lints (native and wasm32), native tests, the Wasm boundary in
# headless Chromium, the release build, the size guard, the end-to-end suite against the page served under the
# strict CSP, and the byte budget. Runs every step even after a failure, then prints one
# closing line "summary: N passed, N failed" (tests counted from each runner's own report) and
# exits non-zero if anything failed.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"; cd "$ROOT"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never
LOGDIR="$ROOT/target/test-logs"; mkdir -p "$LOGDIR"
passed=0; failed=0; failed_steps=()

# run NAME CMD...: runs a step, echoes its output, adds its test counts to the totals.
run() {
  local name="$1"; shift
  local log="$LOGDIR/$name.log" start=$SECONDS rc
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$log"; rc=${PIPESTATUS[0]}
  # cargo / wasm-bindgen-test-runner: "test result: ok. 12 passed; 0 failed; ..."
  local p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ passed; [0-9]+ failed' "$log" | awk '{s+=$3} END {print s+0}')
  # node --test: "# pass 5" / "# fail 0"
  p=$((p + $(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  f=$((f + $(grep -E '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  # A step that is one check (fmt, clippy, budget) counts as one test.
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
    if [ "$rc" -eq 0 ]; then p=1; else f=1; fi
  elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1   # the runner failed without a failing test (e.g. did not compile)
  fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$rc" -eq 0 ] || failed_steps+=("$name")
  echo "=== $name: exit $rc, $p passed, $f failed, $((SECONDS - start))s"
}

run setup scripts/setup.sh test
run fmt cargo fmt --all -- --check
run clippy-native cargo clippy --locked --workspace --all-targets --all-features -- -D warnings
run clippy-wasm cargo clippy --locked -p vpce-advisor-core -p vpce-advisor --lib --test browser --target wasm32-unknown-unknown -- -D warnings
run test-native cargo test --locked --workspace --all-features
# No -q: cargo would pass --quiet to the runner, which rejects it.
run test-wasm-browser env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked -p vpce-advisor --target wasm32-unknown-unknown --test browser
run panic-probe scripts/panic-probe.sh
run build scripts/build.sh
# The size guard: no float formatting, slice-error or 128-bit-division symbols in the Wasm
# (read from the name section of cargo's output; why: docs/performance.md).
run size-guard node scripts/wasm-names.mjs target/wasm32-unknown-unknown/release/vpce_advisor.wasm --forbid
run memory-flat node scripts/memory-flat.mjs
run dist scripts/dist.sh
# The shell's own helpers, in Node (no browser): the number formatting.
run js-unit node --test tests/unit/
run e2e node --test --test-concurrency=1 tests/e2e/
run budget scripts/budget.sh

echo
[ "${#failed_steps[@]}" -eq 0 ] || echo "failed steps: ${failed_steps[*]}"
echo "summary: $passed passed, $failed failed"
[ "${#failed_steps[@]}" -eq 0 ]
