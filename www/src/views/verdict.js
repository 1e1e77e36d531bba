// The verdict, answer first: one sentence, every eligible option's monthly cost with the price
// context, the recommended option's bill right under it, the break-even with the NAT path, the
// core's warnings, and "Other options (N)": those that would work but cost more (each with its
// bill) and those that do not apply, each with the core's reason, worded after the questions.

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

/**
 * The break-even with the NAT path, for every service a NAT path could carry. `ifNat` is the
 * core's break-even for the same scenario with NAT gateways already running for other egress
 * (only their per-GB processing is then added), when the reader has not said they exist.
 */
function breakEven(advice, scenario, ifNat) {
  if (advice.breakEvenGbPerMonth != null) {
    return h('p', { class: 'be' }, 'An interface endpoint costs less than the NAT path above '
      + volume(advice.breakEvenGbPerMonth) + ' per month.');
  }
  if (!scenario.hasNatGateway && ifNat != null) {
    return h('p', { class: 'be' }, 'If NAT gateways already run for other egress, an interface endpoint costs less than sending this through them above '
      + volume(ifNat) + ' per month.');
  }
  return null;
}

/**
 * Draws `advice` into `node` (the verdict section). `bill(option, recommended)` draws one
 * option's bill, `ifNat` is the break-even with running NAT gateways (see `breakEven`), `usage`
 * the note that explains the bill's usage-based lines.
 */
export function drawVerdict(node, { advice, scenario, catalog, titles, gb, bill, ifNat, usage }) {
  const recommended = advice.recommendation;
  const options = byRecommendation(advice.options, recommended);
  const eligible = options.filter((o) => o.eligible);
  const label = (o) => titles.title(o.kind) + (o.kind === recommended ? ' (recommended)' : '');
  fill(node,
    h('p', { class: 'summary' }, h('strong', null, verdictLead(advice) + titles.title(recommended) + '. '), advice.summary),
    h('ul', { class: 'costs' }, eligible.map((o) => h('li', { class: o.kind === recommended ? 'rec' : '' },
      h('span', null, label(o)), h('span', { class: 'num' }, usd(o.monthlyUsd) + ' a month')))),
    h('p', { class: 'ctx' }, priceContext(advice, scenario, catalog, gb)),
    options[0] && bill(options[0], true),
    usage,
    breakEven(advice, scenario, ifNat),
    advice.warnings.length > 0 && h('ul', { class: 'warn' }, advice.warnings.map((w) =>
      h('li', { 'data-code': w.code }, h('strong', null, 'Note: '), w.text))));
}

/** "Other options (6)": every option but the recommended one, counted without sorting them. */
export const otherOptionsSummary = (advice) => 'Other options (' + Math.max(0, advice.options.length - 1) + ')';

/** "Other options (5)": the summary's words and the body, built when opened. */
export function otherOptions(advice, titles, bill) {
  const options = byRecommendation(advice.options, advice.recommendation).slice(1);
  const costlier = options.filter((o) => o.eligible);
  const apart = options.filter((o) => !o.eligible);
  return {
    summary: otherOptionsSummary(advice),
    body: () => [
      costlier.length > 0 && h('h4', null, 'Would work but cost more'),
      costlier.map((o) => bill(o, false)),
      apart.length > 0 && h('h4', null, 'Do not apply because…'),
      apart.length > 0 && h('ul', { class: 'apart' }, apart.map((o) => h('li', null,
        h('strong', null, titles.title(o.kind)), ' (' + usd(o.monthlyUsd) + ' a month if it did): ', o.whyNot || ''))),
    ],
  };
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
      + (o.kind === recommended ? ' (recommended)' : '') + ' | ' + (o.eligible ? usd(o.monthlyUsd) : 'not possible') + ' |'),
  ].join('\n');
}
