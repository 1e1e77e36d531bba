// A really damaged WebAssembly instance (not the test hook's fake trap): the test overwrites the
// instance's memory with garbage, so its allocator's own data is wrong and the next call traps.
// In both builds — the module build (the demo page, served under the strict CSP) and the
// single-file build (opened from file://) — and offline, the widget must start a truly new
// instance, answer exactly as before, and give up after a bounded number of restarts when every
// new instance is damaged too.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './helpers.mjs';
import { ensureDist, fileUrl } from './embed-helpers.mjs';

let server, browser;
before(async () => {
  ensureDist();
  [server, browser] = await Promise.all([serve(), launch()]);
});
after(async () => { await browser?.close(); server?.stop(); });

/**
 * Runs before the page's scripts: keeps every Wasm instance the page starts in
 * `window.__instances`, and damages each new one at once while `window.__damageNew` is set.
 */
function watchInstances() {
  const original = WebAssembly.instantiate;
  window.__instances = [];
  window.__damage = (instance) => {
    // Every byte of memory becomes 0xff: the allocator's free list and the shadow stack now point
    // far outside memory.
    new Uint8Array(instance.exports.memory.buffer).fill(0xff);
  };
  WebAssembly.instantiate = async function (...args) {
    const result = await original.apply(this, args);
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    window.__instances.push(instance);
    if (window.__damageNew) window.__damage(instance);
    return result;
  };
}

/** Opens `url` with the instances watched; records page errors and every request from then on. */
async function openWatched(url, host) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(watchInstances);
  await page.goto(url);
  await page.waitForFunction((h) => document.querySelector(h)?.shadowRoot?.querySelector('.verdict .summary'), host);
  return { context, page, errors, requests };
}

const BUILDS = [
  ['module build (served under the strict CSP)', () => server.url, '#main'],
  ['single-file build (opened from file://)', () => fileUrl('tests/embed/file.html'), '#element'],
];

/** The verdict's text in the widget `host` once drawn, and its error line. */
const read = (page, host) => page.evaluate((host) => {
  const root = document.querySelector(host).shadowRoot;
  return { verdict: root.querySelector('.verdict')?.textContent ?? '', error: root.querySelector('.err')?.textContent ?? '' };
}, host);

const slideTo = (page, host, stop) => page.evaluate(([host, stop]) => {
  const r = document.querySelector(host).shadowRoot.querySelector('input[type=range]');
  r.value = String(stop);
  r.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((f) => requestAnimationFrame(() => requestAnimationFrame(f)));
}, [host, stop]);

for (const [name, url, host] of BUILDS) {
  test(`${name}: a damaged instance is replaced by a new one, offline, and answers as before`, async () => {
    const { context, page, errors, requests } = await openWatched(url(), host);
    await slideTo(page, host, 12); // 10 TB
    const before = await read(page, host);
    assert.match(before.verdict, /For 10 TB per month/);
    assert.equal(await page.evaluate(() => window.__instances.length), 1);

    await context.setOffline(true);
    const requestsBefore = requests.length;
    await page.evaluate(() => window.__damage(window.__instances[0]));
    await slideTo(page, host, 3); // 10 GB: the damaged instance traps
    const trapped = await read(page, host);
    assert.match(trapped.error, /^wasm-trap: /, 'the trap is shown: ' + trapped.error);
    assert.equal(trapped.verdict, before.verdict, 'the last good result stays');
    await page.waitForFunction(() => window.__instances.length === 2, null, { timeout: 5000 });

    await slideTo(page, host, 12);
    const after = await read(page, host);
    assert.equal(after.error, '');
    assert.equal(after.verdict, before.verdict, 'the new instance answers exactly as the first did');
    await slideTo(page, host, 3);
    assert.match((await read(page, host)).verdict, /For 10 GB per month/);
    // (The browser's own favicon probe is not the widget's.)
    const widgetRequests = requests.slice(requestsBefore).filter((u) => !/\/favicon\.(svg|ico)$/.test(u));
    assert.deepEqual(widgetRequests, [], 'no request: recovery works offline');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${name}: restarts are bounded when every new instance is damaged too`, async () => {
    const { context, page } = await openWatched(url(), host);
    await context.setOffline(true);
    await page.evaluate(() => { window.__damageNew = true; window.__damage(window.__instances[0]); });
    for (let i = 0; i < 12; i++) {
      await slideTo(page, host, 3 + (i % 5));
      await page.waitForTimeout(50);
    }
    const started = await page.evaluate(() => window.__instances.length);
    assert.ok(started >= 2 && started <= 4, 'one first instance and at most three restarts: ' + started);
    assert.match((await read(page, host)).error, /^wasm-trap: /);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__instances.length), started, 'no endless retrying');
    await context.close();
  });
}
