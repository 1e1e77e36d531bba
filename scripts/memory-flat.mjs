// Memory must stay flat over many calls: 100,000 `advise` calls (varied scenarios) and 2,000
// `costCurve` calls of 2,048 points through the built Wasm (www/pkg), checking the Wasm memory
// stops growing after warm-up. Exits non-zero if it grows.
//
// Usage: node scripts/memory-flat.mjs [www/pkg]
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = resolve(root, process.argv[2] || 'www/pkg');
const wasm = await import(pathToFileURL(resolve(pkg, 'vpce_advisor.js')).href);
const exports = wasm.initSync({ module: readFileSync(resolve(pkg, 'vpce_advisor_bg.wasm')) });
const bytes = () => exports.memory.buffer.byteLength;

const services = ['s3', 's3-express', 'dynamodb', 'dynamodb-streams', 'aws-service', 'endpoint-service', 'resource', 'service-network', 'traffic-inspection'];
const sources = ['same-vpc', 'peered-vpc', 'transit-gateway', 'on-premises', 'other-region'];
const scenario = (i) => ({
  service: services[i % services.length],
  trafficFrom: [sources[(i >> 3) % sources.length]],
  gbPerMonth: (i % 997) * 13.37,
  hasNatGateway: i % 2 === 0,
  awsServices: i % 9 === 4 ? ['sqs', 'ecr.dkr'] : undefined,
});

let errors = 0;
const call = (fn) => { try { fn(); } catch { errors++; } };
const t0 = process.hrtime.bigint();
// Warm-up: the largest results once (a 2,048-point curve), so the heap has its working size.
for (let i = 0; i < 1000; i++) call(() => wasm.advise(scenario(i)));
for (let i = 0; i < 20; i++) call(() => wasm.costCurve(scenario(i), { points: 2048 }));
const afterWarmUp = bytes();
for (let i = 0; i < 100000; i++) call(() => wasm.advise(scenario(i)));
const afterAdvise = bytes();
const t1 = process.hrtime.bigint();
for (let i = 0; i < 2000; i++) call(() => wasm.costCurve(scenario(i), { points: 64 + (i % 1985) }));
const afterCurves = bytes();
const t2 = process.hrtime.bigint();
console.log(JSON.stringify({
  afterWarmUp, afterAdvise, afterCurves, errors,
  adviseUs: Number(t1 - t0) / 101000 / 1e3,
  curveUs: Number(t2 - t1) / 2000 / 1e3,
}));
if (afterCurves > afterWarmUp + (1 << 20)) {
  console.error('memory grew by more than 1 MiB after warm-up');
  process.exit(1);
}
