// How the endpoint types compare: one row per feature, one column per option, each cell
// `{ text, source, unverified? }`. A cell the research could not confirm says so in words, and a
// cell sourced elsewhere than its row links its own page.

import { h, link, scroller } from '../format.js';

/** "How the endpoint types compare (14 features)". */
export const comparisonSummary = (comparison) => 'How the endpoint types compare (' + comparison.rows.length + ' features)';

export function comparisonTable(comparison) {
  const cell = (c, row, title) => h('td', { class: c.unverified ? 'unv' : null, 'data-label': title },
    c.unverified && !/unverified/i.test(c.text) ? 'Unverified: ' + c.text : c.text,
    c.source !== row.source && [' ', link(c.source, 'source')]);
  const header = h('tr', null, h('th', { scope: 'col' }, 'Feature'),
    comparison.options.map((o) => h('th', { scope: 'col' }, o.title)), h('th', { scope: 'col' }, 'Source'));
  const rows = comparison.rows.map((r) => h('tr', null, h('th', { scope: 'row' }, r.feature),
    comparison.options.map((o) => cell(r.values[o.kind], r, o.title)), h('td', { 'data-label': 'Source' }, link(r.source, 'source'))));
  const table = h('table', { class: 'cmp stack' }, h('thead', null, header), h('tbody', null, rows));
  return scroller('Comparison of endpoint types', table);
}
