// The widget on someone else's page, tried as a hostile page and a careless embedder would:
// prototype keys in options, mount() twice on one element, sync-url with odd ids and the page's
// own fragment, the stylesheet and a trap costing no request, an unknown option arriving after
// the first draw, and a polluted Object.prototype. Each test failed before its fix.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready, inside } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Waits until `root`'s verdict (inside element `id`) has drawn; returns its text. */
const verdictOf = (page, id) => page.waitForFunction((id) => {
  const v = document.getElementById(id)?.shadowRoot?.querySelector('.verdict .summary');
  return v && v.closest('.verdict').textContent;
}, id, { timeout: 15000 }).then((h) => h.jsonValue());

test('a __proto__ key in options never writes through a prototype: what is shown is what was priced', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const shown = await page.evaluate(async () => {
    const { mount } = await import('/vpce-advisor.js');
    const host = document.createElement('div');
    host.id = 'proto';
    document.body.append(host);
    // 5,000,000 GB would be 4.77 PB; the scenario has no gbPerMonth of its own, so 100 GB is priced.
    mount(host, JSON.parse('{"service":"s3","__proto__":{"gbPerMonth":5000000}}'));
    const el = document.createElement('vpce-advisor');
    el.id = 'proto-element';
    el.options = JSON.parse('{"service":"s3","__proto__":{"gbPerMonth":5000000,"azCount":5}}');
    document.body.append(el);
    return Object.prototype.gbPerMonth;
  });
  assert.equal(shown, undefined, 'Object.prototype untouched');
  for (const id of ['proto', 'proto-element']) {
    const verdict = await verdictOf(page, id);
    // The core's default volume is 100 GB (scenarioFields / defaultScenario).
    assert.match(verdict, /For 100 GB per month in /, id + ': the volume shown is the volume priced');
    assert.doesNotMatch(verdict, /PB|AZs/, id);
    const slider = await page.locator(`#${id} input[type=range]`).getAttribute('aria-valuetext');
    assert.equal(slider, '100 GB per month', id);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('mount() twice on one element: destroying the first leaves the second drawn and working', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await page.evaluate(async () => {
    const { mount } = await import('/vpce-advisor.js');
    const host = document.createElement('div');
    host.id = 'twice';
    document.body.append(host);
    window.first = mount(host, { service: 's3' });
    window.second = mount(host, { service: 'dynamodb', gbPerMonth: 200 });
  });
  await page.waitForFunction(() => document.getElementById('twice').shadowRoot.querySelectorAll('.verdict .summary').length === 2);
  await page.evaluate(() => window.first.destroy());
  const root = () => page.evaluate(() => {
    const r = document.getElementById('twice').shadowRoot;
    return { verdicts: [...r.querySelectorAll('.verdict')].map((v) => v.textContent), sheets: r.adoptedStyleSheets.length };
  });
  let now = await root();
  assert.equal(now.verdicts.length, 1, 'the second instance is still drawn');
  assert.match(now.verdicts[0], /For 200 GB per month/);
  assert.equal(now.sheets, 1, 'and still styled');
  await page.evaluate(() => window.second.update({ gbPerMonth: 1024 }));
  await frame(page);
  now = await root();
  assert.match(now.verdicts[0], /For 1 TB per month/, 'and still answers update()');
  // Its own controls still work: the slider to stop 3 (10 GB).
  await page.locator('#twice input[type=range]').fill('3');
  await frame(page);
  assert.match((await root()).verdicts[0], /For 10 GB per month/);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Adds an S3 widget with the id `id` and sync-url to the page. */
const addSynced = (page, id) => page.evaluate((id) => {
  const el = document.createElement('vpce-advisor');
  el.id = id;
  el.setAttribute('service', 's3');
  el.setAttribute('sync-url', '');
  document.body.append(el);
}, id);

test('sync-url with an id that needs percent-encoding keeps one part for the widget and restores it', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const id = 'mon widget é"\'';
  await addSynced(page, id);
  await verdictOf(page, id);
  // 60 slider steps, each drawn.
  for (let i = 0; i < 60; i++) {
    await page.evaluate(([id, v]) => {
      const r = document.getElementById(id).shadowRoot.querySelector('input[type=range]');
      r.value = v;
      r.dispatchEvent(new Event('input', { bubbles: true }));
      return new Promise(requestAnimationFrame);
    }, [id, String(i % 20)]);
  }
  await page.evaluate(([id]) => {
    const r = document.getElementById(id).shadowRoot.querySelector('input[type=range]');
    r.value = '14'; // 50 TB
    r.dispatchEvent(new Event('input', { bubbles: true }));
  }, [id]);
  await page.waitForFunction(() => /%22gbPerMonth%22%3A51200/.test(location.hash) || /gbPerMonth.{0,6}51200/.test(decodeURIComponent(location.hash)));
  const hash = await page.evaluate(() => location.hash);
  const ours = hash.slice(1).split('&').filter((p) => decodeURIComponent(p.slice(0, p.indexOf('='))) === 'vpce-' + id);
  assert.equal(ours.length, 1, 'one part for this widget: ' + hash.slice(0, 200));
  assert.ok(hash.length < 600, 'the address does not grow with every step: ' + hash.length);
  // The link restores it in a new tab.
  const url = page.url();
  const other = await open(browser, server.url);
  await other.page.goto(url);
  await addSynced(other.page, id);
  const restored = await verdictOf(other.page, id);
  assert.match(restored, /For 50 TB per month/);
  assert.deepEqual(problems, []);
  await Promise.all([context.close(), other.context.close()]);
});

test('sync-url never disturbs the page’s own fragment; reload restores from history; a pasted link applies at once', async () => {
  const { page, problems, context } = await open(browser, server.url + '#install');
  await ready(page);
  const $ = inside(page, 'main');
  await $('input[type=range]').fill('14'); // 50 TB
  await frame(page);
  await page.waitForTimeout(600); // longer than the widget's wait before it writes the address
  assert.equal(await page.evaluate(() => location.hash), '#install', 'the anchor is left alone');
  await page.reload();
  await ready(page);
  assert.match(await $('.verdict .ctx').textContent(), /For 50 TB per month/, 'the state survives a reload');
  assert.equal(await page.evaluate(() => location.hash), '#install');

  // A shared link pasted into the open tab (only the fragment changes: no reload).
  const state = encodeURIComponent(JSON.stringify({ service: 'dynamodb', gbPerMonth: 2048 }));
  await page.evaluate((s) => { window.notReloaded = true; location.hash = '#vpce-main=' + s; }, state);
  await page.waitForFunction(() => /For 2 TB per month/.test(document.getElementById('main').shadowRoot.querySelector('.ctx').textContent));
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  assert.equal(await $('input[name=service][value=dynamodb]').isChecked(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('one constructed stylesheet per page: no request per shadow root, and a trap costs no request', async () => {
  const { page, problems, requests: all, context } = await open(browser, server.url);
  await ready(page);
  // (The browser's own favicon probe is not the widget's.)
  const requests = { slice: (n) => all.slice(n).filter((u) => !/\/favicon\.(svg|ico)$/.test(u)) };
  const before = all.length;
  await page.evaluate(() => {
    for (let i = 0; i < 5; i++) {
      const el = document.createElement('vpce-advisor');
      el.id = 'sheet' + i;
      el.setAttribute('service', 's3');
      document.body.append(el);
    }
  });
  await ready(page);
  const sheets = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('vpce-advisor')].map((el) => el.shadowRoot);
    const first = roots[0].adoptedStyleSheets[0];
    return {
      same: roots.every((r) => r.adoptedStyleSheets.length === 1 && r.adoptedStyleSheets[0] === first),
      elements: roots.reduce((n, r) => n + r.querySelectorAll('link, style').length, 0),
      display: getComputedStyle(document.getElementById('sheet4')).display,
    };
  });
  assert.deepEqual(sheets, { same: true, elements: 0, display: 'block' });
  assert.deepEqual(requests.slice(before), [], 'five more widgets, no request');
  assert.ok(!all.some((u) => u.endsWith('.css') && !u.endsWith('/index.css')), 'the widget never requests a stylesheet');
  // A trap: a new instance, still no request.
  // The AZ count waits behind "More questions" in the compact layout.
  await page.locator('#sheet0 button[data-act=more]').click();
  await page.evaluate(async () => { (await import('/vpce-advisor.js')).testing.trapNext = true; });
  await page.locator('#sheet0 input[data-f=azCount]').fill('3');
  await frame(page);
  assert.match(await page.locator('#sheet0 .err').textContent(), /^wasm-trap: /);
  await page.waitForFunction(async () => (await (await import('/vpce-advisor.js')).load()).instances === 2);
  assert.deepEqual(requests.slice(before).filter((u) => !u.endsWith('/vpce-advisor.js')), [], 'the trap cost no request');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unknown option after the first draw: the page’s mistake is named, the reader’s edits keep working, a stale result looks stale', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = inside(page, 'main');
  await page.evaluate(() => { document.getElementById('main').options = { gbPerMoth: 5120 }; });
  await frame(page);
  const error = await $('.err').textContent();
  assert.match(error, /^unknown-field: /);
  assert.match(error, /gbPerMoth/);
  assert.match(error, /the page’s option “gbPerMoth” was ignored/);
  // The reader moves the slider: the verdict follows it.
  for (const [stop, text] of [['3', '10 GB'], ['13', '20 TB']]) {
    await $('input[type=range]').fill(stop);
    await frame(page);
    assert.match(await $('.verdict .ctx').textContent(), new RegExp('For ' + text + ' per month'));
    assert.equal(await $('input[type=range]').getAttribute('aria-valuetext'), text + ' per month', 'slider and verdict agree');
  }
  assert.equal(await page.locator('#main .box.stale').count(), 0, 'a fresh result is not marked stale');
  // The reader's own value the core rejects: the last good result stays, marked stale. (The AZ
  // count waits behind "More questions" in the compact layout.)
  await $('button[data-act=more]').click();
  await $('input[data-f=azCount]').fill('9');
  await frame(page);
  // The error sits beside the field, in the field's label words.
  assert.match(await $('.field-err').textContent(), /^Availability Zones per endpoint: .*1 to 6/);
  assert.equal(await page.locator('#main .box.stale').count(), 1);
  const opacity = await $('.verdict').evaluate((v) => Number(getComputedStyle(v).opacity));
  assert.ok(opacity < 1, 'the stale verdict is dimmed: ' + opacity);
  await $('input[data-f=azCount]').fill('3');
  await frame(page);
  assert.equal(await page.locator('#main .box.stale').count(), 0);
  assert.match(await $('.verdict .ctx').textContent(), /3 AZs/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Object.prototype.onload set by the host page never reaches an element the widget creates', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective));
    // eslint-disable-next-line no-extend-native
    Object.prototype.onload = 'window.__polluted = 1';
    Object.prototype.onerror = 'window.__polluted = 2';
  });
  await page.goto(server.url);
  await ready(page);
  await page.locator('#main details.overview summary').click();
  const found = await page.evaluate(() => {
    const root = document.getElementById('main').shadowRoot;
    return root.querySelectorAll('[onload], [onerror]').length;
  });
  assert.equal(found, 0);
  assert.equal(await page.evaluate(() => window.__polluted), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});
