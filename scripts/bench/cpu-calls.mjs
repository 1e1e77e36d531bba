// The Wasm's calls timed in Node, shared by the boundary's A/B (ab.mjs) and its
// interleaved ratio against the native core (ratio.mjs): loading a build's glue, the calls with
// the inputs the native benches use, and one batch's CPU time (user + system, all of the process's
// threads: V8's garbage collection and compilation included) and wall time per call.

import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { planInputOf } from './inputs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const scenario = JSON.parse(readFileSync(resolve(root, 'crates/core/benches/scenario.json'), 'utf8'));
const range = { fromGb: 1, toGb: 10485760, points: 512 };

/** The glue of the `www/pkg`-like directory `dir`, instantiated. */
export async function loadGlue(dir) {
  // A query string makes each directory's glue a separate module instance.
  const glue = await import(pathToFileURL(resolve(dir, 'vpce_advisor.js')).href + '?' + dir);
  glue.initSync({ module: readFileSync(resolve(dir, 'vpce_advisor_bg.wasm')) });
  return glue;
}

/**
 * name → [make(glue) → the call, calls per batch]: `advise` and `costCurve` (512 points) with
 * benches/scenario.json, `plan` with the criterion bench's inputs; names as
 * `cargo run --release -p vpce-advisor-core --example cpu_calls` prints them.
 */
export const CALLS = {
  advise: [(w) => () => w.advise(scenario), 200],
  costCurve512: [(w) => () => w.costCurve(scenario, range), 10],
  'plan/1x1': [(w) => { const p = planInputOf(w, 1, 1); return () => w.plan(p); }, 200],
  'plan/10x100': [(w) => { const p = planInputOf(w, 10, 100); return () => w.plan(p); }, 40],
  'plan/50x1000': [(w) => { const p = planInputOf(w, 50, 1000); return () => w.plan(p); }, 10],
};

/** [CPU ns, wall ns] per call over one batch of `n` calls. */
export function batch(fn, n) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  const wall = Number(process.hrtime.bigint() - t0) / n;
  const c = process.cpuUsage(c0);
  return [((c.user + c.system) * 1e3) / n, wall];
}
