// How much room the widget takes on a docs page, measured: answer first and compact by default
// (at most 1,000 px tall at 1,280 px wide, 1,800 px at 390 px), `layout="full"` opens
// everything, and nothing is wider than the screen: a table that does not fit scrolls in its
// own box with a visible cue or, under 420 px of the widget's width, stacks its rows.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready, screenshotPath } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The widget's height, and every table that is cut off: wider than its box without a scroll cue. */
const measure = (page, id) => page.evaluate((id) => {
  const el = document.getElementById(id);
  const cut = [];
  for (const t of el.shadowRoot.querySelectorAll('table')) {
    if (!t.getClientRects().length) continue;
    const box = t.closest('.scroll-cue');
    const style = box && getComputedStyle(box);
    const scrolls = box && /auto|scroll/.test(style.overflowX) && /gradient/.test(style.backgroundImage);
    const wide = t.getBoundingClientRect().right > el.getBoundingClientRect().right + 1;
    if ((wide || (box && box.scrollWidth > box.clientWidth)) && !scrolls) cut.push(t.getAttribute('aria-labelledby') || t.className || 'table');
  }
  return { height: Math.round(el.getBoundingClientRect().height), cut, pageWide: document.documentElement.scrollWidth > window.innerWidth + 1 };
}, id);

for (const [width, max] of [[1280, 1000], [390, 1800]]) {
  test(`compact by default: at ${width} px the widget is at most ${max} px tall; nothing is cut off`, async () => {
    const { page, problems, context } = await open(browser, server.url, { viewport: { width, height: 900 } });
    await ready(page);
    await frame(page);
    const m = await measure(page, 'main');
    assert.ok(m.height <= max, `height ${m.height} px`);
    assert.ok(m.height >= 400, `it still shows the answer (${m.height} px)`);
    assert.deepEqual(m.cut, []);
    assert.equal(m.pageWide, false, 'the page does not scroll sideways');
    // The verdict, the costs, the bill and the slider are all on the first screen.
    const top = await page.evaluate(() => {
      const root = document.getElementById('main').shadowRoot;
      const y = (sel) => Math.round(root.querySelector(sel).getBoundingClientRect().bottom - document.getElementById('main').getBoundingClientRect().top);
      return { bill: y('.verdict .bill'), slider: y('input[type=range]') };
    });
    assert.ok(top.bill <= (width > 400 ? 600 : 900), `the bill ends ${top.bill} px down`);
    assert.ok(top.slider <= (width > 400 ? 600 : 1300), `the slider sits ${top.slider} px down`);
    await page.locator('#main').screenshot({ path: screenshotPath(`compact-${width}`) });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`layout="full" at ${width} px opens every section and question; tables scroll with a cue or stack`, async () => {
    const { page, problems, context } = await open(browser, server.url, { viewport: { width, height: 900 } });
    await ready(page);
    await page.locator('#main').evaluate((e) => e.setAttribute('layout', 'full'));
    await frame(page);
    const state = await page.evaluate(() => {
      const root = document.getElementById('main').shadowRoot;
      return {
        closed: [...root.querySelectorAll('details')].filter((d) => !d.open && !d.closest('.bill') && !d.closest('.unv-d')).length,
        hidden: [...root.querySelectorAll('fieldset[data-q]')].filter((f) => !f.getClientRects().length).map((f) => f.dataset.q),
      };
    });
    assert.equal(state.closed, 0, 'every section is open');
    assert.deepEqual(state.hidden, [], 'every question is shown');
    const m = await measure(page, 'main');
    assert.deepEqual(m.cut, []);
    assert.equal(m.pageWide, false);
    await page.locator('#main').screenshot({ path: screenshotPath(`full-${width}`) });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('under 420 px of its own width the bill stacks its rows: label above, figures below', async () => {
  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 390, height: 900 } });
  await ready(page);
  const rows = await page.evaluate(() => {
    const root = document.getElementById('main').shadowRoot;
    const tr = root.querySelector('.verdict .bill tbody tr');
    const [th, ...tds] = tr.children;
    return { label: th.getBoundingClientRect().bottom, figures: Math.min(...tds.map((td) => td.getBoundingClientRect().top)), head: getComputedStyle(root.querySelector('.verdict .bill thead')).display };
  });
  assert.ok(rows.figures >= rows.label - 1, 'the figures sit under the label');
  assert.equal(rows.head, 'none', 'the column heads are said beside each figure instead');
  assert.deepEqual(problems, []);
  await context.close();
});
