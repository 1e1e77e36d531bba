// One bill per option, in the infracost idiom: a line per component with its quantity and unit
// price (linked to its AWS source) in one column that wraps, and its monthly cost — three
// columns, so the bill fits a docs page's content column without scrolling sideways — and a
// "Show calculation" list built when it is first opened.

import { h, fill, link, price, qty, scroller, usd } from '../format.js';

/** "* usage-based" note, when any option has a usage-based line (a function: one node per place). */
export const usageNote = (options) => options.some((o) => o.lines.some((l) => l.usageBased))
  && h('p', { class: 'muted' }, '* usage-based: depends on the data per month above.');

const BILL_COLUMNS = ['Component', 'Quantity × unit price', 'Monthly cost'];

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
    const cited = source(line);
    if (!cited) return price(line.unitUsd);
    // The source, its class and its date, one hover away.
    return link(cited.url, price(line.unitUsd), cited.citation);
  };
  // Each figure carries its column's name (`data-label`): under 420 px the rows stack and say it.
  const row = (line) => h('tr', null,
    h('th', { scope: 'row' }, line.label + (line.usageBased ? ' *' : '')),
    h('td', { class: 'rate', 'data-label': BILL_COLUMNS[1] },
      h('span', { class: 'q' }, qty(line.quantity) + ' ' + line.unit), line.unitUsd === 0 ? ', ' : ' × ', unitPrice(line)),
    h('td', { class: 'num', 'data-label': BILL_COLUMNS[2] }, line.usd === 0 ? 'free' : usd(line.usd),
      line.verified === false && unverified(line, source(line))));
  return h('div', { class: 'bill' + (option.eligible ? '' : ' no'), part: 'bill' },
    h(recommended ? 'h3' : 'h4', { id: headingId }, title + (recommended ? ' (recommended)' : '') + ': ' + outcome),
    scroller('Bill for ' + title, h('table', { class: 'stack', 'aria-labelledby': headingId },
      h('thead', null, h('tr', null, BILL_COLUMNS.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, option.lines.map(row)),
      h('tfoot', null, h('tr', null, h('th', { scope: 'row', colspan: 2 }, 'Total'),
        h('td', { class: 'num', 'data-label': BILL_COLUMNS[2] }, usd(option.monthlyUsd)))))),
    option.lines.length > 0 && calculation(option, later));
}

/**
 * What "unverified" means for one line, in words a reader reaches by keyboard or touch (a
 * disclosure, not a hover title): the core's `doubt` — what could not be confirmed and how far
 * the line could be off — and the source the figure comes from.
 */
function unverified(line, source) {
  return h('details', { class: 'unv-d' }, h('summary', { class: 'unv' }, 'unverified'),
    h('span', { class: 'unv-text' }, line.doubt ? line.doubt.text : '',
      source ? ' (Source: “' + source.title + '”, as of ' + source.asOf + '.)' : ''));
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
