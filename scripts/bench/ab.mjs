// A/B of two builds of the Wasm (two www/pkg directories) in one Node process: `advise` and
// `costCurve` (512 points) with the bench scenario, the two builds' batches interleaved so that
// a shared machine's load hits both alike. For decisions between two ways of doing one thing
// (docs/decisions/); `make bench` (wasm-node.mjs) reports the shipped build alone.
//
// Usage: node scripts/bench/ab.mjs DIR_A DIR_B [rounds=30]   → one JSON object on stdout.
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [dirA, dirB, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) { console.error('usage: node scripts/bench/ab.mjs DIR_A DIR_B [rounds]'); process.exit(2); }
const scenario = JSON.parse(readFileSync(resolve(root, 'crates/core/benches/scenario.json'), 'utf8'));
const range = { fromGb: 1, toGb: 10485760, points: 512 };

async function load(dir) {
  // A query string makes each directory's glue a separate module instance.
  const glue = await import(pathToFileURL(resolve(dir, 'vpce_advisor.js')).href + '?' + dir);
  glue.initSync({ module: readFileSync(resolve(dir, 'vpce_advisor_bg.wasm')) });
  return glue;
}

/** ns per call over one batch of `n` calls. */
function batch(fn, n) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - t0) / n;
}

const builds = { A: await load(dirA), B: await load(dirB) };
const calls = {
  advise: [(w) => () => w.advise(scenario), 200],
  costCurve512: [(w) => () => w.costCurve(scenario, range), 10],
};
const out = { node: process.version, A: dirA, B: dirB };
for (const [name, [make, n]] of Object.entries(calls)) {
  const fns = { A: make(builds.A), B: make(builds.B) };
  for (const fn of Object.values(fns)) batch(fn, n * 5); // warm-up
  const times = { A: [], B: [] };
  for (let r = 0; r < Number(roundsArg || 30); r++) {
    for (const k of r % 2 ? ['B', 'A'] : ['A', 'B']) times[k].push(batch(fns[k], n));
  }
  out[name] = { A_us: median(times.A) / 1e3, B_us: median(times.B) / 1e3, B_over_A: median(times.B) / median(times.A) };
}
process.stdout.write(JSON.stringify(out) + '\n');
