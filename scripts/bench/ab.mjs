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
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './stats.mjs';
import { planInputOf } from './inputs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dirs = process.argv.slice(2);
if (dirs.length < 2) { console.error('usage: node scripts/bench/ab.mjs DIR_A DIR_B [DIR_C…]'); process.exit(2); }
const rounds = Number(process.env.ROUNDS || 31);
const scenario = JSON.parse(readFileSync(resolve(root, 'crates/core/benches/scenario.json'), 'utf8'));
const range = { fromGb: 1, toGb: 10485760, points: 512 };

async function load(dir) {
  // A query string makes each directory's glue a separate module instance.
  const glue = await import(pathToFileURL(resolve(dir, 'vpce_advisor.js')).href + '?' + dir);
  glue.initSync({ module: readFileSync(resolve(dir, 'vpce_advisor_bg.wasm')) });
  return glue;
}

/** [CPU ns, wall ns] per call over one batch of `n` calls. */
function batch(fn, n) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  const wall = Number(process.hrtime.bigint() - t0) / n;
  const c = process.cpuUsage(c0);
  return [((c.user + c.system) * 1e3) / n, wall];
}

const builds = {};
for (const dir of dirs) builds[dir] = await load(dir);
const calls = {
  advise: [(w) => () => w.advise(scenario), 200],
  costCurve512: [(w) => () => w.costCurve(scenario, range), 10],
  'plan/1x1': [(w) => { const p = planInputOf(w, 1, 1); return () => w.plan(p); }, 200],
  'plan/10x100': [(w) => { const p = planInputOf(w, 10, 100); return () => w.plan(p); }, 40],
  'plan/50x1000': [(w) => { const p = planInputOf(w, 50, 1000); return () => w.plan(p); }, 10],
};
const out = { node: process.version, rounds, builds: dirs };
for (const [name, [make, n]] of Object.entries(calls)) {
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
