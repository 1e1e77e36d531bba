// One bill per option, in the infracost idiom: a line per component with its quantity, unit,
// unit price (linked to its AWS source) and monthly cost, and a "Show calculation" list built
// when it is first opened.

import { h, fill, link, price, qty, scroller, usd } from '../format.js';

/** "* usage-based" note, when any option has a usage-based line (a function: one node per place). */
export const usageNote = (options) => options.some((o) => o.lines.some((l) => l.usageBased))
  && h('p', { class: 'muted' }, '* usage-based: depends on the data per month above.');

const BILL_COLUMNS = ['Component', 'Quantity', 'Unit', 'Unit price', 'Monthly cost'];

/**
 * The bill of `option`. `sources` is the catalogue's price sources, `ids(name)` an id unique to
 * the instance, `later(details, make)` builds a <details>' body when it is opened.
 */
export function billView(option, { recommended, titles, sources, ids, later }) {
  const source = (line) => (line.source != null && sources[line.source]) || null;
  const headingId = ids('bill-' + String(option.kind).replace(/[^a-z]/g, '-'));
  const title = titles.title(option.kind);
  const outcome = option.eligible
    ? usd(option.monthlyUsd) + ' a month'
    : 'not possible' + (option.whyNot ? ': ' + option.whyNot : '');
  const unitPrice = (line) => {
    if (line.unitUsd === 0) return 'free';
    return source(line) ? link(source(line).url, price(line.unitUsd)) : price(line.unitUsd);
  };
  const row = (line) => h('tr', null,
    h('th', { scope: 'row' }, line.label + (line.usageBased ? ' *' : '')),
    h('td', { class: 'num' }, qty(line.quantity)),
    h('td', null, line.unit),
    h('td', { class: 'num' }, unitPrice(line)),
    h('td', { class: 'num' }, line.usd === 0 ? 'free' : usd(line.usd), line.verified === false
      && h('span', { class: 'unv', title: 'This price could not be confirmed from an AWS source.' }, ' unverified')));
  return h('div', { class: 'bill' + (option.eligible ? '' : ' no'), part: 'bill' },
    h('h4', { id: headingId }, title + (recommended ? ' (recommended)' : '') + ': ' + outcome),
    scroller('Bill for ' + title, h('table', { 'aria-labelledby': headingId },
      h('thead', null, h('tr', null, BILL_COLUMNS.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, option.lines.map(row)),
      h('tfoot', null, h('tr', null, h('th', { scope: 'row', colspan: 4 }, 'Total'),
        h('td', { class: 'num' }, usd(option.monthlyUsd)))))),
    option.lines.length > 0 && calculation(option, later));
}

/** A bill's "Show calculation", its list built when first opened. */
function calculation(option, later) {
  const list = h('ul', { class: 'calc' });
  const details = h('details', null, h('summary', null, 'Show calculation'), list);
  later(details, () => fill(list,
    option.lines.map((l) => h('li', null, l.label + ': ' + qty(l.quantity) + ' ' + l.unit + ' × ' + price(l.unitUsd)
      + ' = ' + usd(l.usd))),
    h('li', null, 'Total: ' + option.lines.map((l) => usd(l.usd)).join(' + ') + ' = ' + usd(option.monthlyUsd))));
  return details;
}
