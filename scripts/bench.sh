#!/usr/bin/env bash
# `make bench`: measures the built widget (run scripts/build.sh first; `make bench` does) and
# prints one markdown report: bytes of every shipped file (www/ and, when `make dist` can run,
# the minified dist/static/ that ships), time to first render against an
# image of the same size, slider-step times with 1 and 20 widgets, and native vs Wasm-in-Node
# call times. Every time is a median (or p95/p99, or a ratio of medians) over many runs.
# Timings are reported, never asserted (the byte budget is asserted by scripts/budget.sh).
# Env: BENCH_LOADS (20), BENCH_STEPS (1000), BENCH_PORT (first free of 8121-8130).
# Output: target/bench/report.md (+ the raw JSON beside it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"; cd "$ROOT"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never
OUT=target/bench; SITE=$OUT/site
say() { echo "[bench] $*" >&2; }
[ -f www/pkg/vpce_advisor_bg.wasm ] || { echo "www/pkg is missing: run scripts/build.sh first" >&2; exit 1; }
mkdir -p "$OUT"; rm -f "$OUT"/*.json
# Timings on a shared machine mean little without its load: recorded before anything runs.
cut -d" " -f1-3 /proc/loadavg > "$OUT/loadavg.txt" 2>/dev/null || true

say "native: criterion (advise, costCurve at 64..2048 points)"
if ! cargo bench --locked -p vpce-advisor-core --bench core -- --noplot > "$OUT/criterion.log" 2>&1; then
  tail -20 "$OUT/criterion.log" >&2; exit 1
fi

say "Wasm in Node: the same calls through the boundary"
node scripts/bench/wasm-node.mjs www/pkg > "$OUT/wasm-node.json"

say "Wasm / native, each call's two sides timed back to back (15 rounds)"
cargo build --locked --release -q -p vpce-advisor-core --example cpu_calls
node scripts/bench/ratio.mjs www/pkg target/release/examples/cpu_calls > "$OUT/ratio.json"

# What ships is dist/static (minified; what scripts/budget.sh measures): time that when it
# can be built, else the development files in www/.
served=www
if [ -x scripts/dist.sh ]; then
  say "make dist's static bundle (minified), as shipped"
  if scripts/dist.sh > "$OUT/dist.log" 2>&1; then served=dist/static; else say "dist failed (see $OUT/dist.log): timing www/"; fi
fi
echo "$served" > "$OUT/served.txt"

say "headless Chromium: first render (widget vs image) and slider steps, from $served/"
rm -rf "$SITE"; mkdir -p "$SITE"; cp -r "$served"/. "$SITE/"; cp tests/bench-pages/* "$SITE/"
# The full layout's pair: the same two pages, the widget with layout="full" and its own picture.
sed 's/<vpce-advisor /<vpce-advisor layout="full" /' tests/bench-pages/widget.html > "$SITE/widget-full.html"
sed 's/src="widget.png"/src="widget-full.png"/' tests/bench-pages/image.html > "$SITE/image-full.html"
port="${BENCH_PORT:-}"
if [ -z "$port" ]; then
  for p in $(seq 8121 8130); do
    if python3 -c "import socket,sys; s=socket.socket(); s.bind(('127.0.0.1',$p))" 2>/dev/null; then port=$p; break; fi
  done
fi
[ -n "$port" ] || { echo "no free port in 8121-8130" >&2; exit 1; }
python3 scripts/serve.py --port "$port" --dir "$SITE" --quiet > "$OUT/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/widget.html')" 2>/dev/null && break
  sleep 0.1
done
if [ -f "$SITE/vpce-advisor.js" ]; then
  node scripts/bench/browser.mjs "http://127.0.0.1:$port" "$SITE" "${BENCH_LOADS:-20}" "${BENCH_STEPS:-1000}" \
    > "$OUT/browser.json" || say "the browser run failed; its figures are left out"
else
  echo "{\"error\":\"$served/vpce-advisor.js is not built yet\"}" > "$OUT/browser.json"
fi

node scripts/bench/report.mjs "$OUT" > "$OUT/report.md"
echo
cat "$OUT/report.md"
