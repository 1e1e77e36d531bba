// Wasm / native per call, the figure the boundary's "≤ 5× native" is judged by. The two sides are
// measured back to back, call by call, in several rounds — the native core
// (crates/core/examples/cpu_calls.rs, run as a child process for that one call), then the Wasm
// through the glue in this process (cpu-calls.mjs), each the median wall time per call over
// batches — and the ratio is taken for each such pair: on a shared machine
// whose speed drifts by 2× within an hour, a native figure taken minutes before the Wasm one (as
// criterion's is in `make bench`) can move the ratio by as much as the code does. Wall time, not
// CPU time: where the kernel accounts a thread's CPU time by the scheduler tick (4 ms here, as
// /proc/thread-self/schedstat does on this machine), a ~10 ms batch's CPU time is a multiple of
// it; the median of batches absorbs the preemptions a loaded machine adds to wall time.
//
// Usage: node scripts/bench/ratio.mjs PKG_DIR NATIVE_BINARY   → one JSON object on stdout:
// per call, the median ratio over the rounds, its range, and the median time of each side.
// ROUNDS (15) sets the rounds; a round takes about three seconds.

import { execFileSync } from 'node:child_process';
import { median } from './stats.mjs';
import { CALLS, batch, loadGlue } from './cpu-calls.mjs';

const [pkg, nativeBinary] = process.argv.slice(2);
if (!pkg || !nativeBinary) {
  console.error('usage: node scripts/bench/ratio.mjs PKG_DIR NATIVE_BINARY');
  process.exit(2);
}
const ROUNDS = Number(process.env.ROUNDS || 15);
// The calls the native example times (it has no costCurve).
const NAMES = ['advise', 'plan/1x1', 'plan/10x100', 'plan/50x1000'];
const BATCHES = 15;

const glue = await loadGlue(pkg);
const calls = NAMES.map((name) => [name, CALLS[name][0](glue), CALLS[name][1]]);
for (const [, fn, n] of calls) batch(fn, n * 5); // warm-up: the hot functions tiered up

const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const round = {};
  for (const [name, fn, n] of calls) {
    // The native figure first, then the Wasm's at once: a second or two apart.
    const native = JSON.parse(execFileSync(nativeBinary, [name], { encoding: 'utf8' }))[name];
    const wallNs = Array.from({ length: BATCHES }, () => batch(fn, n)[1]);
    round[name] = { nativeUs: native.wall_us, wasmUs: median(wallNs) / 1e3 };
  }
  rounds.push(round);
}

const out = { node: process.version, rounds: ROUNDS };
for (const name of NAMES) {
  const ratios = rounds.map((r) => r[name].wasmUs / r[name].nativeUs);
  out[name] = {
    ratio: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    nativeUs: median(rounds.map((r) => r[name].nativeUs)),
    wasmUs: median(rounds.map((r) => r[name].wasmUs)),
  };
}
process.stdout.write(JSON.stringify(out) + '\n');
