// What the widget looks like and whether everyone can use it: axe-core finds no violation in
// the light and dark themes, at 1280 px and at 390 px, in the compact and the full layout (the
// latter with every section open); screenshots of each are saved to tests/e2e/artifacts/ for a
// person to look at.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, launch, open, ready, screenshotPath } from './helpers.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** No sideways page scroll, nothing the page should not do, and no axe violation. */
async function checkPage(page, problems) {
  // The page must not scroll sideways: wide tables scroll inside their own region.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no horizontal page scroll');
  // axe adds a <style> of its own, which the strict CSP rightly blocks: check the page first.
  assert.deepEqual(problems, []);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join(' | ')}`));
  assert.deepEqual(violations, []);
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [1280, 390]) {
    for (const layout of ['compact', 'full']) {
      // Changed deliberately: 390 px (a phone) instead of 360, and both layouts; "full" with the
      // decision tree, the comparison and every bill open, so that axe sees all of it.
      test(`${colorScheme} theme at ${width} px, layout ${layout}: no accessibility violation, nothing wider than the screen`, async () => {
        const { page, problems, context } = await open(browser, server.url, { colorScheme, viewport: { width, height: 900 } });
        await ready(page);
        if (layout === 'full') {
          await page.evaluate(() => {
            for (const el of document.querySelectorAll('vpce-advisor')) el.setAttribute('layout', 'full');
            for (const d of document.getElementById('main').shadowRoot.querySelectorAll('details')) d.open = true;
          });
        }
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.screenshot({ path: screenshotPath(`page-${colorScheme}-${width}-${layout}`), fullPage: true });
        await page.locator('#main').screenshot({ path: screenshotPath(`widget-${colorScheme}-${width}-${layout}`) });
        await checkPage(page, problems);
        await context.close();
      });
    }
  }
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [1280, 390]) {
    test(`${colorScheme} theme at ${width} px, the whole VPC with three rows, one invalid: no accessibility violation`, async () => {
      const { page, problems, context } = await open(browser, server.url, { colorScheme, viewport: { width, height: 900 } });
      await ready(page);
      await page.evaluate(() => document.getElementById('main').setAttribute('destinations', JSON.stringify([
        { service: 'aws-service', awsService: 'ecr.dkr', gbPerMonth: 1024 }, { service: 's3', gbPerMonth: 1024 },
        { service: 'aws-service', awsService: 'logs', gbPerMonth: 10 }])));
      await page.waitForFunction(() => document.getElementById('main').shadowRoot.querySelector('.plan-result .summary'));
      // The second row's volume below 0: marked beside the field, the plan's result out of date.
      await page.locator('#main li.dest >> nth=1 >> [data-p=gb]').fill('-5');
      await page.waitForFunction(() => document.getElementById('main').shadowRoot.querySelector('.dest [aria-invalid=true]'));
      await page.evaluate(() => { for (const d of document.getElementById('main').shadowRoot.querySelectorAll('.plan details')) d.open = true; });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.locator('#main section.plan').screenshot({ path: screenshotPath(`plan-invalid-${colorScheme}-${width}`) });
      await checkPage(page, problems);
      await context.close();
    });
  }
}

test('print: the controls are hidden, the values, Region and date are printed', async () => {
  const { page, context } = await open(browser, server.url);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const root = document.getElementById('main').shadowRoot;
    const visible = (sel) => [...root.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0);
    return { controls: visible('input, select, button'), verdict: root.querySelector('.verdict').innerText };
  });
  assert.equal(shown.controls, false);
  assert.match(shown.verdict, /For 5 TB per month in .*us-east-1.*prices as of \d{4}-\d{2}-\d{2}/s);
  await page.pdf({ path: screenshotPath('print').replace(/png$/, 'pdf') });
  await context.close();
});
