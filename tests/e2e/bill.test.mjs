// The bill on a docs page: inside a 700 px content column (Docusaurus, MkDocs) no table scrolls
// sideways; under 420 px of the widget's own width the bill stacks (label above, figures below);
// each unverified figure says in words, by keyboard and by touch, what could not be confirmed and
// how far off it could be; and the "Interface endpoints" field agrees with the bill. Figures are
// worked by hand from AWS's us-east-1 rates (data/prices.json cites them): an interface endpoint
// $0.01 per AZ per hour, cross-AZ transfer $0.01 per GB each way (unverified), 730 hours a month.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready, inside } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** A widget with `attrs` in a column `width` px wide (the demo page's widget removed). */
async function inColumn(page, width, attrs) {
  await page.evaluate(([width, attrs]) => {
    document.getElementById('main').remove();
    const column = document.createElement('div');
    column.id = 'column';
    column.style.width = width + 'px'; // CSSOM, allowed by the page's strict style-src
    const el = document.createElement('vpce-advisor');
    el.id = 'w';
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    column.append(el);
    document.body.prepend(column);
  }, [width, attrs]);
  await ready(page);
  await frame(page);
  return inside(page, 'w');
}

/** Every shown table wider than the widget, or whose scrolling box has more than it shows. */
const overflowing = (page) => page.evaluate(() => {
  const el = document.getElementById('w');
  const right = el.getBoundingClientRect().right;
  const out = [];
  for (const t of el.shadowRoot.querySelectorAll('table')) {
    if (!t.getClientRects().length) continue;
    const box = t.closest('.scroll') || t.parentElement;
    const name = t.getAttribute('aria-labelledby') || t.className || 'table';
    if (t.getBoundingClientRect().right > right + 1) out.push(name + ': wider than the widget');
    else if (box.scrollWidth > box.clientWidth + 1) out.push(name + ': scrolls ' + (box.scrollWidth - box.clientWidth) + ' px');
  }
  return out;
});

for (const width of [700, 600]) {
  test(`in a ${width} px content column no table scrolls sideways (every section open)`, async () => {
    const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1280, height: 900 } });
    await ready(page);
    const $ = await inColumn(page, width, { service: 's3', 'gb-per-month': '5120', layout: 'full', 'allow-internet-path': '' });
    const tables = await $('table').evaluateAll((ts) => ts.filter((t) => t.getClientRects().length).length);
    // The verdict's bill, the other options' bills, the chart's table, the comparison.
    assert.ok(tables >= 5, `${tables} tables shown`);
    assert.deepEqual(await overflowing(page), []);
    // The bill still reads as a bill: its rate column wraps, its figures do not.
    const head = await $('.verdict .bill thead').evaluate((t) => [...t.querySelectorAll('th')].map((x) => x.textContent));
    assert.deepEqual(head, ['Component', 'Quantity × unit price', 'Monthly cost']);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('at 390 px the bill stacks its rows and no table overflows', async () => {
  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 390, height: 900 } });
  await ready(page);
  const $ = await inColumn(page, 370, { service: 's3', 'gb-per-month': '5120', layout: 'full', 'allow-internet-path': '' });
  assert.deepEqual(await overflowing(page), []);
  const rows = await $('.verdict .bill tbody tr').first().evaluate((tr) => {
    const [th, ...tds] = tr.children;
    return { label: th.getBoundingClientRect().bottom, figures: Math.min(...tds.map((td) => td.getBoundingClientRect().top)) };
  });
  assert.ok(rows.figures >= rows.label - 1, 'the figures sit under the label');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unverified figure says what could not be confirmed and how far off it could be, by keyboard and by touch', async () => {
  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1280, height: 900 }, hasTouch: true });
  await ready(page);
  // NAT path for 1,000 GB with 1 NAT gateway in 2 AZs: the AZ without one sends its half,
  // 500 GB, across and back: 1,000 GB × $0.01 = $10.00, unverified (AWS's 2026 offers also list
  // a $0.00 cross-AZ meter), so the line could be up to all of its $10.00 too high.
  const $ = await inColumn(page, 700, { service: 's3', 'gb-per-month': '1000', 'az-count': '2', 'nat-gateway-count': '1', 'allow-internet-path': '', layout: 'full' });
  const line = $('.bill tbody tr').filter({ hasText: 'Cross-AZ transfer' }).first();
  assert.match(await line.locator('td.num').textContent(), /^\$10\.00/);
  const summary = line.locator('.unv-d > summary');
  const words = line.locator('.unv-text');
  assert.equal(await words.isVisible(), false, 'closed at first');
  // Keyboard: focus it and press Enter.
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await words.isVisible(), true);
  const text = await words.textContent();
  assert.match(text, /\$0\.00 a GB for some cross-AZ meters/);
  assert.match(text, /uses \$0\.01 a GB each way/);
  assert.match(text, /could be up to \$10\.00 too high/);
  await page.keyboard.press('Enter');
  assert.equal(await words.isVisible(), false);
  // Touch: a tap opens it too.
  await summary.tap();
  assert.equal(await words.isVisible(), true);
  assert.deepEqual(await overflowing(page), [], 'open, the words wrap inside the bill');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Interface endpoints" shows what the bill counts: one per service unless the reader sets it', async () => {
  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await ready(page);
  const $ = await inColumn(page, 900, { service: 'aws-service', 'aws-services': 'sqs kms ecr.api', 'gb-per-month': '100' });
  await $('button[data-act=more]').click();
  const field = $('input[data-f=endpointCount]');
  // Unset: no number of its own (not "1"), its placeholder says how the bill counts.
  assert.equal(await field.inputValue(), '');
  assert.equal(await field.getAttribute('placeholder'), '1 per service');
  // 3 services → 3 endpoints × 2 AZs × 730 h = 4,380 h × $0.01 = $43.80.
  const hours = () => $('.verdict .bill tbody tr').filter({ hasText: 'Interface endpoint hours' }).first().textContent();
  assert.match(await hours(), /3 endpoints × 2 AZs × 730 h/);
  assert.match(await hours(), /4,380 h/);
  assert.match(await hours(), /\$43\.80/);
  // The reader sets 1: 1 × 2 × 730 = 1,460 h → $14.60, and the field keeps the 1.
  await field.fill('1');
  await frame(page);
  assert.match(await hours(), /1 endpoint × 2 AZs × 730 h/);
  assert.match(await hours(), /1,460 h.*\$14\.60/);
  assert.equal(await field.inputValue(), '1');
  assert.deepEqual(problems, []);
  await context.close();
});
