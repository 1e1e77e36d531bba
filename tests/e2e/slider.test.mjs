// A slider step redraws the verdict and the other options in place, from sketches compared with
// the ones drawn last and kept per advice (www/src/patch.js). Whatever path the reader took to a
// volume — stops visited again, the recommendation changing back and forth — what is on screen
// must be exactly what a widget drawn afresh at that volume shows.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// SQS from the same VPC with NAT gateways already running: the NAT path is recommended up to
// 500 GB a month and an interface endpoint from 1 TB (the slider's stops 0–7 and 8–21).
const ATTRIBUTES = 'service="aws-service" aws-services="sqs" traffic-from="same-vpc" allow-internet-path="true" has-nat-gateway="true"';
/** The slider's stop index → GB (1-2-5 steps; 1 TB = 1,024 GB). */
const STOPS = { 2: 5, 3: 10, 12: 10240, 15: 102400, 21: 10485760 };

/** Adds a widget with `extra` attributes to the page and waits for its verdict; returns its id. */
const addWidget = (page, id, extra) => page.evaluate(async ([id, attrs]) => {
  const holder = document.createElement('div');
  holder.innerHTML = `<vpce-advisor id="${id}" ${attrs}></vpce-advisor>`;
  document.querySelector('main, body').append(holder);
  const el = holder.firstChild;
  while (!el.shadowRoot?.querySelector('.verdict .summary')) await new Promise((r) => setTimeout(r, 20));
}, [id, `${ATTRIBUTES} ${extra}`]);

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Opens every <details> of the answer column (the other options, each bill's calculation). */
async function openAll(page, id) {
  for (let i = 0; i < 3; i++) {
    await page.evaluate((id) => {
      for (const d of document.getElementById(id).shadowRoot.querySelectorAll('.answer details')) d.open = true;
    }, id);
    await frames(page);
  }
}

/** The answer column's HTML, with the instance's own id prefix taken out. */
const answer = (page, id) => page.evaluate((id) =>
  document.getElementById(id).shadowRoot.querySelector('.answer').innerHTML.replace(/vpce\d+-/g, 'vpce-'), id);

async function slideTo(page, id, stop) {
  await page.evaluate(([id, stop]) => {
    const slider = document.getElementById(id).shadowRoot.querySelector('input[type=range]');
    slider.value = String(stop);
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }, [id, stop]);
  await frames(page);
}

test('a verdict redrawn over many slider steps is exactly the one drawn afresh at the last volume', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await addWidget(page, 'moved', 'gb-per-month="5"');
  await openAll(page, 'moved');
  // Across the change of recommendation and back, with stops visited again.
  for (const [path, last] of [[[15, 2, 21, 3, 15], 15], [[12, 3, 12, 2, 15, 3], 3], [[21, 12, 3, 12], 12]]) {
    for (const stop of path) await slideTo(page, 'moved', stop);
    await openAll(page, 'moved');
    const fresh = 'fresh' + last;
    await addWidget(page, fresh, `gb-per-month="${STOPS[last]}"`);
    await openAll(page, fresh);
    const [moved, drawn] = [await answer(page, 'moved'), await answer(page, fresh)];
    assert.match(drawn, last < 8 ? /Recommended: NAT gateway/ : /Recommended: Interface endpoint/);
    assert.equal(moved, drawn, `after ${path.join(' → ')}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
