// The numbers a reader sees, against arithmetic done by hand from AWS's published us-east-1
// rates (data/prices.json cites them): an interface endpoint is $0.01 per endpoint per AZ per
// hour and $0.01 per GB for the first PB; a gateway endpoint is free. The demo's first widget
// prices one interface endpoint in 2 AZs for 730 hours: 2 × 730 × $0.01 = $14.60 a month,
// plus the data. TB are binary, as AWS's tiers count (1 TB = 1,024 GB).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready, inside, screenshotPath } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('moving the slider by keyboard changes the interface endpoint cost to the hand-worked figures', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = inside(page, 'main');
  const slider = $('input[type=range]');
  const costs = () => $('.verdict .costs').textContent();
  // The page opens at 5 TB: $14.60 + 5 × 1,024 GB × $0.01 = $14.60 + $51.20 = $65.80.
  assert.match(await costs(), /Interface endpoint \(PrivateLink\)\s*\$65\.80/);
  assert.match(await costs(), /Gateway endpoint \(recommended\)\s*\$0\.00/);
  await slider.focus();
  const cases = [
    ['Home', '1 GB per month', '14.61'], // $14.60 + 1 GB × $0.01
    ['ArrowRight', '2 GB per month', '14.62'], // + 2 GB × $0.01
    ['ArrowRight', '5 GB per month', '14.65'],
    ['PageUp', '50 GB per month', '15.10'], // one decade up: + 50 × $0.01 = $0.50
    ['PageUp', '500 GB per month', '19.60'], // + $5.00
    ['ArrowRight', '1 TB per month', '24.84'], // + 1,024 GB × $0.01 = $10.24
  ];
  for (const [key, words, usd] of cases) {
    await page.keyboard.press(key);
    await frame(page);
    assert.equal(await slider.getAttribute('aria-valuetext'), words);
    assert.match(await costs(), new RegExp(`Interface endpoint \\(PrivateLink\\)\\s*\\$${usd.replace('.', '\\.')}`), `${words} → $${usd}`);
  }
  // The number field: 1,000 GB → $14.60 + $10.00 = $24.60.
  await $('input[data-f=gbNum]').fill('1000');
  await $('select[data-f=gbUnit]').selectOption('GB');
  await frame(page);
  assert.match(await costs(), /Interface endpoint \(PrivateLink\)\s*\$24\.60/);
  await $('.verdict').screenshot({ path: screenshotPath('verdict-1000-gb') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('switching the Region reprices from that Region’s rates', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = inside(page, 'main');
  await $('input[data-f=gbNum]').fill('1000');
  await $('select[data-f=gbUnit]').selectOption('GB');
  // sa-east-1's interface endpoint hour is $0.021 (AWS's VPC price feed, SKU F23ZH8BV69TWPZ4C):
  // 2 × 730 × $0.021 = $30.66, plus 1,000 GB × $0.01 = $10.00 → $40.66.
  await $('select[data-f=region]').selectOption('sa-east-1');
  await frame(page);
  assert.match(await $('.verdict .costs').textContent(), /Interface endpoint \(PrivateLink\)\s*\$40\.66/);
  assert.match(await $('.verdict .ctx').textContent(), /sa-east-1/);
  assert.deepEqual(problems, []);
  await context.close();
});
