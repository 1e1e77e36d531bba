// The verdict: one sentence, every option's monthly cost (the eligible ones first, the others
// muted with why not — the cost model prices them anyway), the price context, the break-even
// with the NAT path and the core's warnings.

import { fill, h, usd, volume } from '../format.js';
import { byRecommendation, verdictLead } from '../labels.js';

/** "For 5 TB per month in US East (N. Virginia) (us-east-1), 3 AZs · prices as of … (USD)". */
function priceContext(advice, scenario, catalog, gb) {
  const region = catalog.regions.find((r) => r.code === advice.region);
  const count = (name, one, many) => {
    const n = scenario[name];
    return typeof n === 'number' ? ', ' + n + ' ' + (n === 1 ? one : many) : '';
  };
  return 'For ' + volume(gb) + ' per month in ' + (region ? region.name + ' (' + advice.region + ')' : advice.region)
    + count('azCount', 'AZ', 'AZs') + count('endpointCount', 'endpoint', 'endpoints')
    + count('hoursPerMonth', 'hour', 'hours')
    + ' · prices as of ' + advice.pricesAsOf + ' (' + advice.currency + ')';
}

/** Draws `advice` into `node` (the verdict section). */
export function drawVerdict(node, { advice, scenario, catalog, titles, gb }) {
  const recommended = advice.recommendation;
  const options = byRecommendation(advice.options, recommended);
  const eligible = options.filter((o) => o.eligible);
  const ineligible = options.filter((o) => !o.eligible);
  const label = (o) => titles.title(o.kind) + (o.kind === recommended ? ' (recommended)' : '');
  fill(node,
    h('p', { class: 'summary' },
      h('strong', null, verdictLead(advice) + titles.title(recommended) + '. '), advice.summary),
    h('ul', { class: 'costs' }, eligible.map((o) => h('li', { class: o.kind === recommended ? 'rec' : '' },
      h('span', null, label(o)), h('span', { class: 'num' }, usd(o.monthlyUsd) + ' a month')))),
    ineligible.length > 0 && h('div', { class: 'nots' }, 'Not possible here (priced for comparison):',
      h('ul', null, ineligible.map((o) => h('li', null,
        h('span', { class: 'nm' }, titles.title(o.kind)), ' ', h('span', { class: 'num' }, usd(o.monthlyUsd)),
        o.whyNot && ' — ' + o.whyNot)))),
    h('p', { class: 'ctx' }, priceContext(advice, scenario, catalog, gb)),
    advice.breakEvenGbPerMonth != null && h('p', { class: 'be' },
      'An interface endpoint costs less than the NAT path above ' + volume(advice.breakEvenGbPerMonth) + ' per month.'),
    advice.warnings.length > 0 && h('ul', { class: 'warn' }, advice.warnings.map((w) =>
      h('li', { 'data-code': w.code }, h('strong', null, 'Note: '), w.text))));
}

/** The same verdict as Markdown, for "Copy as Markdown". */
export function verdictMarkdown(advice, titles, gb) {
  const escape = (x) => String(x).replace(/[|\\]/g, '\\$&');
  const recommended = advice.recommendation;
  return [
    '**' + verdictLead(advice) + titles.title(recommended) + '.** ' + escape(advice.summary), '',
    'Region ' + advice.region + ' · ' + volume(gb) + ' per month · prices as of ' + advice.pricesAsOf
      + ' (' + advice.currency + ')', '',
    '| Option | Monthly cost |', '|---|---:|',
    ...byRecommendation(advice.options, recommended).map((o) => '| ' + escape(titles.title(o.kind))
      + (o.kind === recommended ? ' (recommended)' : '') + ' | '
      + (o.eligible ? usd(o.monthlyUsd) : 'not possible') + ' |'),
  ].join('\n');
}
