// <vpce-advisor> and mount(el, options): the widget's whole shell.
//
// The JS decides nothing. It turns attributes, options and the reader's edits into a Scenario
// (type conversion only), hands it to the Wasm's advise()/costCurve(), and draws what comes
// back with DOM APIs. Rust validates; its error code and message are shown in the widget,
// and the last good result stays on screen. The Wasm is loaded once per page; each instance
// keeps its own state and removes its listeners in destroy().
//
// Importing this module is safe where there is no DOM (server-side rendering): nothing at the
// top level touches window, document or customElements.

import { h, fill, link, usd, price, qty, volume, unitOf, UNITS, camel } from './format.js';
import { chart } from './chart.js';
import { wasmBytes } from './wasm-source.js';
// A static import, so that bundlers include the glue; only trap recovery loads a fresh copy.
import * as glue from './pkg/vpce_advisor.js';

// Option names come from the Wasm (catalog().options); filled in by load().
const NAMES = {};
const name = (k) => NAMES[k] || String(k);
// Where the scenario has no documented private path, the tree's answer is the closest one.
const lead = (a) => (a.options.some((o) => o.kind === a.recommendation && !o.eligible) ? 'Closest private option: ' : 'Recommended: ');
const shortName = (k) => name(k).replace(/ \(.*\)| endpoints?/g, '');
const SOURCES = {
  'same-vpc': 'The same VPC',
  'peered-vpc': 'A peered VPC',
  'transit-gateway': 'VPCs behind a Transit Gateway',
  'on-premises': 'On-premises (VPN or Direct Connect)',
  'other-region': 'Another Region',
};
const YESNO = {
  allowInternetPath: 'May the traffic take the service’s public endpoint through a NAT or internet gateway?',
  requireSecurityGroups: 'Must security groups at the endpoint control access?',
  requirePrivateIps: 'Must clients reach the service at private IP addresses?',
  hasNatGateway: 'Do NAT gateways already exist for other egress?',
};

// Attributes are the Scenario's fields in kebab-case; only their types are converted here.
const NUM = ['gb-per-month', 'hours-per-month', 'az-count', 'endpoint-count', 'nat-gateway-count', 'peak-gbps', 'remote-traffic-percent'];
const BOOL = ['has-nat-gateway', 'allow-internet-path', 'require-security-groups', 'require-private-ips'];
const LIST = ['traffic-from', 'aws-services'];
export const ATTRIBUTES = ['service', 'region', 'service-region', ...LIST, ...NUM, ...BOOL];

/** An attribute's text as the Scenario value it stands for; what cannot be converted is passed on for Rust to reject by name. */
export function fromAttribute(attr, v) {
  if (v == null) return undefined;
  if (LIST.includes(attr)) return v.split(/[\s,]+/).filter(Boolean);
  if (BOOL.includes(attr)) return v === '' || v === 'true' ? true : v === 'false' ? false : v;
  if (NUM.includes(attr)) return /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(v) ? Number(v) : v;
  return v;
}

// The volume slider's stops: 1-2-5 steps in GB, TB and PB, 1 GB to 10 PB.
const STOPS = [1, 1024, 1048576].flatMap((u) => [1, 2, 5, 10, 20, 50, 100, 200, 500].map((m) => u * m)).filter((g) => g <= 10485760);
const stopOf = (gb) => STOPS.reduce((best, g, i) => (Math.abs(Math.log(g / Math.max(gb, 0.5))) < Math.abs(Math.log(STOPS[best] / Math.max(gb, 0.5))) ? i : best), 0);
// What the empty number fields show: the core's documented defaults (design.md).
const SHOWN = { azCount: 2, endpointCount: 1, hoursPerMonth: 730, remoteTrafficPercent: 50 };
const CURVE = { fromGb: 1, toGb: 10485760 };

let wasm;

/**
 * Test hook, off in normal use: set `testing.trapNext = true` and the next call into the Wasm
 * throws `WebAssembly.RuntimeError('unreachable')`, as a trap (a panic, in a release build) would.
 */
export const testing = { trapNext: false };

/** A fresh copy of the glue (its own module-level state) over a new instance of the compiled Wasm. */
async function instantiate(W) {
  const m = W.n ? await import(/* webpackIgnore: true */ /* @vite-ignore */ new URL('./pkg/vpce_advisor.js', import.meta.url).href + '?' + W.n) : glue;
  return { m, x: await m.default({ module_or_path: W.module }) };
}

/**
 * Loads, compiles and starts the Wasm once per page, however many widgets there are. Resolves to
 * the shared `{ m, x, cat, tree, cmp }`: `m` the glue's exports, `x` the Wasm's (`x.memory`).
 */
export function load() {
  return (wasm ??= (async () => {
    const W = { module: await WebAssembly.compile(await wasmBytes()), n: 0 };
    Object.assign(W, await instantiate(W));
    Object.assign(W, { cat: W.m.catalog(), tree: W.m.decisionTree(), cmp: W.m.comparison() });
    for (const o of W.cat.options) NAMES[o.kind] = o.title;
    return W;
  })());
}

/**
 * Calls the Wasm export `f`. After a trap the instance's memory is in an unknown state, so the
 * module is instantiated afresh (once, however many widgets notice) for every later call.
 */
function call(W, f, ...args) {
  try {
    if (testing.trapNext) throw (testing.trapNext = false, new WebAssembly.RuntimeError('unreachable'));
    return W.m[f](...args);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) W.fix ??= instantiate({ ...W, n: ++W.n }).then((r) => Object.assign(W, r), () => {}).finally(() => { W.fix = null; });
    throw e;
  }
}

/** A failed load, in words the site's owner can act on. */
function loadFailure(e) {
  const t = String((e && e.message) || e);
  if (globalThis.location?.protocol === 'file:') return ['file-protocol', 'Browsers do not load WebAssembly from file:// pages: serve the page over http(s), or use the single-file build.'];
  if (/unsafe-eval|disallowed|Content Security/i.test(t)) return ['csp-blocked', 'This site’s Content-Security-Policy blocks WebAssembly: add \'wasm-unsafe-eval\' to its script-src.'];
  if (/MIME|magic|expected/i.test(t)) return ['wasm-invalid', 'The server did not send the widget’s .wasm file (check its path, and that .wasm is served as application/wasm).'];
  return ['load-failed', 'The widget’s files could not be loaded; pkg/ must be deployed beside vpce-advisor.js. (' + t + ')'];
}

const codeOf = (e) => (e && e.code) || (e instanceof globalThis.WebAssembly?.RuntimeError ? 'wasm-trap' : 'script-error');

/** Keeps only JSON-shaped values from an untrusted source (the URL): strings, finite numbers, booleans, lists of strings. */
function plain(o) {
  const out = {};
  if (!o || typeof o !== 'object' || Array.isArray(o)) return out;
  for (const [k, v] of Object.entries(o)) {
    if (!/^[a-zA-Z]{1,32}$/.test(k)) continue;
    if ((typeof v === 'string' && v.length <= 64) || typeof v === 'boolean' || (typeof v === 'number' && isFinite(v))) out[k] = v;
    else if (Array.isArray(v) && v.length <= 200 && v.every((x) => typeof x === 'string' && x.length <= 64)) out[k] = v;
  }
  return out;
}

/**
 * Draws the advisor into `el` (in its shadow root) and returns `{ update(options), destroy() }`.
 * `options`: Scenario fields (camelCase), plus `theme` ("light" | "dark" | "auto") and `syncUrl`.
 */
export function mount(el, options = {}) {
  const root = el.shadowRoot || el.attachShadow({ mode: 'open' });
  const ac = new AbortController();
  const on = (target, type, f) => target.addEventListener(type, f, { signal: ac.signal });
  const st = { scen: {}, last: null, unit: null, frame: 0, dead: false, sync: false, ns: 'vpce' + (el.id ? '-' + el.id : ''), curves: new Map(), drawn: {} };
  // A closed <details>' body is built when it is opened, not on every change (see `later`).
  const pending = new WeakMap();
  let w, ui, resize;

  const box = h('div', { class: 'box', part: 'box' }, h('p', { class: 'muted' }, 'Loading the VPC endpoint advisor…'));
  // The literal new URL('…', import.meta.url) is what bundlers recognise as an asset to ship.
  root.replaceChildren(h('link', { rel: 'stylesheet', href: new URL('./vpce-advisor.css', import.meta.url).href }), box);

  function merge(o) {
    for (const [k, v] of Object.entries(o || {})) {
      if (k === 'theme') v ? el.setAttribute('theme', v) : el.removeAttribute('theme');
      else if (k === 'syncUrl') st.sync = v != null && v !== false;
      else if (v == null) delete st.scen[k];
      else st.scen[k] = v;
    }
  }
  merge(options);
  if (st.sync) {
    try {
      const part = location.hash.slice(1).split('&').find((p) => p.startsWith(st.ns + '='));
      if (part) merge(plain(JSON.parse(decodeURIComponent(part.slice(st.ns.length + 1)))));
    } catch { /* a hash that is not ours or not valid JSON is ignored */ }
  }

  const schedule = () => { if (!st.dead && w && !st.frame) st.frame = requestAnimationFrame(frame); };
  function frame() {
    st.frame = 0;
    try { render(); } catch (e) { fail(e); }
  }

  function fail(e) {
    const code = codeOf(e);
    fill(ui.err, h('strong', null, code), ': ', String((e && e.message) || e), e && e.field ? ' (' + e.field + ')' : '');
  }

  load().then((x) => { if (!st.dead) { w = x; try { build(); schedule(); } catch (e) { fill(box, h('p', { class: 'err', role: 'alert' }, codeOf(e) + ': ' + e.message)); } } },
    (e) => { if (!st.dead) { const [code, msg] = loadFailure(e); fill(box, h('p', { class: 'err', role: 'alert', part: 'error' }, h('strong', null, code), ': ', msg)); } });

  // ---- the parts that are built once: controls, questions, tree overview, comparison, footer
  function build() {
    const { cat, tree, cmp } = w;
    const field = (label, input, q) => h('label', { class: 'field', 'data-q': q }, h('span', null, label), input);
    const number = (f, min, max, step = 1) => h('input', { type: 'number', 'data-f': f, min, max, step, inputmode: 'decimal' });
    const range = h('input', { type: 'range', min: 0, max: STOPS.length - 1, step: 1, 'data-f': 'gbRange', id: 'gb-range' });
    const num = h('input', { type: 'number', min: 0, step: 'any', 'data-f': 'gbNum', 'aria-label': 'Data per month, in the unit beside it', inputmode: 'decimal' });
    const unit = h('select', { 'data-f': 'gbUnit', 'aria-label': 'Unit of data per month' }, Object.keys(UNITS).map((u) => h('option', { value: u }, u)));
    const regions = (first) => [first && h('option', { value: '' }, first), cat.regions.map((r) => h('option', { value: r.code }, r.name + ' (' + r.code + ')'))];
    const controls = h('form', { class: 'controls', part: 'controls' },
      h('h3', null, 'Cost inputs'),
      h('div', { class: 'vol' }, h('label', { for: 'gb-range' }, 'Data processed per month'), range, h('span', { class: 'pair' }, num, unit)),
      field('Region', h('select', { 'data-f': 'region' }, regions())),
      field('Availability Zones per endpoint', number('azCount', 1, 6)),
      field('Interface endpoints', number('endpointCount', 1, 1000)),
      field('NAT gateways on the public path', Object.assign(number('natGatewayCount', 0, 100), { placeholder: '1 per AZ' })),
      field('Hours per month', number('hoursPerMonth', 1, 744)));

    const rootQ = tree.nodes.find((n) => n.id === tree.root);
    const fs = (f, legend, ...kids) => h('fieldset', { 'data-q': f }, h('legend', null, legend), ...kids);
    const choice = (type, f, value, label) => h('label', { class: 'opt' }, h('input', { type, name: f, value, 'data-f': f }), ' ', label);
    const questions = h('form', { class: 'questions', part: 'questions' },
      h('h3', null, 'Your setup'),
      // The service answers are the tree's first question's.
      fs('service', rootQ.question, rootQ.answers.map((a) => choice('radio', 'service', a.set.value, a.label))),
      h('div', { class: 'when-aws' }, field('Which AWS services? (PrivateLink names such as sqs kms ecr.api)', h('input', { type: 'text', 'data-f': 'awsServices', autocomplete: 'off', spellcheck: 'false' }))),
      fs('trafficFrom', 'Where are the clients?', Object.entries(SOURCES).map(([v, l]) => choice('checkbox', 'trafficFrom', v, l))),
      h('div', { class: 'when-mixed' }, field('Percent of the data from outside the VPC', number('remoteTrafficPercent', 0, 100, 'any'))),
      field('Where does the service live?', h('select', { 'data-f': 'serviceRegion' }, regions('In the same Region')), 'serviceRegion'),
      Object.entries(YESNO).map(([f, q]) => fs(f, q, choice('radio', f, 'true', 'Yes'), choice('radio', f, 'false', 'No'))),
      field('Peak throughput in Gbps (optional)', number('peakGbps', 0, 100000, 'any')));

    // The whole tree, one entry per node (it is a graph: several answers lead to the same
    // question, so nesting would repeat and deepen it). Each answer says where it leads; one that
    // carries a scenario change (`set`) is a button that makes it.
    const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
    const marks = new Map();
    const titleOf = (n) => (n ? n.question || name(n.leaf.recommendation) + ': ' + n.leaf.text : '');
    const treeList = h('ol', { class: 'tree' }, tree.nodes.map((n) => {
      const li = h('li', null);
      marks.set(n.id, li);
      if (n.question) {
        li.append(h('span', { class: 'q' }, n.question), h('ul', null, n.answers.map((a) => {
          if (a.set) n.field = a.set.field;
          const ali = h('li', null, a.set
            ? h('button', { type: 'button', class: 'a', 'data-set': JSON.stringify(a.set) }, a.label)
            : h('span', { class: 'a' }, a.label), h('span', { class: 'next' }, ' → ' + titleOf(nodes.get(a.next))));
          marks.set(n.id + '\n' + a.label, ali);
          return ali;
        })));
      } else {
        li.append(h('span', { class: 'leaf' }, titleOf(n)), h('ul', { class: 'why' }, n.leaf.reasons.map((r) => h('li', null, r.text + ' ', link(r.source, 'source')))));
      }
      return li;
    }));

    // The comparison: every cell is `{ text, source, unverified? }`; a cell the research could not
    // confirm says so in words, and a cell sourced elsewhere than its row links its own page.
    const cell = (c, row) => h('td', { class: c.unverified ? 'unv' : null },
      c.unverified && !/unverified/i.test(c.text) ? 'Unverified: ' + c.text : c.text,
      c.source !== row.source && [' ', link(c.source, 'source')]);
    const comparison = scroller('Comparison of endpoint types', h('table', { class: 'cmp' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Feature'), cmp.options.map((o) => h('th', { scope: 'col' }, o.title)), h('th', { scope: 'col' }, 'Source'))),
      h('tbody', null, cmp.rows.map((r) => h('tr', null, h('th', { scope: 'row' }, r.feature), cmp.options.map((o) => cell(r.values[o.kind], r)), h('td', null, link(r.source, 'source')))))));

    ui = {
      range, num, unit, marks, nodes,
      status: h('section', { class: 'verdict', role: 'status', part: 'verdict' }),
      err: h('p', { class: 'err', role: 'alert', part: 'error' }),
      chart: h('div', { class: 'chart' }),
      table: h('div', null),
      bill: h('div', null),
      others: h('div', null),
      othersSum: h('summary', null),
      tableBox: null, othersBox: null,
      reasons: h('div', null),
      path: h('ol', { class: 'path' }),
      pathSum: h('summary', null),
      copied: h('span', { class: 'muted', role: 'status' }),
    };
    const section = (title, ...kids) => h('section', null, h('h3', null, title), ...kids);
    // Open: what answers "which endpoint, and what will it cost?". Behind a summary line: the rest.
    const more = (sum, ...kids) => h('details', null, typeof sum === 'string' ? h('summary', null, sum) : sum, ...kids);
    const nq = tree.nodes.filter((n) => n.question).length;
    fill(box,
      ui.status, ui.err,
      h('div', { class: 'cols' }, controls, questions),
      section('Cost against data per month', ui.chart, ui.tableBox = more('The chart’s numbers as a table', ui.table)),
      section('The recommended option’s bill', ui.bill, ui.othersBox = more(ui.othersSum, ui.others)),
      section('Why', ui.reasons, more(ui.pathSum, ui.path)),
      section('More detail',
        h('details', { class: 'overview' }, h('summary', null, 'The whole decision tree: ' + nq + ' questions, ' + (tree.nodes.length - nq) + ' outcomes, your path marked'), treeList),
        more('How the endpoint types compare: ' + cmp.rows.length + ' features of ' + cmp.options.length + ' options, with sources', comparison)),
      h('footer', { part: 'footer' },
        h('p', null, 'vpce-advisor ' + cat.version + ' · prices as of ' + cat.asOf + ' (' + cat.currency + ', before tax) · ', h('span', { class: 'tools' },
          st.sync && h('button', { type: 'button', 'data-act': 'link' }, 'Copy link'), ' ',
          h('button', { type: 'button', 'data-act': 'md' }, 'Copy as Markdown'), ' ', ui.copied)),
        h('details', null, h('summary', null, 'Price sources'), h('ul', null, cat.sources.map((x) => h('li', null, link(x.url, x.title), ' (' + x.classTitle + ', as of ' + x.asOf + ')'))))));

    on(root, 'input', edit);
    on(root, 'change', edit);
    // `toggle` does not bubble: caught on its way down instead.
    root.addEventListener('toggle', (e) => {
      const make = e.target.open && pending.get(e.target);
      if (make) { pending.delete(e.target); make(); }
    }, { capture: true, signal: ac.signal });
    on(range, 'keydown', (e) => {
      // Page Up/Down move a decade (three 1-2-5 stops); arrows move one stop.
      const d = { PageUp: 3, PageDown: -3 }[e.key];
      if (!d) return;
      e.preventDefault();
      range.value = Math.min(STOPS.length - 1, Math.max(0, +range.value + d));
      edit({ target: range });
    });
    on(root, 'click', (e) => {
      const t = e.target.closest && e.target.closest('button');
      if (!t) return;
      if (t.dataset.set) { try { apply(JSON.parse(t.dataset.set)); } catch (x) { fail(x); } }
      if (t.dataset.act) copy(t.dataset.act);
    });
    if (globalThis.ResizeObserver) {
      let width = 0;
      resize = new ResizeObserver(() => { if (Math.abs(el.clientWidth - width) > 8) { width = el.clientWidth; schedule(); } });
      resize.observe(el);
    }
    syncControls();
  }

  /** A tree answer's scenario change: `{ field, value }`, `{ field, add }`, `{ field, remove }` or `{ field, pick }`. */
  function apply(set) {
    const f = set.field;
    if (typeof f !== 'string' || !/^[a-zA-Z]{1,32}$/.test(f)) return;
    const list = Array.isArray(st.scen[f]) ? st.scen[f] : f === 'trafficFrom' ? ['same-vpc'] : [];
    if (set.pick) { const c = root.querySelector('[data-f="' + f + '"]'); if (c) c.focus(); return; }
    if ('value' in set) set.value == null ? delete st.scen[f] : (st.scen[f] = set.value);
    if (Array.isArray(set.add)) st.scen[f] = [...new Set([...list, ...set.add])];
    if (Array.isArray(set.remove)) st.scen[f] = (st.scen[f] || list).filter((x) => !set.remove.includes(x));
    st.note = null;
    syncControls();
    schedule();
  }

  const q = (sel) => ui && [...root.querySelectorAll(sel)];

  /** Puts the scenario's values into the controls (after attributes, options or a tree click changed it). */
  function syncControls() {
    const sc = st.scen;
    for (const i of q('[data-f]')) {
      const f = i.dataset.f;
      if (f.startsWith('gb')) continue;
      const v = sc[f];
      if (i.type === 'radio') i.checked = String(v ?? (f === 'service' ? '' : 'false')) === i.value;
      else if (i.type === 'checkbox') i.checked = (Array.isArray(v) ? v : ['same-vpc']).includes(i.value);
      else if (i !== root.activeElement) i.value = Array.isArray(v) ? v.join(' ') : v ?? SHOWN[f] ?? '';
    }
    syncVolume(true);
  }

  function syncVolume(all) {
    const gb = typeof st.scen.gbPerMonth === 'number' ? st.scen.gbPerMonth : 100;
    ui.range.value = stopOf(gb);
    ui.range.setAttribute('aria-valuetext', volume(gb) + ' per month');
    if (all) {
      const u = st.unit || unitOf(gb);
      ui.unit.value = u;
      if (root.activeElement !== ui.num) ui.num.value = +(gb / UNITS[u]).toFixed(6);
    }
  }

  function edit(e) {
    const t = e.target, f = t.dataset && t.dataset.f;
    if (!f || (e.type === 'change' && /^(number|range|text)$/.test(t.type))) return;
    const n = t.valueAsNumber;
    if (f === 'gbRange') {
      const gb = STOPS[+t.value];
      st.unit = unitOf(gb);
      st.scen.gbPerMonth = gb;
      ui.unit.value = st.unit;
      ui.num.value = gb / UNITS[st.unit];
    } else if (f === 'gbNum' || f === 'gbUnit') {
      st.unit = ui.unit.value;
      const v = ui.num.valueAsNumber;
      st.scen.gbPerMonth = isFinite(v) ? v * UNITS[st.unit] : ui.num.value;
    } else if (f === 'trafficFrom') st.scen.trafficFrom = q('input[data-f=trafficFrom]').filter((i) => i.checked).map((i) => i.value);
    else if (f === 'awsServices') st.scen.awsServices = t.value.split(/[\s,]+/).filter(Boolean);
    else if (t.type === 'number') {
      if (t.value === '' && f === 'peakGbps') delete st.scen[f];
      else st.scen[f] = isFinite(n) ? n : t.value;
    } else if (t.type === 'radio' && f !== 'service') st.scen[f] = t.value === 'true';
    else if (t.value === '') delete st.scen[f];
    else st.scen[f] = t.value;
    syncVolume(false);
    st.note = null;
    schedule();
  }

  // ---- what is drawn on every change
  function render() {
    if (!ui) return;
    if (w.fix) { w.fix.then(schedule); return; }
    const { cat } = w;
    let adv, curve, table, note, key;
    for (let tries = 0; ; tries++) {
      try {
        adv = call(w, 'advise', { ...st.scen });
        // The curves do not depend on gbPerMonth (the slider's value): one pair per rest-of-scenario.
        key = JSON.stringify(Object.keys(st.scen).sort().filter((k) => k !== 'gbPerMonth').map((k) => [k, st.scen[k]]));
        [curve, table] = st.curves.get(key) || [];
        if (!curve) {
          curve = call(w, 'costCurve', { ...st.scen }, { ...CURVE, points: 64 });
          table = call(w, 'costCurve', { ...st.scen }, { ...CURVE, points: 8 });
          if (st.curves.size >= 32) st.curves.clear();
          st.curves.set(key, [curve, table]);
        }
        break;
      } catch (e) {
        // Keep the last good result. On the first draw, fall back to the default of the field at
        // fault so the reader sees something, and say so.
        if (st.last || tries > 20 || !e || !e.code || !e.field) { fail(e); return; }
        note = note || e;
        if (e.field === 'service') st.scen.service = 's3';
        else delete st.scen[e.field];
      }
    }
    if (note) { st.note = note; syncControls(); }
    if (st.note) fail(st.note); else fill(ui.err);
    st.last = adv;
    const opts = adv.options;
    const gb = typeof st.scen.gbPerMonth === 'number' ? st.scen.gbPerMonth : 100;
    const region = cat.regions.find((r) => r.code === adv.region);
    const rec = adv.recommendation;
    const sc = st.scen;
    box.classList.toggle('aws', sc.service === 'aws-service');
    const tf = Array.isArray(sc.trafficFrom) ? sc.trafficFrom : ['same-vpc'];
    box.classList.toggle('mixed', tf.includes('same-vpc') && tf.length > 1);

    // The verdict: one sentence, each option's monthly cost, the price context beside it.
    const count = (f, one, many) => (typeof sc[f] === 'number' ? ', ' + sc[f] + ' ' + (sc[f] === 1 ? one : many) : '');
    const context = 'For ' + volume(gb) + ' per month in ' + (region ? region.name + ' (' + adv.region + ')' : adv.region) +
      count('azCount', 'AZ', 'AZs') + count('endpointCount', 'endpoint', 'endpoints') + count('hoursPerMonth', 'hour', 'hours') +
      ' · prices as of ' + adv.pricesAsOf + ' (' + adv.currency + ')';
    // Eligible options with their cost first; the others after them, muted, with why not (the
    // cost model prices them anyway: what the NAT path would cost is worth knowing).
    const all = sorted(opts, rec), ok = all.filter((o) => o.eligible), no = all.filter((o) => !o.eligible);
    fill(ui.status,
      h('p', { class: 'summary' }, h('strong', null, lead(adv) + name(rec) + '. '), adv.summary),
      h('ul', { class: 'costs' }, ok.map((o) => h('li', { class: o.kind === rec ? 'rec' : '' },
        h('span', null, name(o.kind) + (o.kind === rec ? ' (recommended)' : '')), h('span', { class: 'num' }, usd(o.monthlyUsd) + ' a month')))),
      no.length > 0 && h('div', { class: 'nots' }, 'Not possible here (priced for comparison):', h('ul', null, no.map((o) => h('li', null,
        h('span', { class: 'nm' }, name(o.kind)), ' ', h('span', { class: 'num' }, usd(o.monthlyUsd)), o.whyNot && ' — ' + o.whyNot)))),
      h('p', { class: 'ctx' }, context),
      adv.breakEvenGbPerMonth != null && h('p', { class: 'be' }, 'An interface endpoint costs less than the NAT path above ' + volume(adv.breakEvenGbPerMonth) + ' per month.'),
      adv.warnings.length > 0 && h('ul', { class: 'warn' }, adv.warnings.map((x) => h('li', { 'data-code': x.code }, h('strong', null, 'Note: '), x.text))));

    // What follows only changes with more than the volume: redrawn only when its inputs change.
    const dr = st.drawn;
    const changed = (part, k) => dr[part] !== k && (dr[part] = k, true);
    if (changed('why', JSON.stringify([adv.reasons, adv.path, adv.leaf]))) {
      fill(ui.reasons, adv.reasons.length ? h('ul', { class: 'reasons' }, adv.reasons.map((r) => h('li', null, r.text + ' ', link(r.source, 'AWS documentation')))) : h('p', { class: 'muted' }, 'No reasons given.'));
      fill(ui.path, adv.path.map((p) => h('li', null, p.question + ' ', h('strong', null, p.answer))));

      // The path through the tree, marked on the overview and on the questions it asked.
      for (const li of root.querySelectorAll('.on')) li.classList.remove('on'), li.removeAttribute('aria-current');
      const fields = new Set();
      const mark = (x) => x && (x.classList.add('on'), x.setAttribute('aria-current', 'step'));
      for (const p of adv.path) {
        mark(ui.marks.get(p.nodeId));
        const node = ui.nodes.get(p.nodeId);
        if (node && node.field) fields.add(node.field);
        mark(ui.marks.get(p.nodeId + '\n' + p.answer));
      }
      mark(ui.marks.get(adv.leaf));
      for (const f of q('[data-q]')) f.classList.toggle('on', fields.has(f.dataset.q));
      fill(ui.pathSum, 'Your path through the decision tree: ' + adv.path.length + ' answers');
    }

    // The chart and its table. On a volume-only change only the "you" marker and its dots move.
    const series = curve.series.filter((x) => x.eligible && x.points.length);
    const width = Math.max(300, Math.min(900, (el.clientWidth || 700) - 34));
    const dots = opts.filter((o) => o.eligible).map((o) => ({ kind: o.kind, usd: o.monthlyUsd }));
    if (changed('chart', key + width + ' ' + adv.breakEvenGbPerMonth)) {
      ui.plot = series.length && chart(series, { width, gb, breakEven: adv.breakEvenGbPerMonth, name: shortName, dots });
      fill(ui.chart, ui.plot ? ui.plot.node : h('p', { class: 'muted' }, 'No cost curve for this scenario.'));
    } else if (ui.plot) ui.plot.move(gb, dots);
    const ts = table.series.filter((x) => x.eligible);
    if (changed('table', key + adv.currency)) later(ui.tableBox, () => fill(ui.table, ts.length ? scroller('Cost by data per month', h('table', null,
      h('caption', null, 'Monthly cost (' + adv.currency + ') by data processed per month'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Data per month'), ts.map((x) => h('th', { scope: 'col' }, name(x.option))))),
      h('tbody', null, ts[0].points.map((p, i) => h('tr', null, h('th', { scope: 'row' }, volume(p[0])), ts.map((x) => h('td', { class: 'num' }, x.points[i] ? usd(x.points[i][1]) : '—'))))))) : ''));

    // One bill per option, in the infracost idiom: the recommended one open, the others folded.
    // A function: one node cannot sit under both the open bill and the folded ones.
    const usage = () => opts.some((o) => o.lines.some((l) => l.usageBased)) && h('p', { class: 'muted' }, '* usage-based: depends on the data per month above.');
    const [first, ...rest] = all;
    fill(ui.bill, first ? bill(first, true) : h('p', { class: 'muted' }, 'No costs for this scenario.'), usage());
    fill(ui.othersSum, 'The other ' + rest.length + ' options’ bills (' + rest.filter((o) => o.eligible).length + ' possible here)');
    later(ui.othersBox, () => fill(ui.others, rest.map((o) => bill(o, false)), usage()));

    if (st.sync) {
      const rest = location.hash.slice(1).split('&').filter((p) => p && !p.startsWith(st.ns + '='));
      history.replaceState(history.state, '', '#' + [...rest, st.ns + '=' + encodeURIComponent(JSON.stringify(st.scen))].join('&'));
    }
  }

  /** Runs `make` (which fills the <details> `d`) now if `d` is open, else when it is next opened. */
  function later(d, make) {
    if (d.open) { pending.delete(d); make(); } else pending.set(d, make);
  }

  function bill(o, isRec) {
    const src = (l) => (l.source != null && w.cat.sources[l.source]) || null;
    const id = 'bill-' + String(o.kind).replace(/[^a-z]/g, '-');
    return h('div', { class: 'bill' + (o.eligible ? '' : ' no'), part: 'bill' },
      h('h4', { id }, name(o.kind) + (isRec ? ' (recommended)' : '') + ': ' + (o.eligible ? usd(o.monthlyUsd) + ' a month' : 'not possible' + (o.whyNot ? ': ' + o.whyNot : ''))),
      scroller('Bill for ' + name(o.kind), h('table', { 'aria-labelledby': id },
      h('thead', null, h('tr', null, ['Component', 'Quantity', 'Unit', 'Unit price', 'Monthly cost'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, o.lines.map((l) => h('tr', null,
        h('th', { scope: 'row' }, l.label + (l.usageBased ? ' *' : '')),
        h('td', { class: 'num' }, qty(l.quantity)),
        h('td', null, l.unit),
        h('td', { class: 'num' }, l.unitUsd === 0 ? 'free' : src(l) ? Object.assign(link(src(l).url, price(l.unitUsd)), { title: src(l).citation }) : price(l.unitUsd)),
        h('td', { class: 'num' }, l.usd === 0 ? 'free' : usd(l.usd), l.verified === false && h('span', { class: 'unv', title: 'This price could not be confirmed from an AWS source.' }, ' unverified'))))),
      h('tfoot', null, h('tr', null, h('th', { scope: 'row', colspan: 4 }, 'Total'), h('td', { class: 'num' }, usd(o.monthlyUsd)))))),
    o.lines.length > 0 && calc(o));
  }

  /** A bill's "Show calculation", its list built when first opened. */
  function calc(o) {
    const ul = h('ul', { class: 'calc' }), d = h('details', null, h('summary', null, 'Show calculation'), ul);
    later(d, () => fill(ul, o.lines.map((l) => h('li', null, l.label + ': ' + qty(l.quantity) + ' ' + l.unit + ' × ' + price(l.unitUsd) + ' = ' + usd(l.usd))),
      h('li', null, 'Total: ' + o.lines.map((l) => usd(l.usd)).join(' + ') + ' = ' + usd(o.monthlyUsd))));
    return d;
  }

  async function copy(what) {
    const a = st.last;
    let text = location.href;
    if (what === 'md' && a) {
      const esc = (x) => String(x).replace(/[|\\]/g, '\\$&');
      text = ['**' + lead(a) + name(a.recommendation) + '.** ' + esc(a.summary), '',
        'Region ' + a.region + ' · ' + volume(typeof st.scen.gbPerMonth === 'number' ? st.scen.gbPerMonth : 100) + ' per month · prices as of ' + a.pricesAsOf + ' (' + a.currency + ')', '',
        '| Option | Monthly cost |', '|---|---:|',
        ...sorted(a.options, a.recommendation).map((o) => '| ' + esc(name(o.kind)) + (o.kind === a.recommendation ? ' (recommended)' : '') + ' | ' + (o.eligible ? usd(o.monthlyUsd) : 'not possible') + ' |')].join('\n');
    }
    try { await navigator.clipboard.writeText(text); ui.copied.textContent = 'Copied.'; } catch { ui.copied.textContent = 'Copying was not allowed by the browser.'; }
  }

  return {
    update(o) { merge(o); st.note = null; if (ui) syncControls(); schedule(); },
    destroy() {
      st.dead = true;
      ac.abort();
      cancelAnimationFrame(st.frame);
      if (resize) resize.disconnect();
      root.replaceChildren();
    },
  };
}

/** Eligible options first, the recommended one at the top, then by cost. */
const sorted = (opts, rec) => [...opts].sort((a, b) => (b.kind === rec) - (a.kind === rec) || b.eligible - a.eligible || a.monthlyUsd - b.monthlyUsd);

/** A wide table in a region that scrolls sideways on a narrow screen (and can be focused to scroll by keyboard). */
const scroller = (label, table) => h('div', { class: 'scroll', role: 'group', 'aria-label': label, tabindex: 0 }, table);

const Base = globalThis.HTMLElement || class {};

/** `<vpce-advisor service="s3" gb-per-month="5000" traffic-from="same-vpc on-premises">`. */
export class VpceAdvisor extends Base {
  static get observedAttributes() { return [...ATTRIBUTES, 'theme', 'sync-url']; }
  #options = {};
  #handle = null;
  get options() { return this.#options; }
  set options(o) { this.#options = { ...o }; this.#handle?.update(this.#config()); }
  #config() {
    const c = { ...this.#options };
    for (const a of ATTRIBUTES) if (this.hasAttribute(a)) c[camel(a)] = fromAttribute(a, this.getAttribute(a));
    c.syncUrl = this.hasAttribute('sync-url') || this.#options.syncUrl;
    return c;
  }
  connectedCallback() {
    // `el.options = …` set before the element was upgraded lands on the instance; take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'options')) { const o = this.options; delete this.options; this.options = o; }
    if (!this.#handle) this.#handle = mount(this, this.#config());
  }
  disconnectedCallback() { this.#handle?.destroy(); this.#handle = null; }
  attributeChangedCallback(attr, old, value) {
    if (!this.#handle || old === value || attr === 'theme') return;
    this.#handle.update(attr === 'sync-url' ? { syncUrl: value != null } : { [camel(attr)]: fromAttribute(attr, value) });
  }
}

/** Registers `<vpce-advisor>` once; a no-op without a custom-element registry (server-side rendering). */
export function define(tag = 'vpce-advisor') {
  const reg = globalThis.customElements;
  if (reg && !reg.get(tag)) reg.define(tag, tag === 'vpce-advisor' ? VpceAdvisor : class extends VpceAdvisor {});
}
define();
