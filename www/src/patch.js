// Redraws a part in place: the views sketch the part afresh (format.js's `sketch`: plain objects,
// no DOM), and `patch` compares the sketch with the one the part was last drawn from, writing
// only what differs — a text node whose words changed gets its new words, an attribute its new
// value; everything else keeps its node, so the browser restyles and re-lays out only what
// changed, focus and scroll stay where they were, and a slider step that changes a few figures
// costs a few text writes: nothing is built to be thrown away and nothing is read back from the
// DOM to find the differences.
//
// What this asks of the parts it redraws (the verdict, the bills, the chart's marker): drawn only
// through `patch`, and plain DOM — no listeners on the nodes (a kept node keeps whatever listener
// it had; the widget listens on its box instead: `data-act` on buttons, delegation). Attributes
// no sketch names (a `<details>`' `open`, the reader's) are never touched.

import { element, sketch } from './format.js';

/** The sketch each part was last drawn from: its children, by the part's node. */
const drawnFrom = new WeakMap();

/** Sketches kept for a part by what they were drawn from (`patch`'s `from`). */
const keptSketches = new WeakMap();

/**
 * Makes `node`'s children what `build(root, later)` sketches into `root` (a sketch of `node`,
 * filled with format.js's `fill`), touching only what differs from the last drawing. `later`
 * (the views' "build this <details>' body when opened") runs at once: a sketch is cheap.
 * `from`: an object the sketch is a function of alone (for the verdict, the advice: a slider stop
 * visited again is drawn from the sketch made the first time, and compares equal at once).
 */
export function patch(node, build, from) {
  let kept = from && keptSketches.get(node);
  if (from && !kept) keptSketches.set(node, (kept = new WeakMap()));
  let after = kept && kept.get(from);
  if (!after) {
    after = sketch(() => {
      const sketched = element(node.localName, null, null, []);
      build(sketched, (details, make) => make());
      return sketched;
    }).kids;
    if (kept) kept.set(from, after);
  }
  const before = drawnFrom.get(node);
  if (!before) node.replaceChildren();
  patchChildren(node, before || [], after);
  drawnFrom.set(node, after);
}

/**
 * Brings the children of `parent`, drawn from the sketches `before`, up to the sketches `after`.
 * A child is reached in the DOM (by its index) only where its sketch differs: the parts a step
 * leaves alone are compared as plain objects. Nothing is allocated on the way (no closure per
 * node): a slider step compares a hundred elements, and the garbage was most of what the step
 * left for the collector (its pauses were the slowest steps).
 */
function patchChildren(parent, before, after) {
  for (let i = 0; i < after.length; i++) {
    const f = after[i];
    const o = before[i];
    if (f === o) continue;
    if (i >= before.length) {
      parent.append(make(f));
    } else if (typeof f === 'string' && typeof o === 'string') {
      parent.childNodes[i].data = f;
    } else if (typeof f === 'object' && typeof o === 'object' && o.tag === f.tag && o.ns === f.ns) {
      if (!same(o, f)) {
        const child = parent.childNodes[i];
        patchAttributes(child, o.attrs, f.attrs);
        patchChildren(child, o.kids, f.kids);
      }
    } else {
      parent.replaceChild(make(f), parent.childNodes[i]);
    }
  }
  if (before.length > after.length) {
    while (parent.childNodes.length > after.length) parent.lastChild.remove();
  }
}

/** Whether two sketches describe the same DOM. */
function same(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a.tag !== b.tag || a.ns !== b.ns) return false;
  if (a.attrs.length !== b.attrs.length || a.kids.length !== b.kids.length) return false;
  for (let i = 0; i < a.attrs.length; i++) if (a.attrs[i] !== b.attrs[i]) return false;
  for (let i = 0; i < a.kids.length; i++) if (!same(a.kids[i], b.kids[i])) return false;
  return true;
}

/** Writes into `node` the attributes that differ between two sketches' lists ([name, value, …]). */
function patchAttributes(node, before, after) {
  for (let i = 0; i < after.length; i += 2) {
    if (before[i] !== after[i] || before[i + 1] !== after[i + 1]) node.setAttribute(after[i], after[i + 1]);
  }
  for (let i = 0; i < before.length; i += 2) {
    if (!named(after, before[i])) node.removeAttribute(before[i]);
  }
}

/** Whether an attribute list ([name, value, …]) names `name`. */
function named(list, name) {
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return true;
  return false;
}

/** The DOM a sketch describes. */
function make(x) {
  if (typeof x === 'string') return document.createTextNode(x);
  const el = element(x.tag, x.ns, null, x.kids.map(make));
  for (let i = 0; i < x.attrs.length; i += 2) el.setAttribute(x.attrs[i], x.attrs[i + 1]);
  return el;
}

/** Sets a node's text only when it differs (a write would be a DOM change, and a restyle). */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
