// The whole VPC: a list of destinations (each a service, its volume and where its clients are),
// the fleet's shape (VPC count, Transit Gateway, AZs with endpoints), and the core's plan() for
// them: the recommended design with its bill, the other designs, the endpoints to build, and the
// core's exports (Terraform, Markdown, CSV). The names to choose from and the presets are the
// catalogue's (catalog().privateLinkServices, .presets); the JS converts types only.

import { fill, h, usd } from '../format.js';
import { regionOptions } from './fields.js';

/** A row's service text as a plan destination's service fields: s3, dynamodb, or a PrivateLink name. */
export function destinationOf(name) {
  const n = String(name || '').trim();
  if (n === 's3' || n === 'dynamodb') return { service: n };
  return { service: 'aws-service', awsService: n };
}

/** Where a row's clients are: the plan's `trafficFrom` values a row offers (space-separated). */
const CLIENTS = [['same-vpc', 'In the VPCs'], ['transit-gateway', 'VPCs behind the Transit Gateway'], ['peered-vpc', 'Peered VPCs'],
  ['on-premises', 'On premises'], ['other-region', 'Another Region'], ['same-vpc on-premises', 'In the VPCs and on premises']];

/** Where the core places an endpoint (`endpoints[].placement`), in words; `each-vpc` otherwise. */
const PLACEMENT = {
  'shared-services-vpc': () => 'once, in the shared-services VPC',
  'one-vpc': () => 'once, in the VPC the clients outside reach (on premises, other Regions)',
};

/** A destination's field (as the core names it, `destinations[2].gbPerMonth`) → its row input's `data-p`. */
const ROW_INPUTS = { service: 'name', awsService: 'name', gbPerMonth: 'gb', trafficFrom: 'from', remoteTrafficPercent: 'remote', serviceRegion: 'region' };

/**
 * Builds the editor. `fields` is the core's Scenario field table (a Map by name: the volumes'
 * limits), `planFields` the plan's own (the VPC count's), `ids(name)` gives ids unique to the
 * instance. Returns `{ node, rows, read(),
 * set(destinations), fleet, markError(error) }`.
 */
export function buildPlanEditor(catalog, fields, planFields, ids) {
  // The plan reads every volume, the existing PrivateLink traffic included, with gbPerMonth's limits.
  const gbLimits = { min: fields.get('gbPerMonth').min, max: fields.get('gbPerMonth').max };
  const remote = fields.get('remoteTrafficPercent');
  const vpcs = planFields.get('vpcCount');
  const list = h('datalist', { id: ids('names') },
    h('option', { value: 's3' }, 'Amazon S3 (gateway endpoint)'),
    h('option', { value: 'dynamodb' }, 'Amazon DynamoDB (gateway endpoint)'),
    catalog.privateLinkServices.map((s) => h('option', { value: s.name }, s.title)));
  const rows = h('ol', { class: 'dests' });
  let count = 0;
  const row = (d = {}) => {
    const n = ++count;
    const name = d.service === 'aws-service' ? d.awsService : d.service;
    return h('li', { class: 'dest' },
      h('label', { class: 'field' }, h('span', null, 'Service'),
        h('input', { type: 'text', list: ids('names'), 'data-p': 'name', value: name || '', autocomplete: 'off', spellcheck: 'false', id: ids('dest' + n) })),
      h('label', { class: 'field' }, h('span', null, 'GB per month'),
        h('input', { type: 'number', ...gbLimits, step: 'any', inputmode: 'decimal', 'data-p': 'gb', value: d.gbPerMonth ?? '' })),
      h('label', { class: 'field' }, h('span', null, 'Clients'),
        h('select', { 'data-p': 'from' }, CLIENTS.map(([v, l]) => h('option', { value: v, selected: (d.trafficFrom || []).join(' ') === v }, l)))),
      h('label', { class: 'field' }, h('span', null, 'Service’s Region'),
        withValue(h('select', { 'data-p': 'region' }, regionOptions(catalog, 'Same Region')), d.serviceRegion)),
      h('button', { type: 'button', class: 'remove', 'data-act': 'remove-dest', 'aria-label': 'Remove this destination' }, '×'),
      // Shown when the clients are both in the VPCs and on premises (CSS): the on-premises share.
      h('label', { class: 'field remote' }, h('span', null, 'Share from on premises, %'),
        h('input', { type: 'number', min: remote.min, max: remote.max, step: 'any', inputmode: 'decimal', 'data-p': 'remote',
          placeholder: String(remote.default), value: d.remoteTrafficPercent ?? '' })));
  };
  const presets = h('select', { 'data-act': 'preset', 'aria-label': 'Start from a preset' },
    h('option', { value: '' }, 'Start from a preset…'),
    catalog.presets.map((p) => h('option', { value: p.id }, p.title)));
  const fleet = {
    vpcCount: h('input', { type: 'number', min: vpcs.min, max: vpcs.max, step: 1, 'data-p': 'vpcCount', value: vpcs.default }),
    transitGateway: h('input', { type: 'checkbox', 'data-p': 'transitGateway' }),
    endpointAzCount: h('input', { type: 'number', min: 1, max: fields.get('azCount').max, step: 1, 'data-p': 'endpointAzCount', placeholder: 'every AZ' }),
    existingPrivateLinkGbPerMonth: h('input', { type: 'number', ...gbLimits, step: 'any', inputmode: 'decimal', 'data-p': 'existingPrivateLinkGbPerMonth', placeholder: 'none' }),
  };
  const node = h('div', { class: 'plan-edit' }, list,
    h('h3', null, 'Destinations'), rows,
    h('p', { class: 'plan-tools' },
      h('button', { type: 'button', 'data-act': 'add-dest' }, '+ Add a destination'), ' ', presets),
    h('div', { class: 'fleet' },
      h('label', { class: 'field' }, h('span', null, 'VPCs using them'), fleet.vpcCount),
      h('label', { class: 'field' }, h('span', null, 'AZs with interface endpoints'), fleet.endpointAzCount),
      h('label', { class: 'field' }, h('span', null, 'Other PrivateLink GB a month in the Region'), fleet.existingPrivateLinkGbPerMonth),
      h('label', { class: 'opt tgw' }, fleet.transitGateway, ' The VPCs are attached to a Transit Gateway')));

  return {
    node,
    presets,
    add(d) { rows.append(row(d)); },
    set(destinations) { fill(rows, destinations.map(row)); },
    setPreset(id) {
      const p = catalog.presets.find((x) => x.id === id);
      if (p) fill(rows, p.names.map((name) => row(destinationOf(name))));
    },
    /** The destinations and the fleet's fields as the plan's input (unset numbers left out). */
    read() {
      const destinations = [...rows.children].map((li) => {
        const get = (k) => li.querySelector('[data-p=' + k + ']');
        const d = destinationOf(get('name').value);
        const gb = get('gb').valueAsNumber;
        if (get('gb').value !== '') d.gbPerMonth = isFinite(gb) ? gb : get('gb').value;
        d.trafficFrom = get('from').value.split(' ');
        const share = get('remote');
        if (d.trafficFrom.length > 1 && share.value !== '') d.remoteTrafficPercent = isFinite(share.valueAsNumber) ? share.valueAsNumber : share.value;
        if (get('region').value) d.serviceRegion = get('region').value;
        return d;
      });
      const out = { destinations, transitGateway: fleet.transitGateway.checked };
      for (const k of ['vpcCount', 'endpointAzCount', 'existingPrivateLinkGbPerMonth']) {
        const v = fleet[k];
        if (v.value !== '') out[k] = isFinite(v.valueAsNumber) ? v.valueAsNumber : v.value;
      }
      return out;
    },
    count: () => rows.children.length,
    /**
     * Marks the input the core's error names (`destinations[2].gbPerMonth`, `vpcCount`) beside
     * it, in its label's words, with `aria-invalid`; `null` clears. Returns whether one was found.
     */
    markError(error) {
      for (const input of node.querySelectorAll('[aria-invalid]')) {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
      for (const note of node.querySelectorAll('.field-err')) note.remove();
      const at = /^destinations\[(\d+)\](?:\.(\w+))?$/.exec((error && error.field) || '');
      const input = at
        ? rows.children[+at[1]]?.querySelector('[data-p=' + (ROW_INPUTS[at[2]] || 'name') + ']')
        : error && fleet[error.field];
      if (!input) return false;
      const holder = input.closest('.field, .opt');
      const words = holder.querySelector('span') || holder;
      const label = words.textContent.trim() + (at ? ' (destination ' + (+at[1] + 1) + ')' : '');
      // A core message that begins with the field's own name in quotes: the label says it instead.
      const text = String(error.message || '');
      const named = '"' + error.field + '"';
      const message = text.startsWith(named) ? text.slice(named.length).trimStart() : text;
      const note = h('span', { class: 'field-err', id: ids('plan-err'), role: 'alert' }, label + ': ' + message);
      // In a row, under the whole row (its columns are narrow); in the fleet, under the field.
      (at ? input.closest('li') : holder).append(note);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', note.id);
      return true;
    },
  };
}

/** `select` with `value` chosen (when it has such an option). */
function withValue(select, value) {
  if (value != null) select.value = value;
  return select;
}

/** The plan's answer: the design, its bill and savings, the others, the endpoints, the exports. */
export function drawPlan(node, plan, { billOf, attachmentsToBuild }) {
  const rec = plan.designs.find((d) => d.id === plan.recommended);
  const others = plan.designs.filter((d) => d.id !== plan.recommended);
  // What the recommended design saves against each other design: the core's figures.
  const savings = plan.savings || [];
  const saved = (d) => savings.find((x) => x.design === d.id);
  const more = (d) => (saved(d) ? ' — ' + usd(saved(d).monthlyUsd) + ' a month more' : '');
  fill(node,
    rec && h('p', { class: 'summary' }, h('strong', null, 'Whole VPC: ' + rec.title + ', ' + usd(rec.monthlyUsd) + ' a month.'),
      savings.length > 0 && ' It saves ' + savings.map((x) => usd(x.monthlyUsd) + ' a month against ' + x.title).join(' and ') + '.'),
    // The recommended design first, then those that would work, then those that do not apply.
    h('ul', { class: 'designs' }, [rec, ...others.filter((d) => d.eligible), ...others.filter((d) => !d.eligible)].filter(Boolean)
      .map((d) => h('li', { class: d.id === plan.recommended ? 'rec' : d.eligible ? '' : 'no', 'data-design': d.id },
        h('span', null, d.title + (d.id === plan.recommended ? ' (recommended)' : '')),
        d.eligible ? h('span', { class: 'num' }, usd(d.monthlyUsd) + ' a month' + (d.id === plan.recommended ? '' : more(d)))
          : h('span', { class: 'why-no' }, 'does not apply because ' + (d.whyNot || '').replace(/^./, (c) => c.toLowerCase()))))),
    // Without a Transit Gateway the core's count includes each VPC's attachment to build.
    plan.breakEvenVpcCount != null && h('p', { class: 'be' }, 'Centralising the interface endpoints behind a Transit Gateway costs less from '
      + plan.breakEvenVpcCount + ' VPCs' + (attachmentsToBuild ? ', counting an attachment to build for each VPC.' : '.')),
    rec && billOf(rec),
    rec && rec.endpoints.length > 0 && h('div', null, h('h4', null, 'Endpoints to build'),
      h('ul', { class: 'endpoints' }, rec.endpoints.map((e) => h('li', null,
        (e.kind === 'gateway' ? 'Gateway endpoint ' : 'Interface endpoint ') + e.serviceName + ': '
        + (PLACEMENT[e.placement] || ((n) => 'in each VPC (' + n + ')'))(e.vpcs)
        + (e.kind === 'interface' ? ', ' + e.azCount + ' AZs' : '') + (e.note ? ' — ' + e.note : ''))))),
    plan.warnings.length > 0 && h('ul', { class: 'warn' }, plan.warnings.map((w) => h('li', { 'data-code': w.code }, h('strong', null, 'Note: '), w.text))),
    h('p', { class: 'plan-tools' },
      h('button', { type: 'button', 'data-act': 'plan-tf' }, 'Copy as Terraform'), ' ',
      h('button', { type: 'button', 'data-act': 'plan-md' }, 'Copy as Markdown'), ' ',
      h('button', { type: 'button', 'data-act': 'plan-csv' }, 'Download CSV')));
}
