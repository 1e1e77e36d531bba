// Times `advise`, `costCurve` (512 points) and `plan` (1×1, 10×100, 50×1,000) through the Wasm boundary in Node, with the
// scenario the native criterion bench uses (benches/scenario.json), so that
// (this time − the native time) is what the boundary itself costs: reading the JS options
// object, building the JS result object, and the glue between them.
//
// Usage: node scripts/bench/wasm-node.mjs [www/pkg]   → one JSON object on stdout.
// Every figure is the median over batches (each batch long enough for the timer to resolve).

import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, quantile } from './stats.mjs';
import { planInputOf } from './inputs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = resolve(root, process.argv[2] || 'www/pkg');
const wasm = await import(pathToFileURL(resolve(pkg, 'vpce_advisor.js')).href);
wasm.initSync({ module: readFileSync(resolve(pkg, 'vpce_advisor_bg.wasm')) });

const scenario = JSON.parse(readFileSync(resolve(root, 'crates/core/benches/scenario.json'), 'utf8'));
const curvePoints = (points) => ({ fromGb: 1, toGb: 10485760, points });

/** Per-call time in ns: warm up, size a batch to ~10 ms, then take the median of `batches`. */
function time(fn, batches = 40) {
  for (let i = 0; i < 2000; i++) fn();
  let n = 64;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms >= 10 || n >= 1 << 22) break;
    n *= 2;
  }
  const perCall = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    perCall.push(Number(process.hrtime.bigint() - t0) / n);
  }
  return { medianNs: median(perCall), p95Ns: quantile(perCall, 0.95), callsPerBatch: n, batches };
}

const planInput = (destinations, vpcs) => planInputOf(wasm, destinations, vpcs);
const plans = { '1x1': planInput(1, 1), '10x100': planInput(10, 100), '50x1000': planInput(50, 1000) };

// A smoke check first: a bench of a call that throws would time the error path.
wasm.advise(scenario);
wasm.costCurve(scenario, curvePoints(512));
for (const input of Object.values(plans)) wasm.plan(input);

const out = {
  node: process.version,
  advise: time(() => wasm.advise(scenario)),
  costCurve512: time(() => wasm.costCurve(scenario, curvePoints(512))),
  plan: Object.fromEntries(Object.entries(plans).map(([id, input]) => [id, time(() => wasm.plan(input), 20)])),
};
process.stdout.write(JSON.stringify(out) + '\n');
