// Small DOM and number-formatting helpers shared by the widget's modules.
// DOM is built with createElement and textContent only: no HTML strings ever meet data.

const SVGNS = 'http://www.w3.org/2000/svg';

/** Appends children (nodes, strings, numbers; null/false skipped) to a node or a sketch. */
function add(node, kids) {
  for (const k of kids) {
    if (k == null || k === false) continue;
    if (Array.isArray(k)) add(node, k);
    else if (node instanceof Node) node.append(typeof k === 'object' ? k : String(k));
    else node.kids.push(typeof k === 'object' ? k : String(k));
  }
  return node;
}

/** Sets attributes from the object's own properties only: a property a host page added to
 * Object.prototype (an `onload`, say) never reaches an element the widget creates. */
function attrs(node, a) {
  if (!a) return node;
  for (const [key, v] of Object.entries(a)) {
    if (v == null || v === false) continue;
    if (node instanceof Node) node.setAttribute(key, v === true ? '' : v);
    else node.attrs.push(key, v === true ? '' : String(v));
  }
  return node;
}

/**
 * Sketches: while `sketch(build)` runs, `h`, `s` and `fill` describe elements as plain objects —
 * `{ tag, ns, attrs: [name, value, …], kids: [a sketch or a text, one per node h would make] }` —
 * instead of making them; patch.js draws a sketch, or brings a part drawn from an earlier one up
 * to date by comparing the two (nothing built to be thrown away, nothing read back from the DOM).
 */
let sketching = 0;

/** Runs `build()` with `h`, `s` and `fill` sketching; returns what it returns. */
export function sketch(build) {
  sketching++;
  try {
    return build();
  } finally {
    sketching--;
  }
}

/** An element (`ns`: its namespace, null for HTML), or its sketch inside `sketch`. */
export const element = (tag, ns, a, kids) => add(attrs(sketching ? { tag, ns, attrs: [], kids: [] }
  : ns ? document.createElementNS(ns, tag) : document.createElement(tag), a), kids);

/** Replaces a node's (or a sketch's) children (same rules as `h`). */
export const fill = (node, ...kids) => {
  if (node instanceof Node) node.replaceChildren();
  else node.kids = [];
  return add(node, kids);
};

/** `h('td', { class: 'num' }, '$1.00')`: an HTML element. */
export const h = (tag, a, ...kids) => element(tag, null, a, kids);
/** The same for SVG elements. */
export const s = (tag, a, ...kids) => element(tag, SVGNS, a, kids);

/**
 * A link only to an https:// address (the Wasm's sources); anything else becomes plain text.
 * `title`: the hover text (a source's citation), if any.
 */
export function link(href, text, title) {
  return typeof href === 'string' && /^https:\/\//.test(href)
    ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', title }, text)
    : h('span', null, text);
}

// Binary units, as AWS's price list counts its tiers (1 PB = 1,048,576 GB).
export const UNITS = { GB: 1, TB: 1024, PB: 1048576 };

/**
 * `n` with thousands separators and `min`…`max` decimals, exactly as `toLocaleString('en-US')`
 * writes it (rounded half away from zero on the shortest decimal form of `n`, as ICU does), but
 * without Intl: the first Intl call on a page costs tens of milliseconds (its locale data is
 * loaded) and each `toLocaleString` with options about 0.1 ms, dozens of them per redraw.
 * Numbers written with an exponent (below 1e-6 or from 1e21) are left to Intl.
 */
function decimal(n, min, max) {
  const text = String(Math.abs(n));
  if (!/^\d+(\.\d+)?$/.test(text)) {
    return n.toLocaleString('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
  }
  let [whole, frac = ''] = text.split('.');
  if (frac.length > max) {
    let digits = whole + frac.slice(0, max);
    if (frac[max] >= '5') {
      // Add one in the last place kept: trailing 9s become 0s, the digit before them goes up.
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === '9') i--;
      digits = (i < 0 ? '1' : digits.slice(0, i) + (+digits[i] + 1)) + '0'.repeat(digits.length - 1 - i);
    }
    whole = digits.slice(0, digits.length - max);
    frac = digits.slice(digits.length - max);
  }
  frac = frac.replace(/0+$/, '').padEnd(min, '0');
  return (n < 0 || Object.is(n, -0) ? '-' : '') + whole.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? '.' + frac : '');
}

const fmt = (n, max) => decimal(n, 0, max);

/** Money to the cent: "$1,234.56". */
export const usd = (n) => (n < 0 ? '-$' : '$') + decimal(Math.abs(n), 2, 2);

/** A unit price, as many decimals as it has (up to 6): "$0.0035". */
export const price = (n) => '$' + decimal(n, 2, 6);

/** A plain quantity: "1,048,576", "2.5". */
export const qty = (n) => fmt(n, 3);

/** The unit a volume reads best in. */
export const unitOf = (gb) => (gb >= UNITS.PB ? 'PB' : gb >= UNITS.TB ? 'TB' : 'GB');

/** "5 TB", "1.5 PB", "100 GB". */
export function volume(gb, unit = unitOf(gb)) {
  return fmt(gb / UNITS[unit], 2) + ' ' + unit;
}

/** Short axis labels: "$1k", "$10M". */
export function short(n) {
  for (const [d, u] of [[1e9, 'B'], [1e6, 'M'], [1e3, 'k']]) if (n >= d) return '$' + fmt(n / d, 1) + u;
  return '$' + fmt(n, 2);
}

/** kebab-case → camelCase. */
export const camel = (k) => k.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** A wide table in a region that scrolls sideways on a narrow screen, with a shadow at the edge that has more (the scroll cue), and can be focused to scroll by keyboard. */
export const scroller = (label, table) =>
  h('div', { class: 'scroll scroll-cue', role: 'group', 'aria-label': label, tabindex: 0 }, table);
