// The cost chart: monthly cost against data per month for every eligible option, as SVG.
// Log x (1 GB to 10 PB spans seven decades) and log y (costs span as many); $0 lies on the
// floor line and says so. Lines differ by dash pattern and carry their names at their ends,
// so colour is never the only cue. Every point drawn is one the Wasm returned. Below it, the
// same curves as a table.

import { h, s, fill, short, usd, volume, scroller } from '../format.js';
import { patch } from '../patch.js';

const lg = Math.log10;
// Each option keeps its colour and dash pattern (classes s0…s6) whatever else is drawn.
const KINDS = ['gateway', 'interface', 'gateway+interface', 'gateway-load-balancer', 'resource', 'service-network',
  'nat-gateway'];

/**
 * @param {{option:string, eligible:boolean, points:[number,number][]}[]} series
 * @param {{ width:number, gb:number, breakEven:number|null, dots:{kind:string,usd:number}[],
 *   name:(k:string)=>string, titleId:string }} o
 * @returns {{ node: Element, move: (gb:number, dots:{kind:string,usd:number}[]) => void }}
 */
export function costChart(series, o) {
  const W = o.width, H = 260, L = 46, T = 22, B = 34;
  const narrow = W < 520, R = narrow ? 14 : 150;
  const pts = series.flatMap((x) => x.points).filter((p) => p[0] > 0);
  const xs = pts.map((p) => p[0]);
  const x0 = Math.min(...xs), x1 = Math.max(...xs);
  const y0 = 1, y1 = 10 ** Math.max(1, Math.ceil(lg(Math.max(...pts.map((p) => p[1]), 1))));
  const X = (g) => L + ((lg(g) - lg(x0)) / (lg(x1) - lg(x0) || 1)) * (W - L - R);
  const Y = (u) => T + (H - T - B) * (1 - (lg(Math.max(u, y0)) - lg(y0)) / (lg(y1) - lg(y0)));
  const clamp = (v, a, b) => Math.min(b, Math.max(a, v));
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-labelledby': o.titleId, part: 'chart',
  },
    s('title', { id: o.titleId },
      'Monthly cost against data processed per month, log scales; the same numbers are in the table below.'));
  const g = (cls, ...k) => s('g', { class: cls }, ...k);

  // Grid: decades of dollars; GB, TB and PB decades.
  const grid = g('grid');
  for (let d = 0; 10 ** d <= y1; d++) {
    const y = Y(10 ** d);
    grid.append(s('line', { x1: L, x2: W - R, y1: y, y2: y }),
      s('text', { x: L - 4, y: y + 4, class: 'ya' }, d === 0 ? '≤ $1' : short(10 ** d)));
  }
  for (const u of [1, 1024, 1048576]) for (const m of [1, 10, 100]) {
    const v = u * m;
    if (v < x0 || v > x1) continue;
    const x = X(v);
    grid.append(s('line', { x1: x, x2: x, y1: T, y2: H - B }),
      (!narrow || m === 1) && s('text', { x, y: H - B + 16, class: 'xa' }, volume(v)));
  }
  svg.append(grid);

  // One line per option, named at its right end (labels pushed apart so they never overlap).
  const labels = [];
  series.forEach((x) => {
    const i = KINDS.indexOf(x.option) < 0 ? 7 : KINDS.indexOf(x.option);
    const p = x.points.filter((q) => q[0] > 0);
    if (!p.length) return;
    const d = p.map((q, j) => (j ? 'L' : 'M') + X(q[0]).toFixed(1) + ' ' + Y(q[1]).toFixed(1)).join('');
    svg.append(s('path', { d, class: 'line s' + i }));
    labels.push({ y: Y(p[p.length - 1][1]), i, t: o.name(x.option) });
  });
  labels.sort((a, b) => a.y - b.y);
  for (let j = 1; j < labels.length; j++) labels[j].y = Math.max(labels[j].y, labels[j - 1].y + 14);
  for (let j = labels.length - 1, max = H - B + 4; j >= 0; j--, max -= 14) labels[j].y = Math.min(labels[j].y, max);
  if (!narrow) for (const l of labels) svg.append(s('text', { x: W - R + 6, y: l.y + 4, class: 'lab s' + l.i }, l.t));

  // The break-even volume; where the reader is now goes in its own group, which `move` redraws
  // alone when only the volume changes (the lines do not depend on it).
  const mark = (v, cls, text, y) => {
    if (!(v >= x0 && v <= x1)) return null;
    const x = X(v);
    return g(cls, s('line', { x1: x, x2: x, y1: T - 4, y2: H - B }),
      s('text', { x: clamp(x, L + 40, W - R - 40), y, 'text-anchor': 'middle' }, text));
  };
  const be = o.breakEven != null && mark(o.breakEven, 'be', 'break-even ' + volume(o.breakEven), T - 8);
  const here = g('here');
  if (be) svg.append(be);
  svg.append(here);
  // "you" goes below the plot when the break-even's label sits where it would go.
  const youLabelY = (gb) => (o.breakEven != null && Math.abs(X(o.breakEven) - X(gb)) < 110 ? H - 2 : T - 8);
  /** Redraws the "you" marker and the dots for volume `gb`, `dots` the options' costs there. */
  // Patched in place (patch.js): a step moves the marker and the dots, it does not rebuild them.
  const move = (gb, dots) => patch(here, (sketched) => fill(sketched,
    mark(gb, 'now', 'you: ' + volume(gb), youLabelY(gb)),
    gb >= x0 && gb <= x1 && dots.filter((d) => series.some((x) => x.option === d.kind))
      .map((d) => s('circle', { cx: X(gb), cy: Y(d.usd), r: 4, class: 'dot s' + KINDS.indexOf(d.kind) }))));
  move(o.gb, o.dots);
  // On a narrow screen the names go in a legend below, each beside its own dash pattern.
  return {
    move,
    node: narrow
      ? h('div', null, svg, h('ul', { class: 'legend' }, labels.sort((a, b) => a.i - b.i).map((l) => h('li', null,
        s('svg', { width: 34, height: 10, 'aria-hidden': 'true' },
          s('line', { x1: 0, x2: 34, y1: 5, y2: 5, class: 'line s' + l.i })),
        ' ' + l.t))))
      : svg,
  };
}

/**
 * The chart's numbers as a table, at the volume slider's decade stops (1 GB, 10 GB, … 10 PB):
 * `rows` is `[{ gb, options }]`, each the core's options (advise's) at that volume; one column
 * per option eligible at the first.
 */
export function costTable(rows, currency, titles) {
  const kinds = rows.length ? rows[0].options.filter((o) => o.eligible).map((o) => o.kind) : [];
  if (!kinds.length) return '';
  const cost = (row, kind) => {
    const o = row.options.find((x) => x.kind === kind);
    return o ? usd(o.monthlyUsd) : '—';
  };
  return scroller('Cost by data per month', h('table', null,
    h('caption', null, 'Monthly cost (' + currency + ') by data processed per month (1 TB = 1,024 GB)'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Data per month'),
      kinds.map((k) => h('th', { scope: 'col' }, titles.title(k))))),
    h('tbody', null, rows.map((row) => h('tr', null, h('th', { scope: 'row' }, volume(row.gb)),
      kinds.map((k) => h('td', { class: 'num' }, cost(row, k))))))));
}
