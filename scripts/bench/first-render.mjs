// The first render alone, for A/B runs: two or more builds of the widget (each a bench site laid
// out as scripts/bench.sh does, served under the strict CSP) and the image page, loaded in
// interleaved rounds — in each round every page once, in a shuffled order, each in a fresh
// browser context — so that drift on a shared machine hits every build alike. The same probe and
// rule as scripts/bench/browser.mjs (scripts/bench/render-probe.mjs: "rendered" is the first
// animation frame with the verdict's text and the widget's stylesheet). With --cpu, each load is
// also traced and two of the renderer's main-thread figures (the trace's thread time) up to that
// frame are reported: all its tasks (which include the frames drawn while the page waits for its
// files, so they grow with the wall time too) and its longest task (for the widget, the one that
// instantiates the Wasm, reads the static data, builds and draws): on a loaded machine both move
// much less than the wall clock.
//
// Usage: node scripts/bench/first-render.mjs [--cpu] [--full|--both] ROUNDS BASE_URL [BASE_URL…]
// The image page (and its picture, widget.png / widget-full.png, which scripts/bench/browser.mjs
// writes) is taken from the first BASE_URL. Prints one JSON object: per layout and page, the
// median and interquartile range in ms, and each widget's ratio of medians to the image.

import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { median, quantile } from './stats.mjs';
import { RENDER_PROBE } from './render-probe.mjs';

const args = process.argv.slice(2);
/** Whether the flag `name` was given (taken out of `args`). */
function flag(name) {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
}
const CPU = flag('--cpu');
const FULL = flag('--full');
const BOTH = flag('--both');
const [roundsArg, ...bases] = args;
const ROUNDS = Number(roundsArg);
if (!ROUNDS || !bases.length) {
  console.error('usage: node scripts/bench/first-render.mjs [--cpu] [--full|--both] ROUNDS BASE_URL [BASE_URL…]');
  process.exit(2);
}
const layouts = BOTH ? ['', '-full'] : FULL ? ['-full'] : [''];


const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/**
 * The main-thread CPU (ms) of the renderer that marked the render, up to the task that marked it:
 * `{ all, longest }` (every task's, the longest task's). A task is a `ThreadControllerImpl::RunTask`
 * or a microtask checkpoint run outside one (where a resolved promise's callbacks run: the
 * widget's build and first drawing), the two kinds of top-level work these categories record.
 */
function mainThreadCpu(trace) {
  const events = JSON.parse(trace).traceEvents;
  const mark = events.find((e) => e.name === 'vpce-bench-rendered');
  if (!mark) return null;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid
    && e.args.name === 'CrRendererMain');
  const mine = events.filter((e) => e.pid === mark.pid && e.tid === main?.tid && e.ph === 'X'
    && e.ts <= mark.ts && e.tdur != null);
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const inside = (e) => tasks.some((t) => t.ts <= e.ts && e.ts + e.dur <= t.ts + t.dur);
  const checkpoints = mine.filter((e) => e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && !inside(e));
  let all = 0, longest = 0;
  for (const e of [...tasks, ...checkpoints]) {
    all += e.tdur;
    longest = Math.max(longest, e.tdur);
  }
  return { all: all / 1000, longest: longest / 1000 };
}

async function load(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript(RENDER_PROBE);
  const page = await context.newPage();
  try {
    if (CPU) await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] });
    const rendered = page.waitForEvent('console', { predicate: (m) => m.text() === 'vpce-bench:rendered', timeout: 20000 });
    await page.goto(url, { waitUntil: 'commit' });
    await rendered;
    const ms = await page.evaluate(() => window.__vpceBench.renderedAt);
    const cpu = CPU ? mainThreadCpu(String(await browser.stopTracing())) : null;
    return { ms, cpu };
  } finally {
    await context.close();
  }
}

const shuffle = (list) => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
};

// Timings on a shared machine mean little without its load: recorded as the run starts (Linux).
const out = { rounds: ROUNDS, loadavg: null, layouts: {} };
try {
  out.loadavg = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
} catch {}
try {
  for (const suffix of layouts) {
    const pages = [['image', bases[0] + '/image' + suffix + '.html'],
      ...bases.map((b, i) => ['widget ' + String.fromCharCode(65 + i), b + '/widget' + suffix + '.html'])];
    const times = new Map(pages.map(([name]) => [name, { ms: [], cpu: [], longest: [] }]));
    for (let r = 0; r < ROUNDS; r++) {
      for (const [name, url] of shuffle([...pages])) {
        const { ms, cpu } = await load(url);
        times.get(name).ms.push(ms);
        if (cpu != null) {
          times.get(name).cpu.push(cpu.all);
          times.get(name).longest.push(cpu.longest);
        }
      }
    }
    const round1 = (x) => Math.round(x * 10) / 10;
    const summary = {};
    const imageMedian = median(times.get('image').ms);
    for (const [name, { ms, cpu, longest }] of times) {
      summary[name] = { medianMs: round1(median(ms)), iqrMs: [round1(quantile(ms, 0.25)), round1(quantile(ms, 0.75))] };
      if (cpu.length) {
        summary[name].cpuMedianMs = round1(median(cpu));
        summary[name].longestTaskCpuMedianMs = round1(median(longest));
      }
      if (name !== 'image') summary[name].ratio = Math.round((median(ms) / imageMedian) * 100) / 100;
    }
    out.layouts[suffix ? 'full' : 'compact'] = summary;
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out, null, 1));
