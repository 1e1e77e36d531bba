// The cost inputs: the volume (a slider over 1-2-5 stops, a number and a unit) and the counts
// that price the options (Region, AZs, endpoints, NAT gateways, hours).

import { h, UNITS, unitOf, volume } from '../format.js';
import { field, numberInput, regionOptions } from './fields.js';

// The volume slider's stops: 1-2-5 steps in GB, TB and PB, 1 GB to 10 PB.
export const VOLUME_STOPS = [1, 1024, 1048576]
  .flatMap((unit) => [1, 2, 5, 10, 20, 50, 100, 200, 500].map((m) => unit * m))
  .filter((gb) => gb <= 10485760);

/** Words for the core's `ipAddressType` values (the values themselves come from its field table). */
const IP_VERSIONS = { ipv4: 'IPv4 only', dualstack: 'IPv4 and IPv6 (dual-stack)', ipv6: 'IPv6 only' };

/** The stop nearest to `gb` on a log scale. */
export function nearestStop(gb) {
  const distance = (stop) => Math.abs(Math.log(stop / Math.max(gb, 0.5)));
  return VOLUME_STOPS.reduce((best, stop, i) => (distance(stop) < distance(VOLUME_STOPS[best]) ? i : best), 0);
}

/**
 * Builds the cost inputs. `fields` is the core's field table (a Map by name), `ids(name)` gives
 * an id unique to this instance.
 * Returns the form and the volume's three inputs.
 */
export function buildControls(catalog, fields, ids) {
  const slider = h('input', {
    type: 'range', min: 0, max: VOLUME_STOPS.length - 1, step: 1, 'data-f': 'gbRange', id: ids('volume'),
  });
  const amount = h('input', {
    type: 'number', min: 0, step: 'any', 'data-f': 'gbNum', inputmode: 'decimal',
    'aria-label': 'Data per month, in the unit beside it',
  });
  const unit = h('select', { 'data-f': 'gbUnit', 'aria-label': 'Unit of data per month' },
    Object.keys(UNITS).map((u) => h('option', { value: u }, u)));
  // The counts are "more inputs": in the compact layout they wait behind "More questions".
  const extra = (node) => (node.classList.add('extra'), node);
  const form = h('form', { class: 'controls', part: 'controls' },
    h('h3', null, 'Cost inputs'),
    h('div', { class: 'vol' },
      h('label', { for: ids('volume') }, 'Data processed per month'), slider,
      h('span', { class: 'pair' }, amount, unit),
      h('span', { class: 'note' }, '1 TB = 1,024 GB, as AWS’s price tiers count.')),
    field('Region', h('select', { 'data-f': 'region' }, regionOptions(catalog))),
    extra(field('Availability Zones per endpoint', numberInput('azCount', fields))),
    extra(field('Interface endpoints', numberInput('endpointCount', fields, '1 per service'))),
    extra(field('NAT gateways on the public path', numberInput('natGatewayCount', fields, '1 per AZ'))),
    extra(field('Hours per month', numberInput('hoursPerMonth', fields))),
    extra(field('Clients’ IP version', h('select', { 'data-f': 'ipAddressType' },
      fields.get('ipAddressType').values.map((v) => h('option', { value: v }, IP_VERSIONS[v] || v))))));
  return { form, volume: { slider, amount, unit } };
}

/**
 * The volume control: shows a volume in GB and reads the reader's edits of it. `unitChosen` is
 * the unit the reader last picked (kept while they type), or null.
 */
export function volumeControl({ slider, amount, unit }) {
  let unitChosen = null;
  return {
    /** Shows `gb`; `all` also rewrites the number and unit (not while the reader types there). */
    show(gb, all) {
      // Written only when they differ: the slider being moved already shows its stop.
      const stop = String(nearestStop(gb));
      if (slider.value !== stop) slider.value = stop;
      const words = volume(gb) + ' per month';
      if (slider.getAttribute('aria-valuetext') !== words) slider.setAttribute('aria-valuetext', words);
      if (!all) return;
      const u = unitChosen || unitOf(gb);
      unit.value = u;
      if (amount.getRootNode().activeElement !== amount) amount.value = +(gb / UNITS[u]).toFixed(6);
    },
    /** The volume an edit of `input` asks for: GB, or the typed text if it is not a number. */
    read(input) {
      if (input === slider) {
        const gb = VOLUME_STOPS[+slider.value];
        unitChosen = unitOf(gb);
        if (unit.value !== unitChosen) unit.value = unitChosen;
        amount.value = gb / UNITS[unitChosen];
        return gb;
      }
      unitChosen = unit.value;
      const n = amount.valueAsNumber;
      return isFinite(n) ? n * UNITS[unitChosen] : amount.value;
    },
    /** Page Up/Down move a decade (three 1-2-5 stops); arrows move one stop (the browser's own). */
    stepByKey(key) {
      const delta = { PageUp: 3, PageDown: -3 }[key];
      if (!delta) return false;
      slider.value = Math.min(VOLUME_STOPS.length - 1, Math.max(0, +slider.value + delta));
      return true;
    },
  };
}
