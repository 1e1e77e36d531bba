// Memory must stay flat over many calls: 100,000 `advise` calls (varied scenarios) and 2,000
// `costCurve` calls of 2,048 points through the built Wasm (www/pkg), checking the Wasm memory
// stops growing after warm-up; then 100,000 calls mixing hostile options (throwing getters,
// revoked Proxies, throwing traps, 10^7-element and 2^32−1-length lists, a 10 MB string,
// `__proto__` keys, symbols, cycles) with valid ones, checking that the Wasm memory and the
// externref table stay flat, that every hostile call throws an Error with a `code`, and that a
// normal `advise` afterwards returns exactly what it did before. Exits non-zero otherwise.
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

// Hostile calls, built once and reused: what matters is what the Wasm does with them.
const revoked = (target) => { const r = Proxy.revocable(target, {}); r.revoke(); return r.proxy; };
const throwingGetter = (key, thrown) => {
  const o = { service: 's3' };
  Object.defineProperty(o, key, { enumerable: true, get() { throw thrown; } });
  return o;
};
const sparse = []; sparse.length = 2 ** 32 - 1;
const cycle = { service: 's3' }; cycle.self = cycle;
const hostile = [
  throwingGetter('gbPerMonth', new Error('getter')),
  throwingGetter('region', undefined),
  revoked({ service: 's3' }),
  new Proxy({ service: 's3' }, { ownKeys() { throw 'trap'; } }),
  { service: 's3', trafficFrom: revoked([]) },
  { service: 's3', trafficFrom: new Array(1e7) },
  { service: 's3', trafficFrom: sparse },
  { service: 'aws-service', awsServices: ['x'.repeat(10_000_000)] },
  JSON.parse('{"service":"s3","__proto__":{"gbPerMonth":5000000}}'),
  { service: 's3', trafficFrom: [Symbol('x')] },
  cycle,
];
const hostileRanges = [revoked({}), throwingGetter('points', 'thrown'), { fromGb: 1e-300 }, { fromGb: 1, toGb: 1 + 1e-10 }];
const table = () => exports.__wbindgen_externrefs.length;
const normal = { service: 'dynamodb', gbPerMonth: 5000, trafficFrom: ['on-premises'] };
const reference = JSON.stringify(wasm.advise(normal));
let uncoded = 0;
const hostileCall = (fn) => {
  try { fn(); uncoded++; } catch (e) { if (!(e instanceof Error) || typeof e.code !== 'string') uncoded++; }
};
const mixed = (i) => {
  if (i % 2) return call(() => wasm.advise(scenario(i)));
  const h = i >> 1;
  if (h % 8 === 7) hostileCall(() => wasm.costCurve(scenario(h), hostileRanges[h % hostileRanges.length]));
  else hostileCall(() => wasm.advise(hostile[h % hostile.length]));
};
for (let i = 0; i < 2000; i++) mixed(i);
const [memoryBefore, tableBefore] = [bytes(), table()];
const t3 = process.hrtime.bigint();
for (let i = 0; i < 100000; i++) mixed(i);
const t4 = process.hrtime.bigint();
const [memoryAfter, tableAfter] = [bytes(), table()];
const sameAdvice = JSON.stringify(wasm.advise(normal)) === reference;

console.log(JSON.stringify({
  afterWarmUp, afterAdvise, afterCurves, errors,
  adviseUs: Number(t1 - t0) / 101000 / 1e3,
  curveUs: Number(t2 - t1) / 2000 / 1e3,
  hostile: { memoryBefore, memoryAfter, tableBefore, tableAfter, uncoded, sameAdvice, mixedUs: Number(t4 - t3) / 100000 / 1e3 },
}));
const failures = [
  afterCurves > afterWarmUp + (1 << 20) && 'memory grew by more than 1 MiB after warm-up',
  memoryAfter > memoryBefore + (1 << 20) && 'memory grew by more than 1 MiB over the hostile calls',
  tableAfter > tableBefore && 'the externref table grew over the hostile calls',
  uncoded && `${uncoded} hostile calls did not throw an Error with a code`,
  !sameAdvice && 'advise returned something else after the hostile calls',
].filter(Boolean);
for (const f of failures) console.error(f);
if (failures.length) process.exit(1);
