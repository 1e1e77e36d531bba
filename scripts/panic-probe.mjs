// See scripts/panic-probe.sh. Usage: node scripts/panic-probe.mjs <wasm-bindgen --target web dir>
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.resolve(process.argv[2]);
const glueUrl = pathToFileURL(path.join(dir, 'vpce_advisor.js')).href;
const module = new WebAssembly.Module(readFileSync(path.join(dir, 'vpce_advisor_bg.wasm')));

const first = await import(glueUrl);
first.initSync({ module });
assert.equal(first.advise({ service: 's3' }).recommendation, 'gateway');

let caught;
try { first.__panicProbe(50); } catch (e) { caught = e; }
assert.ok(caught instanceof WebAssembly.RuntimeError, `a panic is a RuntimeError, got ${caught}`);
console.log(`panic surfaced as ${caught.constructor.name}: ${caught.message}`);

// Other calls into the same instance still answer (the core keeps no state across calls)...
assert.equal(first.advise({ service: 'dynamodb-streams' }).recommendation, 'interface');
// ...and a fresh copy of the glue over a new instance of the same module, as the widget's
// recovery makes, answers too.
const fresh = await import(glueUrl + '?recovered');
fresh.initSync({ module });
assert.equal(fresh.advise({ service: 's3', trafficFrom: ['same-vpc', 'on-premises'] }).recommendation, 'gateway+interface');
// Many panics in a row do not exhaust anything the widget relies on.
for (let i = 0; i < 1000; i++) assert.throws(() => first.__panicProbe(20), WebAssembly.RuntimeError);
assert.equal(first.advise({ service: 's3' }).recommendation, 'gateway');
console.log('1 passed, 0 failed');
