// What a slider step allocates, by function: the garbage a step leaves is what makes the
// collector pause, and its pauses were the slowest steps. Loads the page, visits every stop once
// (so the steps measured are revisits, as most of a reader's are), then samples the JS heap's
// allocations (V8's sampling heap profiler, every 512 B on average) over `steps` steps.
//
// Usage: node scripts/bench/step-alloc.mjs PAGE_URL [steps=300] [top=15]
//   (a page holding one widget, e.g. tests/bench-pages/widget.html served as scripts/bench.sh
//   serves it). Prints the sampled bytes per step, then the functions that allocated most, by
//   their place in the (minified) script.
import { chromium } from 'playwright-core';

const [url, stepsArg, topArg] = process.argv.slice(2);
if (!url) { console.error('usage: node scripts/bench/step-alloc.mjs PAGE_URL [steps] [top]'); process.exit(2); }
const STEPS = Number(stepsArg || 300);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
await page.waitForFunction(() => document.querySelector('vpce-advisor')?.shadowRoot?.querySelector('.verdict .summary')?.textContent);
const steps = (args) => page.evaluate(async ({ count, every }) => {
  const slider = document.querySelector('vpce-advisor').shadowRoot.querySelector('input[type=range]');
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const stops = Number(slider.max) - Number(slider.min) + 1;
  for (let i = 0, x = 3; i < count; i++) {
    x = every ? i % stops : (x * 7 + 5) % stops;
    slider.value = String(Number(slider.min) + x);
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await frame();
    await frame();
  }
}, args);
await steps({ count: 64, every: true });
const cdp = await page.context().newCDPSession(page);
await cdp.send('HeapProfiler.enable');
await cdp.send('HeapProfiler.collectGarbage');
await cdp.send('HeapProfiler.startSampling', {
  samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true,
});
await steps({ count: STEPS, every: false });
const { profile } = await cdp.send('HeapProfiler.stopSampling');
await browser.close();
const byPlace = new Map();
let total = 0;
(function walk(node) {
  const f = node.callFrame;
  const place = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  total += node.selfSize;
  byPlace.set(place, (byPlace.get(place) || 0) + node.selfSize);
  node.children.forEach(walk);
})(profile.head);
console.log(`sampled allocation: ${Math.round(total / STEPS)} B per step (${STEPS} steps)`);
for (const [place, bytes] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg || 15))) {
  console.log(String(Math.round(bytes / STEPS)).padStart(8), place);
}
