// Drives the demo page the way a reader would and asserts what they see: the verdict, the
// questions, the volume slider by keyboard, two independent instances, a shared link, the
// strict CSP and no requests off the page's origin.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready, inside } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('the verdict comes first, with costs, Region and the prices’ date; no CSP violation, no console error, no foreign request', async () => {
  const { page, problems, requests, context } = await open(browser, server.url);
  await ready(page);
  const $ = inside(page, 'main');
  const verdict = await $('.verdict').textContent();
  // Layout changed deliberately: the verdict is no longer a live region (a screen reader re-read
  // all of it on every slider step); one short sentence is announced in its own status line.
  assert.equal(await $('.verdict').getAttribute('role'), null);
  assert.equal(await $('.sr-only[role=status]').count(), 1);
  assert.match(verdict, /Recommended: /);
  assert.match(verdict, /us-east-1/);
  assert.match(verdict, /prices as of \d{4}-\d{2}-\d{2}/);
  assert.match(await $('footer').textContent(), /vpce-advisor \d+\.\d+\.\d+ · prices as of \d{4}-\d{2}-\d{2}/);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the Wasm was fetched');
  assert.deepEqual(problems, []);
  await context.close();
});

test('changing the service answer changes the recommendation; Rust’s errors show without losing the result', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = inside(page, 'main');
  const before = await $('.verdict .summary').textContent();
  await $('input[name=service][value=dynamodb-streams]').check();
  await frame(page);
  const after = await $('.verdict .summary').textContent();
  assert.notEqual(after, before, 'a service without a gateway endpoint gets another recommendation');
  assert.doesNotMatch(after, /Recommended: Gateway endpoint\./);

  // A number Rust rejects (changed deliberately: the message now stands beside its field, in the
  // field's label words, and the field is marked invalid): the last good verdict stays, marked
  // out of date until the field is valid again.
  await $('button[data-act=more]').click();
  await $('input[data-f=azCount]').fill('9');
  await frame(page);
  assert.equal(await $('.field-err').textContent(), 'Availability Zones per endpoint: must be a whole number from 1 to 6.');
  assert.equal(await $('input[data-f=azCount]').getAttribute('aria-invalid'), 'true');
  assert.equal(await $('input[data-f=azCount]').getAttribute('aria-describedby'), await $('.field-err').getAttribute('id'));
  assert.equal(await $('.box.stale').count(), 1);
  assert.ok(await $('.stale-note').isVisible(), 'the out-of-date note shows');
  assert.equal(await $('.verdict .summary').textContent(), after);
  await $('input[data-f=azCount]').fill('3');
  await frame(page);
  assert.equal(await $('.field-err').count(), 0);
  assert.equal(await $('input[data-f=azCount]').getAttribute('aria-invalid'), null);
  assert.equal(await $('.box.stale').count(), 0);
  assert.equal(await $('.err').textContent(), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the volume slider moves in 1-2-5 steps by keyboard and everything follows', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = inside(page, 'main');
  const slider = $('input[type=range]');
  assert.equal(await slider.getAttribute('aria-valuetext'), '5 TB per month');
  const costs = await $('.verdict .costs').textContent();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await frame(page);
  assert.equal(await slider.getAttribute('aria-valuetext'), '10 TB per month');
  assert.equal(await $('input[data-f=gbNum]').inputValue(), '10');
  assert.equal(await $('select[data-f=gbUnit]').inputValue(), 'TB');
  assert.notEqual(await $('.verdict .costs').textContent(), costs, 'the costs follow the volume');
  assert.match(await $('.verdict .ctx').textContent(), /For 10 TB per month/);
  await page.keyboard.press('PageUp');
  await frame(page);
  assert.equal(await slider.getAttribute('aria-valuetext'), '100 TB per month', 'Page Up is one decade');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await frame(page);
  assert.equal(await slider.getAttribute('aria-valuetext'), '2 TB per month');
  await page.keyboard.press('End');
  await frame(page);
  assert.equal(await slider.getAttribute('aria-valuetext'), '10 PB per month');
  await page.keyboard.press('Home');
  await frame(page);
  assert.equal(await slider.getAttribute('aria-valuetext'), '1 GB per month');

  // The number field drives the slider too.
  await $('input[data-f=gbNum]').fill('300');
  await $('select[data-f=gbUnit]').selectOption('GB');
  await frame(page);
  assert.equal(await slider.getAttribute('aria-valuetext'), '300 GB per month');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two instances on one page answer only to their own controls', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const main = inside(page, 'main');
  const second = inside(page, 'second-advisor');
  const secondVerdict = await second('.verdict').textContent();
  const secondRange = await second('input[type=range]').inputValue();
  await main('input[type=range]').focus();
  await page.keyboard.press('PageUp');
  await main('input[name=service][value=dynamodb]').check();
  await main('select[data-f=region]').selectOption({ index: 0 });
  await frame(page);
  assert.equal(await second('.verdict').textContent(), secondVerdict);
  assert.equal(await second('input[type=range]').inputValue(), secondRange);
  assert.equal(await second('input[name=service][value=aws-service]').isChecked(), true);
  // And the other way round (the AZ count waits behind "More questions").
  const mainVerdict = await main('.verdict').textContent();
  await second('button[data-act=more]').click();
  await second('input[data-f=azCount]').fill('1');
  await frame(page);
  assert.equal(await main('.verdict').textContent(), mainVerdict);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a shared link restores the same state (sync-url, namespaced per instance)', async () => {
  // (A page's own fragment, such as #top, is left alone: see url.test.mjs.)
  const { page, context } = await open(browser, server.url);
  await ready(page);
  const $ = inside(page, 'main');
  await $('input[type=range]').focus();
  await page.keyboard.press('PageUp');
  await $('input[name=service][value=dynamodb]').check();
  await frame(page);
  // The address is rewritten once the reader stops for a moment.
  await page.waitForFunction(() => /dynamodb/.test(decodeURIComponent(location.hash)));
  const url = page.url();
  assert.match(url, /#vpce-main=/, 'ours is added under a namespace');
  const summary = await $('.verdict').textContent();
  const other = await open(browser, url);
  await ready(other.page);
  const $2 = inside(other.page, 'main');
  assert.equal(await $2('input[type=range]').getAttribute('aria-valuetext'), '50 TB per month');
  assert.equal(await $2('input[name=service][value=dynamodb]').isChecked(), true);
  assert.equal(await $2('.verdict').textContent(), summary);
  assert.deepEqual(other.problems, []);
  // A hash with junk in our namespace is ignored, not trusted.
  const junk = await open(browser, server.url + '#vpce-main=%7B%22service%22%3A%7B%22x%22%3A1%7D%2C%22__proto__%22%3A1%7D');
  await ready(junk.page);
  assert.match(await inside(junk.page, 'main')('.verdict').textContent(), /Recommended: /);
  await Promise.all([context.close(), other.context.close(), junk.context.close()]);
});

test('copy as Markdown puts the verdict and the cost table on the clipboard', async () => {
  const { page, context } = await open(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await ready(page);
  const $ = inside(page, 'main');
  await $('button[data-act=md]').click();
  await page.waitForFunction(() => document.querySelector('#main').shadowRoot.textContent.includes('Copied.'));
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^\*\*Recommended: .+\*\*/);
  assert.match(text, /\| Option \| Monthly cost \|/);
  assert.match(text, /prices as of \d{4}-\d{2}-\d{2}/);
  await context.close();
});

/** Adds a `<vpce-advisor id=ID>` with `options` to the page and waits for its verdict. */
async function add(page, id, options) {
  await page.evaluate(([id, options]) => {
    const el = document.createElement('vpce-advisor');
    el.id = id;
    el.options = options;
    document.body.append(el);
  }, [id, options]);
  await ready(page);
  await frame(page);
}

test('the break-even volume is marked on the chart and said in the verdict, where there is one', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  // us-east-1, worked by hand from AWS's published rates (aws-pricing.md):
  //   interface endpoint: 1 endpoint × 2 AZ × 730 h × $0.01 = $14.60 a month + $0.01/GB
  //   NAT path, gateways already running for other egress (hasNatGateway): hours not counted,
  //   only $0.045/GB processing.
  //   14.60 + 0.01 g = 0.045 g  →  g = 14.60 / 0.035 = 417.142857… GB a month.
  await add(page, 'be', { service: 'aws-service', awsServices: ['sqs'], hasNatGateway: true, allowInternetPath: true, gbPerMonth: 100 });
  const $ = inside(page, 'be');
  await $('summary:text-is("Cost chart")').click();
  await frame(page);
  const label = await $('svg .be text').textContent();
  const gb = Number(label.match(/break-even ([\d,.]+) GB/)[1].replace(/,/g, ''));
  assert.ok(Math.abs(gb - 417.142857) < 0.01, `chart label ${label}`);
  assert.match(await $('.verdict .be').textContent(), /above 417\.14 GB per month/);

  // The same without NAT gateways of its own: NAT costs 2 × 730 h × ($0.045 + $0.005 public
  // IPv4) = $73.00 a month + $0.045/GB, more than the interface endpoint's $14.60 + $0.01/GB at
  // every volume, so the lines never cross and nothing is marked.
  await add(page, 'no-be', { service: 'aws-service', awsServices: ['sqs'], hasNatGateway: false, allowInternetPath: true, gbPerMonth: 100 });
  const $2 = inside(page, 'no-be');
  await $2('summary:text-is("Cost chart")').click();
  // The chart is drawn after the toggle: wait for it, so that "no mark" is not a chart not yet drawn.
  await $2('.chart svg').first().waitFor();
  await frame(page);
  assert.equal(await $2('svg .be').count(), 0);
  // The verdict still gives the break-even against NAT gateways that already run for other
  // egress: the 417.14 GB worked out above.
  assert.match(await $2('.verdict .be').textContent(), /If NAT gateways already run for other egress, .* above 417\.14 GB per month/);
  assert.match(await $2('.verdict .costs').textContent(), /NAT gateway.*\$77\.50 a month/, '73.00 + 100 GB × 0.045');
  assert.deepEqual(problems, []);
  await context.close();
});

test('warnings sit in the verdict; the comparison shows unverified cells as such and links its sources', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await add(page, 'xz', { service: 's3-express', trafficFrom: ['same-vpc', 'on-premises'] });
  const $ = inside(page, 'xz');
  // The comparison is built when it is opened.
  await $('summary:text-matches("How the endpoint types compare")').click();
  // Built on the details' toggle event, which comes after the click: wait for it.
  await $('.cmp a').first().waitFor();
  assert.match(await $('.verdict .warn li[data-code=no-private-path]').textContent(), /on premises/);
  const cells = await page.evaluate(() => [...document.getElementById('xz').shadowRoot.querySelectorAll('.cmp td.unv')].map((td) => td.textContent));
  assert.ok(cells.length > 0 && cells.every((t) => /unverified/i.test(t)), 'every unverified cell says so');
  const hrefs = await page.evaluate(() => [...document.getElementById('xz').shadowRoot.querySelectorAll('.cmp a')].map((a) => a.href));
  assert.ok(hrefs.length >= 14 && hrefs.every((u) => u.startsWith('https://')));
  assert.deepEqual(problems, []);
  await context.close();
});

test('no documented private path: the verdict names the closest private option and says why', async () => {
  // AWS documents only gateway endpoints for S3 Express One Zone directory buckets, and gateway
  // endpoints can't be used over Direct Connect or VPN: from on premises there is no private path.
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await page.locator('vpce-advisor#main').evaluate((e) => { e.setAttribute('service', 's3-express'); e.setAttribute('traffic-from', 'on-premises'); });
  await frame(page);
  const $ = inside(page, 'main');
  const verdict = await $('.verdict').textContent();
  assert.match(verdict, /Closest private option: Gateway endpoint\. No documented private path/);
  assert.match(verdict, /Note: S3 Express One Zone from on premises or another Region: AWS documents only gateway endpoints/);
  assert.deepEqual(problems, []);
  await context.close();
});
