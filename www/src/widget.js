// mount(element, options): one instance of the advisor, drawn into the element's shadow root.
//
// The JS decides nothing. It turns attributes, options and the reader's edits into a Scenario
// (type conversion only), hands it to the Wasm's advise()/costCurve(), and draws what comes back
// with the views. Rust validates; its error code and message are shown in the widget. Each
// instance owns the box it draws (two mounts on one element never touch each other's), keeps its
// own state and removes its listeners in destroy().

import { fill, h, link, usd, volume } from './format.js';
import { optionTitles, verdictLead } from './labels.js';
import { emptyScenario, safeEntries, scenarioCopy } from './options.js';
import { codeOf, load, loadFailure } from './runtime.js';
import { adoptStyles } from './styles.js';
import { readState, shareLink, stateKey, writeState } from './url-state.js';
import { billView, usageNote } from './views/bill.js';
import { costChart, costTable } from './views/chart.js';
import { comparisonSummary, comparisonTable } from './views/comparison.js';
import { buildControls, volumeControl } from './views/controls.js';
import { readInput, showScenario } from './views/fields.js';
import { buildQuestions } from './views/questions.js';
import { buildTree, fieldsOnPath, pathSteps, reasonsList, treeIndex, treeSummary } from './views/tree.js';
import { drawVerdict, otherOptions, otherOptionsSummary, verdictMarkdown } from './views/verdict.js';
import { buildPlanEditor, destinationOf, drawPlan } from './views/plan.js';
import { patch, setText } from './patch.js';

/** The range the chart and its table cover: the volume slider's, 1 GB to 10 PB. */
const CURVE_RANGE = { fromGb: 1, toGb: 10485760 };
const CHART_POINTS = 64;
/** The table's rows: the volume slider's decade stops, 1 GB to 10 PB (binary units, as AWS's tiers). */
const TABLE_VOLUMES = [1, 10, 100, 1024, 10240, 102400, 1048576, 10485760];
const CURVE_CACHE_SIZE = 32;
/** Volumes remembered per scenario: the slider's 21 stops and some typed ones. */
const ADVICE_CACHE_SIZE = 64;
/** How long the address waits for the reader to stop moving before it is rewritten. */
const URL_WRITE_DELAY_MS = 250;
/** How long the one-sentence announcement waits for the reader to stop moving (the slider). */
const ANNOUNCE_DELAY_MS = 700;
/** The layouts: answer first with only the questions on the path (default), or everything open. */
const LAYOUTS = ['compact', 'full'];

let instances = 0;

/**
 * Per rest-of-scenario (all but the volume): the chart's curve and the break-even with running
 * NAT gateways (they do not depend on the volume), and the advice at each volume asked so far.
 * The core is a pure function of the scenario and the page has one runtime, so a slider stop
 * visited again is not asked again, by this widget or by another on the page with the same
 * scenario. What is kept is only read, never changed.
 */
const curves = new Map();

/** The Why section's inputs from an advice, as text to compare; worked out once per advice. */
const whyTexts = new WeakMap();
function whyOf(advice) {
  let text = whyTexts.get(advice);
  if (text === undefined) whyTexts.set(advice, (text = JSON.stringify([advice.reasons, advice.path, advice.leaf])));
  return text;
}

/**
 * Draws the advisor into `element` (in its shadow root) and returns `{ update(options), destroy() }`.
 * `options`: Scenario fields (camelCase), plus `theme` ("light" | "dark" | "auto") and `syncUrl`.
 */
export function mount(element, options = {}) {
  // The Wasm's download and compilation first: the rest of mount() runs while they go on.
  const loading = load();
  const root = element.shadowRoot || element.attachShadow({ mode: 'open' });
  const instance = ++instances;
  /** Ids unique to this instance, so that two instances in one shadow root never share one. */
  const ids = (name) => 'vpce' + instance + '-' + name;
  const lifetime = new AbortController();
  const listen = (target, type, handler, capture = false) =>
    target.addEventListener(type, handler, { signal: lifetime.signal, capture });

  let scenario = emptyScenario();
  /** Where each scenario field came from: 'page' (attributes, options), 'link' (the address) or 'reader'. */
  const origin = new Map();
  let lastAdvice = null;
  /** An option of the page's (or the link's) that the core rejected and the widget dropped. */
  let droppedOption = null;
  let frameRequest = 0;
  let urlTimer = 0;
  let destroyed = false;
  let syncUrl = false;
  const linkKey = stateKey(element.id);
  /** What each part was last drawn from, so that it is redrawn only when that changes. */
  const drawnFrom = {};

  /** <details> whose body is built when first opened, with the function that builds it. */
  const buildWhenOpened = new WeakMap();
  /**
   * Whether the first drawing has been painted. Until then, what it does not need waits: the
   * bodies of open sections (below it), the comparison's size, a page's whole-VPC plan.
   */
  let painted = false;
  let runtime = null;
  let built = false;
  // What build() makes and every change redraws.
  let titles, volumeInput, slider, treeLookup, verdictNode, errorNode, chartNode, plot, tableNode, tableBox;
  let reasonsNode, pathNode, pathSummary, whyBox, treeView, treeBox, chartBox;
  let comparisonBox, copiedNote, othersBox, othersSummary, othersNode, moreButton, announcer, announceTimer = 0;
  /** The announcement's words and when they are due (`announce`). */
  let toAnnounce = null, announceAt = 0;
  let layout = 'compact';
  /** The whole-VPC plan: its editor, where it draws, the destinations a page gave, the last plan. */
  let planEditor, planSection, planNode, planError, planStale, lastPlan = null;
  let givenDestinations = null;
  /** The input of the plan drawn (or rejected) last, as JSON. */
  let plannedFrom = null;
  let announced = null;
  /** Whether markField or a tree "pick" left a mark (a note, `aria-invalid`, `.show`) to clear. */
  let marked = false;
  let resizeObserver = null;
  /** The open chart's width as last measured; 0: to be measured (see render). */
  let chartWidth = 0;

  const box = h('div', { class: 'box', part: 'box' },
    h('p', { class: 'muted' }, 'Loading the VPC endpoint advisor…'));
  const fallbackStyle = adoptStyles(root);
  root.append(...[fallbackStyle, box].filter(Boolean));

  /** Merges options into the scenario, remembering where each came from (`from`). */
  function applyOptions(values, from) {
    for (const [key, value] of safeEntries(values)) {
      if (key === 'theme') {
        if (value) element.setAttribute('theme', value);
        else element.removeAttribute('theme');
      } else if (key === 'syncUrl') {
        syncUrl = value != null && value !== false;
      } else if (key === 'destinations') {
        givenDestinations = destinationList(value);
        if (built && givenDestinations) startPlan(givenDestinations);
      } else if (key === 'layout') {
        layout = LAYOUTS.includes(value) ? value : 'compact';
        if (built) showLayout();
      } else if (value == null) {
        delete scenario[key];
        origin.delete(key);
      } else {
        scenario[key] = value;
        origin.set(key, from);
      }
    }
  }
  applyOptions(options, 'page');
  if (syncUrl) applyOptions(readState(linkKey), 'link');

  const schedule = () => {
    if (!destroyed && built && !frameRequest) frameRequest = requestAnimationFrame(renderFrame);
  };
  function renderFrame() {
    frameRequest = 0;
    try {
      render();
    } catch (e) {
      showError(e);
    }
  }

  function showError(e, note) {
    fill(errorNode, h('strong', null, codeOf(e)), ': ', String((e && e.message) || e),
      e && e.field ? ' (' + e.field + ')' : '', note || '');
  }

  loading.then((loaded) => {
    if (destroyed) return;
    runtime = loaded;
    try {
      build();
      // The first drawing does not wait for the next frame: the page is waiting for it.
      cancelAnimationFrame(frameRequest);
      renderFrame();
      // The rest once that frame is painted (a task queued from its animation frame runs after
      // it), each open section in a task of its own so that the page stays responsive.
      requestAnimationFrame(() => setTimeout(() => {
        painted = true;
        setText(comparisonBox.firstChild, comparisonSummary(runtime.comparison));
        if (givenDestinations && planSection.hidden) startPlan(givenDestinations);
        for (const details of box.querySelectorAll('details[open]')) setTimeout(fillIfOpen, 0, details);
      }));
    } catch (e) {
      fill(box, h('p', { class: 'err', role: 'alert' }, codeOf(e) + ': ' + e.message));
    }
  }, (e) => {
    if (destroyed) return;
    const [code, message] = loadFailure(e);
    fill(box, h('p', { class: 'err', role: 'alert', part: 'error' }, h('strong', null, code), ': ', message));
  });

  /**
   * Runs `make` (which fills the <details> `details`) now if it is open, else when it is next
   * opened; an open one before the first paint, once it is painted.
   */
  function later(details, make) {
    buildWhenOpened.set(details, make);
    if (painted) fillIfOpen(details);
  }

  /** Builds the body `later` left for `details` if it is open. */
  function fillIfOpen(details) {
    const make = details.open && buildWhenOpened.get(details);
    if (!make) return;
    buildWhenOpened.delete(details);
    make();
  }

  // ---- built once: controls, questions, the sections; the tree and comparison when opened
  function build() {
    const { catalog, tree } = runtime;
    const controls = buildControls(catalog, runtime.fields, ids);
    const questions = buildQuestions(catalog, tree, runtime.fields);
    const details = (summary, ...body) =>
      h('details', null, typeof summary === 'string' ? h('summary', null, summary) : summary, ...body);
    titles = optionTitles(catalog);
    volumeInput = volumeControl(controls.volume);
    slider = controls.volume.slider;
    treeLookup = treeIndex(tree);
    // The verdict is not a live region (a screen reader would re-read all of it on every slider
    // step): one short sentence is announced instead, once the reader stops moving.
    verdictNode = h('section', { class: 'verdict', part: 'verdict' });
    announcer = h('p', { class: 'sr-only', role: 'status' });
    errorNode = h('p', { class: 'err', role: 'alert', part: 'error' });
    chartNode = h('div', { class: 'chart' });
    tableNode = h('div', null);
    reasonsNode = h('div', null);
    pathNode = h('ol', { class: 'path' });
    pathSummary = h('summary', null);
    othersSummary = h('summary', null);
    othersNode = h('div', null);
    othersBox = details(othersSummary, othersNode);
    treeBox = h('details', { class: 'overview' }, h('summary', null, treeSummary(tree)));
    // The comparison is read from the Wasm after the first paint, and its rows counted then.
    comparisonBox = details('How the endpoint types compare');
    copiedNote = h('span', { class: 'muted', role: 'status' });
    tableBox = details('The chart’s numbers as a table', tableNode);
    moreButton = h('button', { type: 'button', class: 'more', 'aria-expanded': 'false', 'data-act': 'more' });
    planNode = h('div', { class: 'plan-result' });
    planError = h('p', { class: 'plan-err', role: 'alert' });
    planStale = h('p', { class: 'plan-stale', hidden: true }, 'Out of date: these figures are for the last valid destinations. Correct the marked field.');
    // The editor (with its list of every PrivateLink service) is built when the section is first shown.
    planSection = h('section', { class: 'plan', hidden: true, 'aria-label': 'The whole VPC' },
      h('h3', null, 'The whole VPC: every destination'), planError, planStale, planNode);
    later(treeBox, () => {
      treeView = buildTree(tree, titles, applyTreeAnswer);
      treeBox.append(treeView.node);
      if (lastAdvice) treeView.markPath(lastAdvice);
    });
    later(comparisonBox, () => comparisonBox.append(comparisonTable(runtime.comparison)));

    // Answer first: the verdict, its bill and the other options beside the inputs and the
    // questions on the reader's path; the rest one click away.
    fill(box,
      errorNode, announcer,
      h('div', { class: 'top' },
        h('div', { class: 'answer' },
          h('p', { class: 'stale-note' }, 'Out of date: these figures are for the last valid input. Correct the marked field.'),
          verdictNode, othersBox),
        h('div', { class: 'ask' }, controls.form, questions, moreButton, ' ',
          h('button', { type: 'button', class: 'more', 'data-act': 'add-dest' }, '+ Add a destination'))),
      planSection,
      // One line of summaries; an open one takes the whole width.
      h('div', { class: 'sections' },
        chartBox = details('Cost chart', chartNode, tableBox),
        whyBox = details('Why', reasonsNode, details(pathSummary, pathNode)),
        treeBox, comparisonBox, priceSources(catalog)),
      footer(catalog));
    showLayout();

    listen(box, 'input', onEdit);
    listen(box, 'change', onEdit);
    // `toggle` does not bubble: caught on its way down instead.
    listen(box, 'toggle', (e) => painted && fillIfOpen(e.target), true);
    listen(slider, 'keydown', (e) => {
      if (!volumeInput.stepByKey(e.key)) return;
      e.preventDefault();
      onEdit({ target: slider, type: 'input' });
    });
    listen(box, 'click', (e) => {
      const button = e.target.closest && e.target.closest('button');
      if (!button || !button.dataset.act) return;
      const act = button.dataset.act;
      if (act === 'more') showMore(button.getAttribute('aria-expanded') !== 'true');
      else if (act === 'add-dest') addDestination();
      else if (act === 'remove-dest') {
        button.closest('li').remove();
        schedule();
      } else if (act.startsWith('plan-')) exportPlan(act);
      else copy(act);
    });
    if (syncUrl) listen(globalThis, 'hashchange', restoreFromLink);
    if (globalThis.ResizeObserver) {
      let width = 0;
      let measured = -1;
      resizeObserver = new ResizeObserver(() => {
        // Read here, where the layout is fresh: the chart's width is measured again when the
        // widget's width changed (not its height: the verdict grows and shrinks with the input).
        if (element.clientWidth !== measured) {
          measured = element.clientWidth;
          chartWidth = 0;
        }
        if (Math.abs(element.clientWidth - width) > 8) {
          width = element.clientWidth;
          // Only the chart is drawn to a width (a closed one is drawn when opened).
          if (chartBox.open) schedule();
        }
      });
      resizeObserver.observe(element);
    }
    built = true;
    showControls();
  }

  /** Compact: answer first, off-path questions behind "More". Full: every question and section open. */
  function showLayout() {
    box.dataset.layout = layout;
    const full = layout === 'full';
    for (const d of box.querySelectorAll('details:not(.unv-d)')) {
      if (!d.closest('.bill') && !d.closest('[role=tree]')) d.open = full;
    }
    moreButton.hidden = full;
    showMore(false);
  }

  /** Shows or hides the questions off the reader's path and the count inputs (compact layout). */
  function showMore(open) {
    box.classList.toggle('more-open', open);
    moreButton.setAttribute('aria-expanded', String(open));
    countMore();
  }

  /** "More questions (7)": what the compact layout keeps behind its button. */
  function countMore() {
    const hidden = [...box.querySelectorAll('.ask [data-q]:not(.on), .ask .extra')].length;
    fill(moreButton, box.classList.contains('more-open') ? 'Fewer questions' : 'More questions (' + hidden + ')');
  }

  /**
   * Marks the field the core's error names, beside it: the message in the field's own label words
   * (the core names the field as the caller writes it), `aria-invalid` on its input. Returns
   * whether a field was found; `null` clears every mark.
   */
  function markField(error) {
    // Nothing to clear (the usual step): no searches through the whole box.
    if (!error && !marked) {
      if (box.classList.contains('stale')) box.classList.remove('stale');
      return false;
    }
    marked = false;
    plannedFrom = null; // the plan's own marks are cleared too: it is drawn, and marked, again
    for (const input of box.querySelectorAll('[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
    for (const note of box.querySelectorAll('.field-err')) note.remove();
    for (const shown of box.querySelectorAll('.show')) shown.classList.remove('show');
    // `remove` rewrites the class attribute even when the class is absent (a DOM change).
    if (box.classList.contains('stale')) box.classList.remove('stale');
    const name = error && error.field === 'gbPerMonth' ? 'gbNum' : error && error.field;
    const inputs = name ? [...box.querySelectorAll('[data-f="' + name + '"]')] : [];
    if (!inputs.length) return false;
    const holder = inputs[0].closest('.field, fieldset, .vol');
    const words = holder && holder.querySelector('span, legend, label');
    const label = words ? words.textContent.trim() : name;
    const message = String(error.message || '').replace(/^"[A-Za-z]+"\s*/, '');
    const note = h('span', { class: 'field-err', id: ids('err-' + name), role: 'alert' }, label + ': ' + message);
    if (holder) holder.append(note);
    holder?.classList.add('show');
    marked = true;
    for (const input of inputs) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', note.id);
    }
    box.classList.toggle('stale', lastAdvice != null);
    return true;
  }

  /**
   * One short sentence for screen readers, once the reader has stopped moving: `words()` writes
   * it, only when it is said (not on every step of a slider).
   */
  function announce(words) {
    if (announced === null) {
      announced = words(); // the first result is on the page as it loads: not announced
      return;
    }
    // One timer for a run of steps, not one set and cleared per step: when it fires early it
    // waits out the rest of the pause from the last step.
    toAnnounce = words;
    announceAt = performance.now() + ANNOUNCE_DELAY_MS;
    const wait = () => {
      const left = announceAt - performance.now();
      if (left > 0) {
        announceTimer = setTimeout(wait, left);
        return;
      }
      announceTimer = 0;
      const text = toAnnounce();
      if (text !== announced) announcer.textContent = announced = text;
    };
    if (!announceTimer) announceTimer = setTimeout(wait, ANNOUNCE_DELAY_MS);
  }

  function footer(catalog) {
    return h('footer', { part: 'footer' },
      h('p', null, 'vpce-advisor ' + catalog.version + ' · prices as of ' + catalog.asOf + ' (' + catalog.currency
        + ', before tax) · ', h('span', { class: 'tools' },
        syncUrl && h('button', { type: 'button', 'data-act': 'link' }, 'Copy link'), ' ',
        h('button', { type: 'button', 'data-act': 'md' }, 'Copy as Markdown'), ' ', copiedNote)));
  }

  /** "Price sources": the list built when first opened. */
  function priceSources(catalog) {
    const list = h('ul', null);
    const details = h('details', null, h('summary', null, 'Price sources'), list);
    later(details, () => fill(list, catalog.sources.map((x) =>
      h('li', null, link(x.url, x.title), ' (' + x.classTitle + ', as of ' + x.asOf + ')'))));
    return details;
  }

  /** A shared link pasted into the open tab: its state replaces the link's part of the scenario. */
  function restoreFromLink() {
    const restored = readState(linkKey);
    if (!restored || JSON.stringify(restored) === JSON.stringify({ ...scenario })) return;
    scenario = emptyScenario();
    origin.clear();
    applyOptions(restored, 'link');
    droppedOption = null;
    showControls();
    schedule();
  }

  /** A tree answer's change: `{ field, value }`, `{ field, add }`, `{ field, remove }` or `{ field, pick }`. */
  function applyTreeAnswer(change) {
    const name = change.field;
    if (typeof name !== 'string' || !/^[a-zA-Z]{1,32}$/.test(name)) return;
    if (change.pick) {
      const input = box.querySelector('[data-f="' + name + '"]');
      if (input) {
        input.closest('.field, fieldset')?.classList.add('show');
        marked = true;
        input.focus();
      }
      return;
    }
    const current = scenario[name];
    const list = Array.isArray(current) ? current : name === 'trafficFrom' ? runtime.defaults.trafficFrom : [];
    if ('value' in change) {
      if (change.value == null) delete scenario[name];
      else scenario[name] = change.value;
    }
    if (Array.isArray(change.add)) scenario[name] = [...new Set([...list, ...change.add])];
    if (Array.isArray(change.remove)) {
      scenario[name] = (scenario[name] || list).filter((x) => !change.remove.includes(x));
    }
    origin.set(name, 'reader');
    showControls();
    schedule();
  }

  /** The volume in GB: the scenario's, else the core's default. */
  const currentVolume = () =>
    (typeof scenario.gbPerMonth === 'number' ? scenario.gbPerMonth : runtime.defaults.gbPerMonth);

  /** Puts the scenario's values into the controls (after attributes, options or a tree click changed it). */
  function showControls() {
    showScenario(box, scenario, runtime.fields);
    volumeInput.show(currentVolume(), true);
  }

  function onEdit(e) {
    const input = e.target;
    if (input.dataset && input.dataset.act === 'preset') {
      if (input.value) editor().setPreset(input.value);
      input.value = '';
      schedule();
      return;
    }
    // The plan's fields are read from the editor when it draws.
    if (input.dataset && input.dataset.p) {
      schedule();
      return;
    }
    const name = input.dataset && input.dataset.f;
    // Text and number fields answer on `input`; their `change` repeats it.
    if (!name || (e.type === 'change' && /^(number|range|text)$/.test(input.type))) return;
    if (name.startsWith('gb')) {
      scenario.gbPerMonth = volumeInput.read(input);
      origin.set('gbPerMonth', 'reader');
    } else {
      readInput(input, scenario, box);
      origin.set(name, 'reader');
    }
    volumeInput.show(currentVolume(), false);
    schedule();
  }

  /**
   * Asks the Wasm for the advice and the curves. An option of the page's or the link's that the
   * core rejects is dropped (the default stands in) and named; a value the reader typed that it
   * rejects keeps the last good result on screen, marked stale.
   */
  function compute() {
    for (let tries = 0; tries < 20; tries++) {
      try {
        const key = restKey(scenario);
        const gb = JSON.stringify(scenario.gbPerMonth ?? null);
        const advice = curves.get(key)?.advices.get(gb) ?? runtime.call('advise', scenarioCopy(scenario));
        const cached = curvesFor(scenario, key);
        if (cached.advices.size >= ADVICE_CACHE_SIZE) cached.advices.clear();
        cached.advices.set(gb, advice);
        return { ...cached, advice, curveKey: key };
      } catch (e) {
        const field = e && e.code && e.field;
        const fromReader = origin.get(field) === 'reader';
        const canDrop = field && (field in scenario || field === 'service');
        if (!canDrop || (fromReader && lastAdvice)) throw e;
        droppedOption = { error: e, origin: origin.get(field) || 'page' };
        // The service cannot be left out: the default one stands in.
        if (field === 'service') scenario.service = runtime.defaults.service;
        else delete scenario[field];
        origin.delete(field);
        showControls();
      }
    }
    throw new Error('too many rejected options');
  }

  /**
   * The core's break-even with NAT gateways that already run for other egress, when the reader
   * has not said they exist: the volume above which an interface endpoint costs less than
   * sending the traffic through them. It does not depend on the volume.
   */
  function breakEvenIfNat(asked) {
    if (asked.hasNatGateway === true) return null;
    try {
      return runtime.call('advise', { ...scenarioCopy(asked), hasNatGateway: true }).breakEvenGbPerMonth;
    } catch {
      return null;
    }
  }

  /** The table's rows: the core's options at each of the slider's decade stops (built when opened). */
  const tableRows = (asked) => TABLE_VOLUMES.map((gb) =>
    ({ gb, options: runtime.call('advise', { ...scenarioCopy(asked), gbPerMonth: gb }).options }));

  /** The scenario without its volume, as a cache key. */
  const restKey = (asked) =>
    JSON.stringify(Object.keys(asked).sort().filter((k) => k !== 'gbPerMonth').map((k) => [k, asked[k]]));

  /** The cache entry of `asked` (its key `key`), made on first use. */
  function curvesFor(asked, key) {
    let cached = curves.get(key);
    if (!cached) {
      // The curve is asked for when the chart is drawn (it is closed at first in both layouts).
      const copy = scenarioCopy(asked);
      let curve = null;
      cached = {
        chartCurve: () => (curve ??= runtime.call('costCurve', copy, { ...CURVE_RANGE, points: CHART_POINTS })),
        breakEvenIfNat: breakEvenIfNat(asked),
        advices: new Map(),
      };
      if (curves.size >= CURVE_CACHE_SIZE) curves.clear();
      curves.set(key, cached);
    }
    return cached;
  }

  /** A page's `destinations`: a list, or its JSON text (the attribute). */
  function destinationList(value) {
    let list = value;
    if (typeof value === 'string') {
      try {
        list = JSON.parse(value);
      } catch {
        list = null;
      }
    }
    return Array.isArray(list) ? list.filter((d) => d && typeof d === 'object').slice(0, 50) : null;
  }

  /** The whole-VPC editor, built the first time it is needed. */
  function editor() {
    if (!planEditor) {
      planEditor = buildPlanEditor(runtime.catalog, runtime.fields, runtime.planFields, ids);
      planSection.append(planEditor.node);
    }
    return planEditor;
  }

  /** Shows the whole-VPC section with `destinations` in its rows. */
  function startPlan(destinations) {
    editor().set(destinations);
    planSection.hidden = false;
    // From here on the section's own "+ Add a destination" adds rows.
    box.querySelector('.ask [data-act=add-dest]').hidden = true;
    schedule();
  }

  /** "+ Add a destination": the first time, the question's destination becomes the first row. */
  function addDestination() {
    if (planSection.hidden) {
      const names = scenario.service === 'aws-service' ? (scenario.awsServices || []) : [scenario.service || runtime.defaults.service];
      const first = names.map((n) => ({ ...destinationOf(n), gbPerMonth: currentVolume() / Math.max(1, names.length) }));
      startPlan(first);
    }
    editor().add();
    const inputs = planSection.querySelectorAll('[data-p=name]');
    inputs[inputs.length - 1].focus();
    schedule();
  }

  /** The plan for the editor's destinations, with the scenario's shared answers. */
  function drawWholeVpc() {
    if (planSection.hidden) return;
    const input = editor().read();
    for (const k of ['region', 'azCount', 'hasNatGateway', 'allowInternetPath', 'requireSecurityGroups', 'requirePrivateIps', 'hoursPerMonth', 'ipAddressType']) {
      if (scenario[k] != null) input[k] = scenario[k];
    }
    // The plan does not depend on the volume slider (each destination has its own): a step, or
    // any redraw with the same input, leaves the plan drawn as it is (`plan` is a pure function).
    const key = JSON.stringify(input);
    if (key === plannedFrom) return;
    plannedFrom = key;
    if (!input.destinations.length || input.destinations.some((d) => d.service === 'aws-service' && !d.awsService)) {
      fill(planError, input.destinations.length ? 'Name the service of every destination (a PrivateLink name such as sqs, or s3, dynamodb).' : '');
      return;
    }
    let plan;
    try {
      plan = runtime.call('plan', input);
    } catch (e) {
      if (runtime.restarting) plannedFrom = null; // a trap, not an answer: asked again
      // A destination's or the fleet's field is marked beside it; anything else is said above.
      if (planEditor.markError(e)) fill(planError);
      else fill(planError, h('strong', null, codeOf(e)), ': ', String((e && e.message) || e));
      planNode.classList.add('stale');
      planStale.hidden = !lastPlan;
      return;
    }
    planEditor.markError(null);
    fill(planError);
    planNode.classList.remove('stale');
    planStale.hidden = true;
    lastPlan = plan;
    const design = (d) => billView({ ...d, kind: d.id }, { titles: { title: () => d.title }, sources: runtime.catalog.sources, ids, later, recommended: true });
    drawPlan(planNode, plan, { billOf: design, attachmentsToBuild: !input.transitGateway });
  }

  /** "Copy as Terraform", "Copy as Markdown", "Download CSV": the core's exports of the plan. */
  async function exportPlan(act) {
    if (!lastPlan) return;
    const { terraform, markdown, csv } = lastPlan.exports;
    if (act === 'plan-csv') {
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const a = h('a', { href: url, download: 'vpce-plan.csv' });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return;
    }
    try {
      await navigator.clipboard.writeText(act === 'plan-tf' ? terraform : markdown);
      copiedNote.textContent = 'Copied.';
    } catch {
      copiedNote.textContent = 'Copying was not allowed by the browser.';
    }
  }

  // ---- drawn on every change
  function render() {
    if (runtime.restarting) {
      runtime.restarting.then(schedule);
      return;
    }
    // The chart's width, read when it is first drawn and after the widget is resized, never on
    // a slider step (the step's input has changed the DOM, so a read would force a layout) and
    // not before the first paint (the chart waits for it).
    if (!chartBox.open || !resizeObserver) chartWidth = 0;
    if (chartBox.open && painted && !chartWidth) {
      chartWidth = Math.max(300, Math.min(900, chartNode.clientWidth || (element.clientWidth || 700) - 34));
    }
    let result;
    try {
      result = compute();
    } catch (e) {
      // A field the core names is marked beside it; anything else is said at the top.
      if (markField(e)) fill(errorNode);
      else showError(e);
      box.classList.toggle('stale', lastAdvice != null);
      return;
    }
    markField(null);
    const dropped = droppedOption;
    if (dropped) {
      const who = dropped.origin === 'link' ? 'the link’s' : 'the page’s';
      showError(dropped.error, ' — ' + who + ' option “' + dropped.error.field + '” was ignored');
    } else {
      fill(errorNode);
    }
    const { advice, chartCurve, breakEvenIfNat: ifNat, curveKey } = result;
    lastAdvice = advice;
    draw(advice, chartCurve, ifNat, curveKey, chartWidth);
    drawWholeVpc();
    if (syncUrl) {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => writeState(linkKey, { ...scenario }), URL_WRITE_DELAY_MS);
    }
  }

  function draw(advice, chartCurve, ifNat, curveKey, width) {
    const { catalog } = runtime;
    const gb = currentVolume();
    box.classList.toggle('aws', scenario.service === 'aws-service');
    const clients = Array.isArray(scenario.trafficFrom) ? scenario.trafficFrom : runtime.defaults.trafficFrom;
    box.classList.toggle('mixed', clients.includes('same-vpc') && clients.length > 1);

    // A bill drawn with `lazy` as its `later` (patch's: at once, into the sketch).
    const billWith = (lazy) => (option, recommended) =>
      billView(option, { titles, sources: catalog.sources, ids, later: lazy, recommended });
    // Both are functions of the advice alone (its scenario, volume and break-evens come with it,
    // from the cache): a stop visited again is drawn from the sketches made the first time.
    patch(verdictNode, (scratch, lazy) => drawVerdict(scratch,
      { advice, scenario, catalog, titles, gb, bill: billWith(lazy), ifNat, usage: usageNote(advice.options) }), advice);
    setText(othersSummary, otherOptionsSummary(advice));
    later(othersBox, () => patch(othersNode, (scratch, lazy) =>
      fill(scratch, otherOptions(advice, titles, billWith(lazy)).body(), usageNote(advice.options)), advice));
    announce(() => {
      const recommended = advice.options.find((o) => o.kind === advice.recommendation);
      return verdictLead(advice) + titles.title(advice.recommendation)
        + (recommended ? ', ' + usd(recommended.monthlyUsd) + ' a month' : '') + ' for ' + volume(gb) + ' per month.';
    });

    // What follows only changes with more than the volume: redrawn only when its inputs change.
    const changed = (part, from) => drawnFrom[part] !== from && ((drawnFrom[part] = from), true);
    if (changed('why', whyOf(advice))) {
      later(whyBox, () => {
        fill(reasonsNode, reasonsList(advice));
        fill(pathNode, pathSteps(advice));
        fill(pathSummary, 'Your path through the decision tree: ' + advice.path.length + ' answers');
      });
      const asked = fieldsOnPath(advice, treeLookup);
      for (const question of box.querySelectorAll('[data-q]')) {
        question.classList.toggle('on', asked.has(question.dataset.q));
      }
      countMore();
    }
    if (treeView) treeView.markPath(advice);

    // The chart. On a volume-only change only the "you" marker and its dots move.
    const dots = () => advice.options.filter((o) => o.eligible).map((o) => ({ kind: o.kind, usd: o.monthlyUsd }));
    if (!chartBox.open || !painted) {
      // Drawn when opened (its width is known then), or after the first paint.
      drawnFrom.chart = null;
      later(chartBox, schedule);
    } else if (changed('chart', curveKey + width + ' ' + advice.breakEvenGbPerMonth)) {
      const series = chartCurve().series.filter((x) => x.eligible && x.points.length);
      plot = series.length > 0 && costChart(series, {
        width, gb, breakEven: advice.breakEvenGbPerMonth, name: titles.shortTitle, dots: dots(), titleId: ids('chart-title'),
      });
      fill(chartNode, plot ? plot.node : h('p', { class: 'muted' }, 'No cost curve for this scenario.'));
    } else if (plot) {
      plot.move(gb, dots());
    }
    if (changed('table', curveKey + advice.currency)) {
      const asked = scenarioCopy(scenario);
      later(tableBox, () => {
        try {
          fill(tableNode, costTable(tableRows(asked), advice.currency, titles));
        } catch (e) {
          showError(e);
        }
      });
    }
  }

  async function copy(what) {
    const advice = lastAdvice;
    let text = syncUrl ? shareLink(linkKey, { ...scenario }) : location.href;
    if (what === 'md' && advice) text = verdictMarkdown(advice, titles, currentVolume());
    try {
      await navigator.clipboard.writeText(text);
      copiedNote.textContent = 'Copied.';
    } catch {
      copiedNote.textContent = 'Copying was not allowed by the browser.';
    }
  }

  return {
    update(changes) {
      applyOptions(changes, 'page');
      droppedOption = null;
      if (built) showControls();
      schedule();
    },
    destroy() {
      destroyed = true;
      lifetime.abort();
      cancelAnimationFrame(frameRequest);
      clearTimeout(urlTimer);
      clearTimeout(announceTimer);
      if (resizeObserver) resizeObserver.disconnect();
      box.remove();
      if (fallbackStyle) fallbackStyle.remove();
    },
  };
}
