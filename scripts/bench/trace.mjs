// Where the first render's time goes, in headless Chromium: for `loads` fresh loads of a page
// holding one widget, the median time from navigation start to each phase —
//   module     the widget's script(s) downloaded (the last JS response: a waterfall shows here)
//   wasm       the .wasm downloaded (resource timing) — or inlined (single-file build)
//   compiled   WebAssembly.compile / compileStreaming resolved
//   started    the instance created (WebAssembly.instantiate resolved)
//   drawn      the verdict's text in the shadow root (first calls into the Wasm and the DOM built)
//   painted    the first animation frame with the verdict drawn and styled (layout done)
// plus the main thread's busiest tasks (long tasks) and the JS files fetched. Nothing in the
// widget is instrumented: the timings come from hooks installed before any page script runs.
//
// Usage: node scripts/bench/trace.mjs <page-url> [loads]   (serve the page under the CSP first,
// e.g. scripts/serve.py --dir target/bench/site). Prints one JSON object.

import { chromium } from 'playwright-core';
import { median } from './stats.mjs';

const [url, loadsArg] = process.argv.slice(2);
const LOADS = Number(loadsArg || 10);

// Installed before the page's scripts: records when compilation and instantiation finish and
// when the verdict first appears, then the frame after it.
const HOOKS = `(() => {
  const t = {};
  Object.defineProperty(window, '__vpceTrace', { value: t });
  const wrap = (name, key) => {
    const original = WebAssembly[name];
    if (!original) return;
    WebAssembly[name] = function (...args) {
      t[key + 'Start'] ??= performance.now();
      return original.apply(this, args).then((r) => { t[key] ??= performance.now(); return r; });
    };
  };
  wrap('compile', 'compiled');
  wrap('compileStreaming', 'compiled');
  wrap('instantiate', 'started');
  const tick = () => {
    const el = document.querySelector('vpce-advisor');
    const v = el && el.shadowRoot && el.shadowRoot.querySelector('.verdict');
    if (v && v.textContent.trim()) {
      t.drawn ??= performance.now();
      requestAnimationFrame(() => { t.painted ??= performance.now(); });
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  t.longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) t.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const runs = [];
try {
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(HOOKS);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__vpceTrace?.painted, null, { timeout: 20000 });
    runs.push(await page.evaluate(() => {
      const t = window.__vpceTrace;
      const resources = performance.getEntriesByType('resource');
      const js = resources.filter((r) => /\.m?js(\?|$)/.test(r.name));
      const wasm = resources.find((r) => /\.wasm(\?|$)/.test(r.name));
      return {
        module: Math.max(0, ...js.map((r) => r.responseEnd)),
        jsFiles: js.map((r) => new URL(r.name).pathname),
        wasmStart: wasm ? wasm.startTime : null,
        wasm: wasm ? wasm.responseEnd : null,
        compileStart: t.compiledStart ?? null,
        compiled: t.compiled ?? null,
        started: t.started ?? null,
        drawn: t.drawn,
        painted: t.painted,
        longTasks: t.longTasks,
      };
    }));
    await context.close();
  }
} finally {
  await browser.close();
}
const phases = ['module', 'wasmStart', 'wasm', 'compileStart', 'compiled', 'started', 'drawn', 'painted'];
const out = { url, loads: LOADS, medianMs: {} };
for (const p of phases) {
  const values = runs.map((r) => r[p]).filter((v) => v != null);
  out.medianMs[p] = values.length ? Math.round(median(values) * 10) / 10 : null;
}
out.jsFiles = runs[0]?.jsFiles;
out.longTasksFirstLoad = runs[0]?.longTasks;
console.log(JSON.stringify(out, null, 1));
