// The shell takes the Scenario's defaults and limits from the core's field table
// (scenarioFields()), and its attribute list agrees with that table: a field added in Rust
// without its attribute fails here.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready, inside } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('every Scenario field is an attribute, converted as its type in the field table', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const { fields, attributes, converted } = await page.evaluate(async () => {
    const m = await import('/vpce-advisor.js');
    const runtime = await m.load();
    const kebab = (name) => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
    const sample = { string: 'x', 'string[]': 'a b', integer: '3', number: '2.5', boolean: 'false' };
    const fields = [...runtime.fields.values()].map((f) => ({ name: f.name, type: f.type }));
    return {
      fields,
      attributes: [...m.ATTRIBUTES].sort(),
      converted: fields.map((f) => [f.type, m.fromAttribute(kebab(f.name), sample[f.type])]),
    };
  });
  const kebab = (name) => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
  assert.deepEqual(attributes, fields.map((f) => kebab(f.name)).sort());
  const expected = { string: 'x', 'string[]': ['a', 'b'], integer: 3, number: 2.5, boolean: false };
  for (const [type, value] of converted) assert.deepEqual(value, expected[type], type);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the number fields take their limits, and empty fields their defaults, from the field table', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = inside(page, 'second-advisor');
  const table = await page.evaluate(async () => {
    const runtime = await (await import('/vpce-advisor.js')).load();
    return Object.fromEntries([...runtime.fields.values()].map((f) => [f.name, f]));
  });
  for (const name of ['azCount', 'endpointCount', 'natGatewayCount', 'hoursPerMonth', 'peakGbps', 'remoteTrafficPercent']) {
    const input = $(`input[data-f=${name}]`);
    assert.equal(await input.getAttribute('min'), String(table[name].min), name + ' min');
    assert.equal(await input.getAttribute('max'), String(table[name].max), name + ' max');
  }
  // #second-advisor sets az-count="3"; hours and the percentage are left to their defaults
  // (730 hours, 50 %: the core's documented defaults); the Region too (us-east-1).
  assert.equal(table.hoursPerMonth.default, 730);
  assert.equal(await $('input[data-f=hoursPerMonth]').inputValue(), '730');
  assert.equal(await $('input[data-f=remoteTrafficPercent]').inputValue(), '50');
  assert.equal(await $('input[data-f=azCount]').inputValue(), '3');
  assert.equal(await $('select[data-f=region]').inputValue(), 'us-east-1', 'the Region select is never blank');
  // A default that follows another field shows empty, with its rule as the placeholder.
  assert.equal(await $('input[data-f=natGatewayCount]').inputValue(), '');
  assert.equal(await $('input[data-f=natGatewayCount]').getAttribute('placeholder'), '1 per AZ');
  assert.deepEqual(problems, []);
  await context.close();
});
