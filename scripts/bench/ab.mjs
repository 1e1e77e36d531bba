// A/B of two (or more) builds of the Wasm (www/pkg-like directories) in one Node process:
// `advise`, `costCurve` (512 points) and `plan` (1×1, 10×100, 50×1,000; the criterion bench's
// inputs), the builds' batches interleaved so that a shared machine's load hits them alike. For
// decisions between two ways of doing one thing (docs/decisions/, docs/performance.md "Calls");
// `make bench` (wasm-node.mjs) reports the shipped build alone.
//
// Each figure is the median over rounds of the process's CPU time per call (user + system, all
// threads: V8's garbage collection and compilation included), which a loaded machine inflates far
// less than wall time; the wall-time median is printed beside it.
//
// Usage: node scripts/bench/ab.mjs DIR_A DIR_B [DIR_C…]   → one JSON object on stdout.
// ROUNDS (31) sets the rounds.

import { median } from './stats.mjs';
import { CALLS, batch, loadGlue } from './cpu-calls.mjs';

const dirs = process.argv.slice(2);
if (dirs.length < 2) { console.error('usage: node scripts/bench/ab.mjs DIR_A DIR_B [DIR_C…]'); process.exit(2); }
const rounds = Number(process.env.ROUNDS || 31);

const builds = {};
for (const dir of dirs) builds[dir] = await loadGlue(dir);
const out = { node: process.version, rounds, builds: dirs };
for (const [name, [make, n]] of Object.entries(CALLS)) {
  const fns = dirs.map((d) => make(builds[d]));
  for (const fn of fns) batch(fn, n * 5); // warm-up: the hot functions tiered up
  const cpu = dirs.map(() => []);
  const wall = dirs.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...dirs.keys()].reverse() : [...dirs.keys()];
    for (const i of order) {
      const [c, w] = batch(fns[i], n);
      cpu[i].push(c);
      wall[i].push(w);
    }
  }
  out[name] = dirs.map((d, i) => ({
    build: d,
    cpu_us: median(cpu[i]) / 1e3,
    wall_us: median(wall[i]) / 1e3,
    over_first: median(cpu[i]) / median(cpu[0]),
  }));
}
process.stdout.write(JSON.stringify(out) + '\n');
