// Turns one `make bench` run into the markdown tables for docs/performance.md:
// bytes of every shipped file (raw, gzip -9, brotli -q 11), time to first render against an
// image, per-slider-step time with 1 and 20 widgets, and native vs Wasm-in-Node call times.
//
// Usage: node scripts/bench/report.mjs <results-dir>
// Reads <dir>/wasm-node.json, <dir>/ratio.json, <dir>/browser.json,
// target/criterion/**/new/estimates.json and
// the files in www/; prints markdown on stdout. Missing parts are reported as not measured.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = resolve(root, process.argv[2] || 'target/bench');
// The budget is set once, in scripts/budget.sh.
const BUDGET_GZIP = Number(process.env.BUDGET_GZIP
  || /BUDGET_GZIP:-(\d+)/.exec(readFileSync(resolve(root, 'scripts/budget.sh'), 'utf8'))[1]);

const readJson = (p) => { try { return JSON.parse(readFileSync(p, 'utf8')); } catch { return null; } };
const sh = (cmd, args, input) => execFileSync(cmd, args, { input, maxBuffer: 1 << 28 });
const gzip = (buf) => sh('gzip', ['-9', '-c', '-n'], buf).length;
const brotli = (buf) => sh('brotli', ['-q', '11', '-c'], buf).length;
const int = (n) => Math.round(n).toLocaleString('en-US');
const kb = (n) => (n / 1024).toFixed(1);

/** A duration given in ns, in the unit that keeps three significant figures readable. */
function dur(ns) {
  if (!Number.isFinite(ns)) return 'n/a';
  // Three significant figures: a value that rounds up to 1,000 of a unit is written in the next
  // (999.7 µs as 1.00 ms, not "1.00e+3 µs").
  if (ns < 999.5) return `${ns.toPrecision(3)} ns`;
  if (ns < 999.5e3) return `${(ns / 1e3).toPrecision(3)} µs`;
  return `${(ns / 1e6).toPrecision(3)} ms`;
}
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');

const lines = [];
const say = (s = '') => lines.push(s);

// ---- the machine
const cpu = cpus()[0]?.model?.trim() || 'unknown CPU';
let rustc = '';
try { rustc = sh('rustc', ['--version']).toString().trim(); } catch { /* reported as blank */ }
const browser = readJson(join(dir, 'browser.json'));
const node = readJson(join(dir, 'wasm-node.json'));
let load = '';
try { load = readFileSync(join(dir, 'loadavg.txt'), 'utf8').trim(); } catch { /* not on Linux */ }
say(`Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${cpus().length} cores, ` +
  `${(totalmem() / 2 ** 30).toFixed(0)} GB RAM${load ? `, load average ${load} at the start` : ''}; ${rustc}; Node ${process.version}` +
  (browser?.chromium ? `; Chromium ${browser.chromium} headless` : '') + '.');
say();

// ---- bytes
let served = 'www';
try { served = readFileSync(join(dir, 'served.txt'), 'utf8').trim() || 'www'; } catch { /* www */ }
const fetched = new Set((browser?.widgetPageFiles || []).map((p) => p.replace(/^\//, '')));
const sum = (list, k) => list.reduce((a, s) => a + s[k], 0);

/** Every .wasm/.js/.css under `base` (relative paths, sorted) with raw, gzip and brotli bytes. */
function sizesOf(base) {
  const walk = (d) => readdirSync(join(base, d), { withFileTypes: true }).flatMap((e) => {
    const p = d ? `${d}/${e.name}` : e.name;
    if (e.isDirectory()) return p === 'pkg' ? walk(p) : [];
    return /\.(wasm|js|css)$/.test(e.name) ? [p] : [];
  });
  return walk('').sort().map((f) => {
    const buf = readFileSync(join(base, f));
    return { f, raw: buf.length, gz: gzip(buf), br: brotli(buf) };
  });
}

function bytesTable(title, base, isServed, budget) {
  if (!existsSync(base)) return;
  const sizes = sizesOf(base);
  say(`**Bytes: ${title}**${isServed ? ' († = fetched by a page holding one widget, in the timed run)' : ''}`);
  say();
  say('| file | raw | gzip -9 | brotli -q 11 |');
  say('|---|--:|--:|--:|');
  for (const s of sizes) say(`| \`${s.f}\`${isServed && fetched.has(s.f) ? ' †' : ''} | ${int(s.raw)} | ${int(s.gz)} | ${int(s.br)} |`);
  const onPage = isServed ? sizes.filter((s) => fetched.has(s.f)) : [];
  if (onPage.length) {
    say(`| **a page with the widget downloads (†)** | **${int(sum(onPage, 'raw'))}** | **${int(sum(onPage, 'gz'))}** | **${int(sum(onPage, 'br'))}** |`);
  }
  const over = sum(sizes, 'gz') - BUDGET_GZIP;
  say(`| all of them${budget ? ` — the budget: gzip ≤ ${int(BUDGET_GZIP)} (${over > 0 ? `**over by ${int(over)}**` : `${int(-over)} to spare`})` : ''} | ${int(sum(sizes, 'raw'))} | ${int(sum(sizes, 'gz'))} | ${int(sum(sizes, 'br'))} |`);
  if (isServed) {
    const png = join(dir, 'site', 'widget.png');
    if (existsSync(png)) {
      const buf = readFileSync(png);
      const box = browser?.widgetBox;
      say(`| for scale: a PNG screenshot of the widget${box ? ` (${box.width}×${box.height})` : ''} | ${int(buf.length)} | ${int(gzip(buf))} | ${int(brotli(buf))} |`);
    }
  }
  say();
}
const dist = join(root, 'dist/static');
const distIsCurrent = served === 'dist/static' && existsSync(dist);
bytesTable('as shipped (`dist/static/`, minified by `make dist`)', dist, distIsCurrent, true);
bytesTable('development files (`www/`, as `make serve` sends them)', join(root, 'www'), !distIsCurrent, !distIsCurrent);

// ---- first render
const renders = [
  ['compact (the default)', 'widget.html', 'image.html', browser?.firstRender],
  ['full (`layout="full"`)', 'widget-full.html', 'image-full.html', browser?.firstRenderFull],
].filter(([, , , r]) => r);
say(`**First complete render** (files from \`${served}/\`; navigation start → the frame in which the verdict is drawn and styled; ${browser?.loads ?? 20} fresh loads each, interleaved)`);
say();
if (renders.length) {
  say('| layout | one `<vpce-advisor>` median | p95 | the same page with a picture of it, equal area: median | p95 | **ratio (medians)** |');
  say('|---|--:|--:|--:|--:|--:|');
  for (const [layout, widgetPage, imagePage, r] of renders) {
    say(`| ${layout}: tests/bench-pages/${widgetPage} vs ${imagePage} | ${ms(r.widget.medianMs)} | ${ms(r.widget.p95Ms)} | ` +
      `${ms(r.image.medianMs)} | ${ms(r.image.p95Ms)} | **${r.ratio.toFixed(2)}×** |`);
  }
} else {
  say(`Not measured: ${browser?.error || 'no browser results (is www/vpce-advisor.js built?)'}`);
}
say();

// ---- slider
say('**Slider step** (input event → last DOM change it causes, 1,000 steps at random points within a frame; ' +
  '"work" = the input handler + the widget\'s own frame work; "within one frame" = updated in the next frame with work ≤ 16.7 ms)');
say();
const sliders = [['1 widget', browser?.slider1], ['20 widgets', browser?.slider20]].filter(([, r]) => r && !r.error);
if (sliders.length) {
  say('| page | input → DOM median | p99 | work median | p99 | steps within one frame |');
  say('|---|--:|--:|--:|--:|--:|');
  for (const [name, r] of sliders) {
    say(`| ${name} | ${ms(r.latencyMedianMs)} | ${ms(r.latencyP99Ms)} | ${ms(r.workMedianMs)} | ${ms(r.workP99Ms)} | ${(100 * r.withinOneFrame).toFixed(1)} % |`);
  }
} else {
  say(`Not measured: ${browser?.slider1?.error || browser?.error || 'no browser results'}`);
}
say();

// ---- native vs Wasm
const crit = (...p) => readJson(join(root, 'target/criterion', ...p, 'new/estimates.json'))?.median?.point_estimate;
say('**Calls** (`advise` and `costCurve`: benches/scenario.json; `plan`: the criterion bench\'s input, rebuilt in Node; native = criterion median, release profile; Wasm = median per call over batches in Node, through the wasm-bindgen glue; the two sides taken minutes apart, so on a shared machine the ratio here drifts with it: the next table takes them back to back)');
say();
say('| call | native | Wasm in Node | boundary + Wasm overhead | Wasm / native |');
say('|---|--:|--:|--:|--:|');
for (const [name, native, wasm] of [
  ['`advise`', crit('advise'), node?.advise?.medianNs],
  ['`costCurve`, 512 points', crit('cost_curve', '512'), node?.costCurve512?.medianNs],
  ...[['1x1', '1 destination, 1 VPC'], ['10x100', '10 destinations, 100 VPCs'], ['50x1000', '50 destinations, 1,000 VPCs']]
    .map(([id, what]) => [`\`plan\`, ${what}`, crit('plan', id), node?.plan?.[id]?.medianNs]),
]) {
  const ratio = native && wasm ? `${(wasm / native).toFixed(1)}×` : 'n/a';
  say(`| ${name} | ${dur(native)} | ${dur(wasm)} | ${native && wasm ? dur(wasm - native) : 'n/a'} | ${ratio} |`);
}
say();
const backToBack = readJson(join(dir, 'ratio.json'));
say('**Wasm / native, each call\'s two sides timed back to back** — the figure the ≤ 5× target is judged by (`scripts/bench/ratio.mjs`: ' +
  `${backToBack?.rounds ?? 'n/a'} rounds; in each, the native core's median wall time per call over 25 batches ` +
  '(`examples/cpu_calls.rs`), then the Wasm\'s over 15 batches in Node, and their ratio; the median and range of the rounds\' ratios)');
say();
say('| call | native (median of rounds) | Wasm in Node (median of rounds) | Wasm / native: median of rounds | range |');
say('|---|--:|--:|--:|--:|');
for (const [name, id] of [['`advise`', 'advise'], ['`plan`, 1 × 1', 'plan/1x1'], ['`plan`, 10 × 100', 'plan/10x100'],
  ['`plan`, 50 × 1,000', 'plan/50x1000']]) {
  const r = backToBack?.[id];
  say(r ? `| ${name} | ${dur(r.nativeUs * 1e3)} | ${dur(r.wasmUs * 1e3)} | **${r.ratio.toFixed(1)}×** | ${r.min.toFixed(1)}–${r.max.toFixed(1)}× |`
    : `| ${name} | n/a | n/a | n/a | n/a |`);
}
say();
say('**`costCurve` growth** (native, criterion medians)');
say();
say('| points | median | per point |');
say('|--:|--:|--:|');
const sweep = [64, 128, 256, 512, 1024, 2048].map((p) => [p, crit('cost_curve', String(p))]);
for (const [p, t] of sweep) say(`| ${p} | ${dur(t)} | ${t ? dur(t / p) : 'n/a'} |`);
const [first, last] = [sweep[0], sweep[sweep.length - 1]];
if (first[1] && last[1]) {
  say();
  say(`time(${last[0]}) / time(${first[0]}) = ${(last[1] / first[1]).toFixed(1)} (linear: ${last[0] / first[0]}).`);
}
say();
say('**`plan`** (native, criterion medians; destinations × VPCs; must stay under 1 ms at 50 × 1,000)');
say();
say('| destinations | 1 VPC | 100 VPCs | 1,000 VPCs |');
say('|--:|--:|--:|--:|');
for (const d of [1, 10, 50]) {
  say(`| ${d} | ${[1, 100, 1000].map((v) => dur(crit('plan', `${d}x${v}`))).join(' | ')} |`);
}
process.stdout.write(lines.join('\n') + '\n');
