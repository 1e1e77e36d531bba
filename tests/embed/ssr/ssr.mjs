// Server-side rendering safety: what Next.js, Astro, SvelteKit or a docs generator's build does
// when a page imports vpce-advisor in Node: no window, document, HTMLElement or customElements.
// Importing every entry point must not throw; the core must work from bytes. Run by
// tests/e2e/embed.test.mjs with the packed package unpacked into ./node_modules/vpce-advisor.
// Prints one JSON line with what it found.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

for (const g of ['window', 'document', 'HTMLElement', 'customElements']) assert.equal(typeof globalThis[g], 'undefined', g);

const widget = await import('vpce-advisor');
assert.equal(typeof widget.mount, 'function');
assert.equal(typeof widget.define, 'function');
widget.define(); // no registry: a no-op
widget.define('other-name');

await import('vpce-advisor/standalone'); // the classic script is also harmless as a module
assert.equal(typeof globalThis.vpceAdvisor?.mount, 'function');

const core = await import('vpce-advisor/core');
const wasm = await readFile(fileURLToPath(import.meta.resolve('vpce-advisor/pkg/vpce_advisor_bg.wasm')));
await core.default({ module_or_path: wasm });
const catalog = core.catalog();
const advice = core.advise({ service: 's3', region: catalog.regions[0].code, gbPerMonth: 5120 });
assert.ok(advice.recommendation, 'advice has a recommendation');
assert.equal(advice.pricesAsOf, catalog.asOf);
let code = null;
try { core.advise({ service: 's3', gbPerMnth: 1 }); } catch (e) { code = e.code; }
assert.equal(code, 'unknown-field');

const pkg = JSON.parse(await readFile(fileURLToPath(import.meta.resolve('vpce-advisor/package.json')), 'utf8'));
const css = await readFile(fileURLToPath(import.meta.resolve('vpce-advisor/vpce-advisor.css')), 'utf8');
assert.ok(css.length > 0);
console.log(JSON.stringify({ packageVersion: pkg.version, catalogVersion: catalog.version, asOf: catalog.asOf, recommendation: advice.recommendation }));
