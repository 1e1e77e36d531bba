// Safe to embed: hostile attribute values stay inert text, many instances stay independent,
// removing an instance removes its listeners, a failed Wasm load is explained in the widget,
// and importing the module without a DOM (server-side rendering) does not throw.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('importing the module without a DOM does not throw, and defines nothing', async () => {
  const m = await import('../../www/vpce-advisor.js');
  assert.equal(typeof m.mount, 'function');
  assert.equal(typeof m.define, 'function');
  m.define();
  assert.deepEqual(m.fromAttribute('traffic-from', 'same-vpc  on-premises'), ['same-vpc', 'on-premises']);
  assert.equal(m.fromAttribute('gb-per-month', '1e3'), 1000);
  assert.equal(m.fromAttribute('gb-per-month', 'Infinity'), 'Infinity', 'what is not a plain number goes to Rust as text, to be rejected by name');
  assert.equal(m.fromAttribute('allow-internet-path', ''), true);
});

const HOSTILE = [
  ['region', '<img src=x onerror="window.__pwned=1">'],
  ['service', '"><script>window.__pwned=1</script>'],
  ['service-region', 'javascript:window.__pwned=1'],
  ['traffic-from', 'same-vpc <svg/onload=window.__pwned=1>'],
  ['gb-per-month', '1e308'],
  ['az-count', 'NaN'],
  ['hours-per-month', '-1'],
  ['aws-services', 'x'.repeat(100000)],
  ['region', 'r'.repeat(100000)],
];

test('hostile attribute values are rejected as inert text, with a code, and the widget keeps working', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  for (const [attr, value] of HOSTILE) {
    const shown = await page.evaluate(async ([attr, value]) => {
      const el = document.createElement('vpce-advisor');
      el.id = 'hostile';
      el.setAttribute('service', 's3');
      el.setAttribute(attr, value);
      document.body.append(el);
      await new Promise((r) => { const t = setInterval(() => { if (el.shadowRoot.querySelector('.verdict .summary')) { clearInterval(t); r(); } }, 20); });
      const root = el.shadowRoot;
      const out = {
        error: root.querySelector('.err').textContent,
        verdict: root.querySelector('.verdict').textContent,
        foreign: root.querySelectorAll('img, script, svg[onload], [onerror], [onload]').length,
        badLinks: [...root.querySelectorAll('a')].filter((a) => !a.href.startsWith('https://')).length,
      };
      el.remove();
      return out;
    }, [attr, value]);
    assert.match(shown.error, /^[a-z-]+: /, `${attr}=${value.slice(0, 40)} shows a coded error`);
    assert.ok(shown.error.length < 2000, 'long values are cut short in messages');
    assert.match(shown.verdict, /Recommended: /, `${attr}: the widget falls back and still advises`);
    assert.equal(shown.foreign, 0);
    assert.equal(shown.badLinks, 0, 'every link goes to an https:// source');
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});

test('twenty instances on one page each respond only to their own controls', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await page.evaluate(() => {
    for (let i = 0; i < 20; i++) {
      const el = document.createElement('vpce-advisor');
      el.id = 'many' + i;
      el.options = { service: 's3', gbPerMonth: 100 };
      document.body.append(el);
    }
  });
  await ready(page);
  for (const i of [0, 7, 19]) {
    await page.locator(`#many${i} input[type=range]`).focus();
    await page.keyboard.press('PageUp');
  }
  await frame(page);
  const texts = await page.evaluate(() => [...Array(20)].map((_, i) => document.getElementById('many' + i).shadowRoot.querySelector('input[type=range]').getAttribute('aria-valuetext')));
  texts.forEach((t, i) => assert.equal(t, [0, 7, 19].includes(i) ? '1 TB per month' : '100 GB per month', 'instance ' + i));
  assert.deepEqual(problems, []);
  await context.close();
});

test('removing an instance removes its listeners and its content', async () => {
  const { page, context } = await open(browser, server.url);
  await ready(page);
  const cdp = await context.newCDPSession(page);
  const count = async () => {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `(() => { const el = document.getElementById('second-advisor'); window.__root = window.__root || el.shadowRoot; return Object.keys(getEventListeners(window.__root)).length + Object.keys(getEventListeners(window.__root.querySelector('input[type=range]') || document.createElement('i'))).length; })()`,
      includeCommandLineAPI: true,
      returnByValue: true,
    });
    return result.value;
  };
  assert.ok((await count()) > 0, 'a live instance listens');
  const range = await page.evaluate(() => { window.__range = document.getElementById('second-advisor').shadowRoot.querySelector('input[type=range]'); return true; });
  assert.ok(range);
  await page.evaluate(() => document.getElementById('second-advisor').remove());
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `Object.keys(getEventListeners(window.__root)).length + Object.keys(getEventListeners(window.__range)).length + window.__root.childNodes.length`,
    includeCommandLineAPI: true,
    returnByValue: true,
  });
  assert.equal(result.value, 0);
  await context.close();
});

test('a Wasm that cannot be loaded is explained in the widget, not a blank box', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('#main').shadowRoot.querySelector('.err'));
  const text = await page.locator('#main .err').textContent();
  assert.match(text, /^(wasm-invalid|load-failed): /);
  await context.close();
});

/** Moves `id`'s volume slider `n` times by input events, letting a frame render every 100 steps. */
const slide = (page, id, n) => page.evaluate(async ([id, n]) => {
  const r = document.getElementById(id).shadowRoot.querySelector('input[type=range]');
  for (let i = 0; i < n; i++) {
    r.value = (i * 7) % (+r.max + 1);
    r.dispatchEvent(new Event('input', { bubbles: true }));
    if (i % 100 === 99) await new Promise(requestAnimationFrame);
  }
  await new Promise((f) => requestAnimationFrame(() => requestAnimationFrame(f)));
}, [id, n]);

test('10,000 slider steps leave the JS heap and the Wasm memory flat (heap < +5 MB, Wasm < +2 MB after GC)', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    // load() resolves to the shared module; `x` is the Wasm's own exports.
    const wasm = await page.evaluate(async () => (await (await import('/vpce-advisor.js')).load()).wasm.memory.buffer.byteLength);
    return { heap: usedSize, wasm };
  };
  await slide(page, 'main', 500); // warm up: caches, JIT, the allocator's first growth
  const before = await measure();
  await slide(page, 'main', 10000);
  const after = await measure();
  const mb = (b) => (b / 1048576).toFixed(2) + ' MB';
  console.log(`# memory after 10,000 steps: JS heap ${mb(before.heap)} -> ${mb(after.heap)}, Wasm ${mb(before.wasm)} -> ${mb(after.wasm)}`);
  assert.ok(after.heap - before.heap < 5 * 1048576, 'JS heap growth under 5 MB');
  assert.ok(after.wasm - before.wasm < 2 * 1048576, 'Wasm memory growth under 2 MB');
  assert.match(await page.locator('#main .verdict').textContent(), /Recommended: /);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Wasm trap in one instance shows wasm-trap there; the module is instantiated afresh and every instance keeps working', async () => {
  const { page, problems, requests, context } = await open(browser, server.url);
  await ready(page);
  // The documented test hook: the next call into the Wasm throws as a trap would.
  await page.evaluate(async () => { (await import('/vpce-advisor.js')).testing.trapNext = true; });
  // The AZ count waits behind "More questions" in the compact layout (changed deliberately).
  await page.locator('#main button[data-act=more]').click();
  await page.locator('#second-advisor button[data-act=more]').click();
  await page.locator('#main input[data-f=azCount]').fill('3');
  await frame(page);
  assert.match(await page.locator('#main .err').textContent(), /^wasm-trap: unreachable/);
  assert.match(await page.locator('#main .verdict').textContent(), /Recommended: /, 'the last good result stays');
  // Another instance answers its controls (through the fresh instance).
  await page.locator('#second-advisor input[data-f=azCount]').fill('1');
  await page.waitForFunction(() => /, 1 AZ /.test(document.getElementById('second-advisor').shadowRoot.querySelector('.ctx').textContent), null, { timeout: 5000 });
  assert.match(await page.locator('#second-advisor .verdict .ctx').textContent(), /, 1 AZ /);
  assert.equal(await page.evaluate(async () => (await (await import('/vpce-advisor.js')).load()).instances), 2,
    'a new instance was started');
  assert.ok(!requests.some((u) => /vpce_advisor\.js/.test(u)), 'without a request for the glue (it is in the bundle)');
  // And the one that trapped recovers on its next edit.
  await page.locator('#main input[data-f=azCount]').fill('2');
  await frame(page);
  assert.equal(await page.locator('#main .err').textContent(), '');
  assert.match(await page.locator('#main .verdict .ctx').textContent(), /, 2 AZs /);
  assert.deepEqual(problems, []);
  await context.close();
});
