// Slider steps alone, for finding and cutting what makes a step slow: several runs of the pages
// with 1 and 20 widgets, one or more builds interleaved run by run (A/B on a shared machine: drift
// hits both alike), each run's work median and p99 with the load average as it started; with
// --detail, every step's record (stops, recommendation, where its DOM changes landed) and, with
// --trace, a Chromium trace of the run: each step's CPU time (the main thread's, whatever the
// scheduler did) and main-thread time by cause (GC, style, layout, script by function from the
// sampling profiler); --keep-trace writes the trace beside the details.
//
// Usage: node scripts/bench/slider.mjs --site NAME=BASE_URL [--site ...] [--pages widget,twenty]
//          [--steps 300] [--runs 3] [--detail OUT_DIR [--trace [--keep-trace]]]
// A BASE_URL ending in #offscreen: a spacer above the widgets puts them all below the fold
// (nothing on screen to repaint), to tell the widget's own work from the cost of painting it on a
// shared machine (e.g. --site on=URL --site off=URL#offscreen).
// Each BASE_URL serves a site laid out as scripts/bench.sh lays out target/bench/site (the built
// widget beside tests/bench-pages/*). Prints one JSON object per run, then a summary table.

import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, quantile } from './stats.mjs';
import { sliderSteps } from './slider-steps.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf('--' + name);
  return i < 0 ? fallback : args[i + 1];
};
const sites = args.flatMap((a, i) => (args[i - 1] === '--site' ? [a.split(/=(.*)/s).slice(0, 2)] : []));
if (!sites.length) {
  console.error('usage: node scripts/bench/slider.mjs --site NAME=BASE_URL [--site ...] [--pages widget,twenty] [--steps N] [--runs N] [--detail DIR] [--trace]');
  process.exit(2);
}
const PAGES = opt('pages', 'widget,twenty').split(',');
const STEPS = Number(opt('steps', 300));
const RUNS = Number(opt('runs', 3));
const DETAIL = opt('detail', null);
// --trace needs the per-step measures --detail puts on the timeline.
const TRACE = args.includes('--trace') && DETAIL;
const FRAME_MS = 1000 / 60;
const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.gc',
  'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];
if (DETAIL) mkdirSync(DETAIL, { recursive: true });

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** One run of one page of one build: its steps' summary (and details). */
async function run(site, page, seed) {
  const [base, offscreen] = site.split('#');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  try {
    await tab.goto(base + '/' + page + '.html');
    await tab.waitForFunction(() => [...document.querySelectorAll('vpce-advisor')].every((el) =>
      el.shadowRoot && el.shadowRoot.querySelector('.verdict')?.textContent.trim()), null, { timeout: 30000 });
    if (offscreen === 'offscreen') {
      await tab.evaluate(() => {
        const spacer = document.createElement('div');
        spacer.style.height = '5000px';
        document.body.prepend(spacer);
        scrollTo(0, 0);
      });
    }
    // Let the first render's leftovers (lazy compiles, idle GC) settle as a reader's page would.
    await tab.waitForTimeout(500);
    if (TRACE) await browser.startTracing(tab, { categories: CATEGORIES });
    const r = await tab.evaluate(sliderSteps, { steps: STEPS, seed, detail: !!DETAIL });
    const trace = TRACE ? JSON.parse(String(await browser.stopTracing())) : null;
    if (r.error || errors.length) throw new Error(r.error || errors.join('; '));
    return { ...r, trace };
  } finally {
    await context.close();
  }
}

function summary(r) {
  const within = r.work.filter((w, i) => r.framesWaited[i] === 1 && w <= FRAME_MS).length;
  return {
    steps: r.work.length, missed: r.missed,
    workMedianMs: +median(r.work).toFixed(2), workP99Ms: +quantile(r.work, 0.99).toFixed(2),
    workP95Ms: +quantile(r.work, 0.95).toFixed(2), workMaxMs: +Math.max(...r.work).toFixed(2),
    withinOneFrame: +(within / (r.work.length + r.missed)).toFixed(4),
  };
}

/**
 * Main-thread time of each step by cause, from the trace: the renderer main thread's events that
 * fall inside the step's `step-N` measure, by name (nested events counted in their own name too),
 * and the script's self time by function from the CPU profile's samples.
 */
function attribute(trace, details) {
  const events = trace.traceEvents || trace;
  const measures = new Map();
  let pid = null;
  for (const e of events) {
    if (e.cat === 'blink.user_timing' && /^(step|frame)-\d+$/.test(e.name)) {
      const m = measures.get(e.name) || {};
      if (e.ph === 'b') m.start = e.ts; else if (e.ph === 'e') m.end = e.ts;
      measures.set(e.name, m);
      pid = e.pid;
    }
  }
  const mainTid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid
    && e.args.name === 'CrRendererMain')?.tid;
  const main = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e.dur > 0);
  // The sampling profiler: nodes and samples, timed from the Profile's start.
  const nodes = new Map(), samples = [];
  let t = 0;
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') t = e.args.data.startTime;
    if (e.name !== 'ProfileChunk') continue;
    const c = e.args.data.cpuProfile || {};
    for (const n of c.nodes || []) nodes.set(n.id, n.callFrame);
    const deltas = e.args.data.timeDeltas || [];
    (c.samples || []).forEach((id, k) => { t += deltas[k] || 0; samples.push([t, id]); });
  }
  const interval = samples.length > 1 ? median(samples.slice(1).map((s, k) => s[0] - samples[k][0])) : 0;
  for (const d of details) {
    const m = measures.get('step-' + d.i);
    if (!m || m.start == null || m.end == null) continue;
    const byName = {};
    let wall = 0, thread = 0, cpu = 0;
    for (const e of main) {
      if (e.ts + e.dur <= m.start || e.ts >= m.end) continue;
      // The step's work in CPU time (what the main thread ran, not what the scheduler let it
      // wait): the input's dispatch and the frame callbacks (the widget's and the probe's).
      if ((e.name === 'EventDispatch' || e.name === 'FireAnimationFrame') && e.tdur != null) cpu += e.tdur / 1000;
      const overlap = Math.min(e.ts + e.dur, m.end) - Math.max(e.ts, m.start);
      byName[e.name] = (byName[e.name] || 0) + overlap / 1000;
      if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
        wall += overlap / 1000;
        if (e.tdur != null) thread += (e.tdur * overlap) / e.dur / 1000;
      }
    }
    const fns = {};
    for (const [ts, id] of samples) {
      if (ts < m.start || ts >= m.end) continue;
      const f = nodes.get(id);
      const name = f ? (f.functionName || '(anonymous)') + (f.url ? ' ' + f.url.split('/').pop() + ':' + (f.lineNumber + 1) : '') : '?';
      fns[name] = (fns[name] || 0) + interval / 1000;
    }
    const top = (o, n) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, n)
      .map(([k, v]) => [k, +v.toFixed(2)]));
    d.trace = { cpuMs: +cpu.toFixed(3), wallMs: +wall.toFixed(2), threadMs: +thread.toFixed(2), events: top(byName, 12), samples: top(fns, 10) };
  }
}

const results = [];
try {
  for (let r = 0; r < RUNS; r++) {
    // Alternate the builds' order run by run.
    const order = r % 2 ? [...sites].reverse() : sites;
    for (const page of PAGES) {
      for (const [name, base] of order) {
        const load = loadavg();
        const out = await run(base, page, 20260 + r);
        const row = { site: name, page, run: r, loadavg: load, ...summary(out) };
        if (out.trace) {
          attribute(out.trace, out.details);
          const cpu = out.details.filter((d) => d.trace).map((d) => d.trace.cpuMs);
          Object.assign(row, { cpuMedianMs: +median(cpu).toFixed(2), cpuP99Ms: +quantile(cpu, 0.99).toFixed(2) });
        }
        results.push(row);
        console.log(JSON.stringify(row));
        if (DETAIL) {
          const file = join(DETAIL, `${name}-${page}-${r}.json`);
          writeFileSync(file, JSON.stringify({ row, work: out.work, details: out.details }, null, 1));
          if (out.trace && args.includes('--keep-trace')) writeFileSync(join(DETAIL, `${name}-${page}-${r}.trace.json`), JSON.stringify(out.trace));
        }
      }
    }
  }
} finally {
  await browser.close();
}
console.log('\n| build | page | runs | work median (median of runs) | p99 (median of runs) | p99 per run | within one frame | CPU median | CPU p99 (traced) |');
console.log('|---|---|--:|--:|--:|---|--:|--:|--:|');
for (const [name] of sites) {
  for (const page of PAGES) {
    const rows = results.filter((x) => x.site === name && x.page === page);
    if (!rows.length) continue;
    console.log(`| ${name} | ${page} | ${rows.length} | ${median(rows.map((x) => x.workMedianMs)).toFixed(2)} ms | `
      + `${median(rows.map((x) => x.workP99Ms)).toFixed(2)} ms | ${rows.map((x) => x.workP99Ms).join(', ')} | `
      + `${(100 * median(rows.map((x) => x.withinOneFrame))).toFixed(1)} % | `
      + (rows[0].cpuMedianMs != null ? `${median(rows.map((x) => x.cpuMedianMs)).toFixed(2)} ms | ${median(rows.map((x) => x.cpuP99Ms)).toFixed(2)} ms |` : '— | — |'));
  }
}
