// The widget in headless Chromium, against pages served locally under the strict CSP:
//  - time from navigation start to the widget's first complete render, over `loads` fresh loads,
//    side by side with the same page holding a static image of the widget (equal area);
//  - time per slider step, from the input event to the DOM updated, with 1 and 20 instances;
//  - which files the widget page downloads (so the byte table can total them).
//
// Usage: node scripts/bench/browser.mjs <base-url> <site-dir> [loads] [steps]
// Writes one JSON object to stdout. Pages: tests/bench-pages/{widget,image,twenty}.html, copied
// into <site-dir> beside the built www/ by scripts/bench.sh, with widget-full.html and
// image-full.html made from the first two (the widget in its full layout); widget.png and
// widget-full.png (the pictures the image pages show) are written there.

import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, quantile } from './stats.mjs';
import { sliderSteps } from './slider-steps.mjs';
import { RENDER_PROBE } from './render-probe.mjs';

const [base, siteDir, loadsArg, stepsArg] = process.argv.slice(2);
const LOADS = Number(loadsArg || 20);
const STEPS = Number(stepsArg || 1000);
const FRAME_MS = 1000 / 60;
const VIEWPORT = { width: 1280, height: 900 };
/** The first-render pairs: the default (compact) layout and the full one, each with its image. */
const LAYOUTS = [
  { key: 'firstRender', widgetPath: '/widget.html', imagePath: '/image.html', picture: 'widget.png' },
  { key: 'firstRenderFull', widgetPath: '/widget-full.html', imagePath: '/image-full.html', picture: 'widget-full.png' },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** A fresh context per load: nothing compiled or cached is carried from one load to the next. */
async function withPage(fn) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(RENDER_PROBE);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    return await fn(page, errors);
  } finally {
    await context.close();
  }
}

async function renderTime(page, errors, path) {
  const rendered = page.waitForEvent('console', { predicate: (m) => m.text() === 'vpce-bench:rendered', timeout: 20000 });
  await page.goto(base + path, { waitUntil: 'commit' });
  try {
    await rendered;
  } catch {
    throw new Error(`${path} never rendered completely${errors.length ? ': ' + errors.join('; ') : ''}`);
  }
  return page.evaluate(() => window.__vpceBench.renderedAt);
}

/** Waits until the widget's box has kept its size for a few frames (what is built at idle is in). */
async function settled(page) {
  await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('vpce-advisor');
    let last = '', same = 0;
    const check = () => {
      const r = el.getBoundingClientRect();
      const size = r.width + 'x' + r.height;
      same = size === last ? same + 1 : 0;
      last = size;
      if (same >= 10) resolve(); else setTimeout(() => requestAnimationFrame(check), 20);
    };
    requestAnimationFrame(check);
  }));
}

function summarise(r) {
  if (r.error) return r;
  const within = r.work.filter((w, i) => r.framesWaited[i] === 1 && w <= FRAME_MS).length;
  return {
    instances: r.instances,
    steps: r.latency.length,
    missed: r.missed,
    latencyMedianMs: median(r.latency),
    latencyP99Ms: quantile(r.latency, 0.99),
    workMedianMs: median(r.work),
    workP99Ms: quantile(r.work, 0.99),
    withinOneFrame: (r.latency.length ? within / (r.latency.length + r.missed) : 0),
  };
}

const out = { chromium: browser.version(), loads: LOADS, viewport: VIEWPORT };
try {
  // Each layout: a first, uncounted load checks the page works, takes the picture for its image
  // page and lists what the page downloads; then the interleaved loads.
  for (const { key, widgetPath, imagePath, picture } of LAYOUTS) {
    await withPage(async (page, errors) => {
      const fetched = new Set();
      page.on('requestfinished', (req) => fetched.add(new URL(req.url()).pathname));
      await renderTime(page, errors, widgetPath);
      await settled(page);
      const widget = page.locator('vpce-advisor').first();
      const box = await widget.boundingBox();
      await widget.screenshot({ path: join(siteDir, picture) });
      if (key === 'firstRender') {
        out.widgetBox = { width: Math.round(box.width), height: Math.round(box.height) };
        out.widgetPageFiles = [...fetched].sort();
      }
    });

    // Interleaved so that drift on a shared machine hits both pages alike.
    const widgetMs = [], imageMs = [];
    for (let i = 0; i < LOADS; i++) {
      widgetMs.push(await withPage((p, e) => renderTime(p, e, widgetPath)));
      imageMs.push(await withPage((p, e) => renderTime(p, e, imagePath)));
    }
    out[key] = {
      widget: { medianMs: median(widgetMs), p95Ms: quantile(widgetMs, 0.95) },
      image: { medianMs: median(imageMs), p95Ms: quantile(imageMs, 0.95) },
    };
    out[key].ratio = out[key].widget.medianMs / out[key].image.medianMs;
  }

  for (const [key, path] of [['slider1', '/widget.html'], ['slider20', '/twenty.html']]) {
    out[key] = await withPage(async (page, errors) => {
      await renderTime(page, errors, path);
      return summarise(await page.evaluate(sliderSteps, { steps: STEPS, seed: 20260 }));
    });
  }
} catch (e) {
  out.error = String(e && e.message || e);
} finally {
  await browser.close();
}
writeFileSync(1, JSON.stringify(out) + '\n');
