// Keyboard only, the way a person who cannot use a mouse goes through the widget: Tab reaches
// every question, arrow keys and Space answer it, and the verdict follows. And the theme: the
// `theme` attribute switches light and dark, `auto` follows the reader's colour scheme.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready, inside } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** What has the keyboard focus inside the widget: its question (fieldset) and answer. */
const focused = (page) => page.evaluate(() => {
  const a = document.querySelector('vpce-advisor#main').shadowRoot.activeElement;
  return a && { type: a.type, value: a.value, question: a.closest('fieldset')?.dataset.q ?? null };
});

/** Presses Tab until the focus is on an input of `question` (at most 80 presses). */
async function tabTo(page, question) {
  for (let i = 0; i < 80; i++) {
    const f = await focused(page);
    if (f?.question === question) return f;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached the question ${question}`);
}

test('keyboard only: Tab reaches every question, arrows and Space answer them, the verdict follows', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = inside(page, 'main');
  const verdict = () => $('.verdict').textContent();
  assert.match(await verdict(), /Recommended: Gateway endpoint/);

  // Every question on the reader's path is reachable by Tab, in order, from the top of the page;
  // the others (changed deliberately: the compact layout keeps them behind "More questions and
  // inputs") after Enter on that button.
  await page.locator('body').focus();
  const shown = () => $('fieldset[data-q]').evaluateAll((fs) => fs.filter((f) => f.getClientRects().length).map((f) => f.dataset.q));
  const onPath = await shown();
  assert.deepEqual(onPath, ['service', 'trafficFrom', 'requireSecurityGroups', 'requirePrivateIps']);
  for (const q of onPath) await tabTo(page, q);
  for (let i = 0; i < 20 && !(await page.evaluate(() => document.querySelector('vpce-advisor#main').shadowRoot.activeElement?.dataset.act === 'more')); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const questions = await shown();
  assert.ok(questions.length >= 6, `questions: ${questions}`);
  await page.locator('body').focus();
  for (const q of questions) await tabTo(page, q);

  // The service: DynamoDB Streams has interface endpoints only (AWS: "Only interface endpoints
  // are supported for DynamoDB Streams"), so the answer changes to an interface endpoint.
  await page.locator('body').focus();
  const service = await tabTo(page, 'service');
  assert.equal(service.value, 's3');
  for (const _ of [1, 2, 3]) await page.keyboard.press('ArrowDown');
  await frame(page);
  assert.equal((await focused(page)).value, 'dynamodb-streams');
  assert.match(await verdict(), /Recommended: Interface endpoint/);

  // Back to S3 with the arrows, then add on-premises clients with Space: AWS recommends a
  // gateway endpoint for in-VPC traffic plus an interface endpoint for on-premises traffic.
  for (const _ of [1, 2, 3]) await page.keyboard.press('ArrowUp');
  await frame(page);
  assert.match(await verdict(), /Recommended: Gateway endpoint/);
  await tabTo(page, 'trafficFrom');
  for (let i = 0; i < 5 && (await focused(page)).value !== 'on-premises'; i++) await page.keyboard.press('Tab');
  assert.equal((await focused(page)).value, 'on-premises');
  await page.keyboard.press('Space');
  await frame(page);
  assert.match(await verdict(), /Recommended: Gateway \+ interface endpoints/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('theme: light and dark by attribute, auto follows the reader’s colour scheme', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const el = page.locator('vpce-advisor#main');
  const colours = () => el.evaluate((e) => {
    const s = getComputedStyle(e.shadowRoot.querySelector('.verdict'));
    return s.color + ' on ' + getComputedStyle(e).backgroundColor + ' / ' + s.backgroundColor;
  });
  await el.evaluate((e) => e.setAttribute('theme', 'light'));
  await frame(page);
  const light = await colours();
  await el.evaluate((e) => e.setAttribute('theme', 'dark'));
  await frame(page);
  const dark = await colours();
  assert.notEqual(light, dark, 'dark differs from light');
  await el.evaluate((e) => e.setAttribute('theme', 'auto'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await frame(page);
  assert.equal(await colours(), dark, 'auto follows a dark colour scheme');
  await page.emulateMedia({ colorScheme: 'light' });
  await frame(page);
  assert.equal(await colours(), light, 'auto follows a light colour scheme');
  assert.deepEqual(problems, []);
  await context.close();
});
