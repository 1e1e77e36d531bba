// The decision tree drawn as a tree (role="tree"): walked from the root to a leaf by keyboard
// and by clicks; the reader's path is marked from the root to its leaf, and the leaf shows what
// its recommendation costs now. The costs are worked by hand from AWS's us-east-1 rates
// (data/prices.json cites them): an interface endpoint is $0.01 per endpoint per AZ per hour and
// $0.01 per GB for the first PB; a gateway endpoint is free.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready, inside, screenshotPath } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The labels of the marked items, root first, and the focused item's label. */
const marked = (page, id = 'main') => page.evaluate((id) => {
  const root = document.getElementById(id).shadowRoot;
  const label = (i) => i.querySelector(':scope > .row').textContent.replace(/ ✓.*$/, '').trim();
  return {
    path: [...root.querySelectorAll('[role=tree] [role=treeitem].on')].map(label),
    current: [...root.querySelectorAll('[role=tree] [aria-current=step]')].length,
    focused: root.activeElement?.getAttribute('role') === 'treeitem' ? label(root.activeElement) : null,
  };
}, id);

async function openTree(page) {
  const $ = inside(page, 'main');
  await $('details.overview > summary').click();
  await frame(page);
  return $;
}

test('keyboard: Tab into the tree, arrows walk it, Enter takes an answer; the path and the leaf’s cost follow', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = await openTree(page);
  // The demo opens at S3, 5 TB, clients in the VPC: the path ends at the gateway endpoint, free.
  let m = await marked(page);
  assert.deepEqual(m.path.slice(0, 2), ['What does the traffic go to?', 'S3 bucket']);
  assert.match(m.path[m.path.length - 1], /^Gateway endpoint \$0\.00 a month/);
  // One tab stop: focus lands on the tree's current item.
  await $('details.overview > summary').focus();
  await page.keyboard.press('Tab');
  m = await marked(page);
  assert.equal(m.focused, 'What does the traffic go to?');
  // Into the answers, down to "Another AWS service" (the fifth), and take it. "S3 bucket" is
  // open (it is on the path): Left folds it, so that Down moves to its siblings.
  await page.keyboard.press('ArrowRight');
  assert.equal((await marked(page)).focused, 'S3 bucket');
  await page.keyboard.press('ArrowLeft');
  assert.equal((await marked(page)).focused, 'S3 bucket');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  assert.equal((await marked(page)).focused, 'Another AWS service');
  await page.keyboard.press('Enter');
  await frame(page);
  assert.equal(await $('input[name=service][value=aws-service]').isChecked(), true);
  m = await marked(page);
  assert.equal(m.path[1], 'Another AWS service');
  // The rest of the path opened under it, down to the interface endpoint leaf. One interface
  // endpoint (no service named: one), 2 AZs × 730 h × $0.01 = $14.60, plus 5 TB = 5,120 GB ×
  // $0.01 = $51.20 → $65.80 a month.
  assert.match(m.path[m.path.length - 1], /^Interface endpoint \(PrivateLink\) \$65\.80 a month/);
  assert.equal(m.current, m.path.length, 'every marked item carries aria-current=step');
  // Walk down the marked path by keyboard to the leaf: Right goes in, Down moves on.
  for (let i = 0; i < 40 && !/^Interface endpoint/.test((await marked(page)).focused || ''); i++) {
    const f = await page.evaluate(() => {
      const a = document.getElementById('main').shadowRoot.activeElement;
      return { open: a.getAttribute('aria-expanded'), on: a.classList.contains('on') };
    });
    await page.keyboard.press(f.on && f.open === 'true' ? 'ArrowRight' : 'ArrowDown');
  }
  assert.match((await marked(page)).focused, /^Interface endpoint \(PrivateLink\) \$65\.80 a month/);
  // The verdict where the reader is looking says the same.
  assert.match(await $('.tree-now').textContent(), /Interface endpoint \(PrivateLink\) — \$65\.80 a month/);
  // Left goes back out to the parent.
  await page.keyboard.press('ArrowLeft');
  assert.notEqual((await marked(page)).focused, null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicks: taking answers walks the path to DynamoDB’s gateway leaf; a folded answer opens by its twisty', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = await openTree(page);
  await $('[role=treeitem] > .row:text-is("DynamoDB table")').click();
  await frame(page);
  assert.equal(await $('input[name=service][value=dynamodb]').isChecked(), true);
  let m = await marked(page);
  assert.deepEqual(m.path.slice(0, 4), ['What does the traffic go to?', 'DynamoDB table', 'Is the table in this VPC\'s Region?', 'Yes']);
  assert.match(m.path[m.path.length - 1], /^Gateway endpoint \$0\.00 a month/);
  // An answer that asks the reader for a value (another Region: which one?) moves the focus to
  // the control that asks.
  await $('[role=treeitem].on:has(> .row:text-is("Is the table in this VPC\'s Region?")) > ul > [role=treeitem] > .row:text-is("No")').click();
  assert.equal(await page.evaluate(() => document.getElementById('main').shadowRoot.activeElement?.dataset.f), 'serviceRegion');
  // Add on-premises clients by clicking that answer: the path now ends at gateway + interface.
  // The interface half: 2 AZs × 730 h × $0.01 = $14.60 + the on-premises half of 5,120 GB
  // (the default 50 %) = 2,560 GB × $0.01 = $25.60 → $40.20 a month.
  await $('[role=treeitem] > .row:text-is("In VPCs and on premises or other Regions") >> visible=true').click();
  await frame(page);
  m = await marked(page);
  assert.equal(await $('input[name=trafficFrom][value=on-premises]').isChecked(), true);
  assert.match(m.path[m.path.length - 1], /^Gateway \+ interface endpoints \$40\.20 a month/);
  // The twisty opens a folded answer without taking it: the scenario stays as it is.
  const s3 = $('[role=treeitem]:has(> .row:text-is("S3 bucket"))');
  assert.equal(await s3.getAttribute('aria-expanded'), 'false');
  await $('[role=treeitem] > .row:text-is("S3 bucket") > .twisty').click();
  assert.equal(await s3.getAttribute('aria-expanded'), 'true');
  assert.equal(await $('input[name=service][value=dynamodb]').isChecked(), true);
  await page.locator('#main details.overview').screenshot({ path: screenshotPath('tree-open-1280') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 360 px the tree stays inside the widget and scrolls in its own box, with a visible cue', async () => {
  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 360, height: 780 } });
  await ready(page);
  await openTree(page);
  const box = await page.evaluate(() => {
    const root = document.getElementById('main').shadowRoot;
    const b = root.querySelector('.tree-box');
    const w = root.querySelector('.box').getBoundingClientRect();
    const r = b.getBoundingClientRect();
    const style = getComputedStyle(b);
    return { inside: r.left >= w.left - 1 && r.right <= w.right + 1, scrolls: b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight,
      overflow: style.overflowX + ' ' + style.overflowY, cue: style.backgroundImage };
  });
  assert.ok(box.inside, 'the tree box lies within the widget');
  assert.equal(box.overflow, 'auto auto');
  assert.ok(box.scrolls, 'the open path is deeper than 360 px allows: the box scrolls');
  assert.match(box.cue, /gradient/, 'the scroll cue (shadows at the edges that have more)');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'the page does not scroll sideways');
  await page.locator('#main details.overview').screenshot({ path: screenshotPath('tree-open-360') });
  assert.deepEqual(problems, []);
  await context.close();
});
