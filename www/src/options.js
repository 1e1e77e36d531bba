// Attributes and options: what the embedder and the address give the widget, turned into a
// Scenario. Only types are converted here; Rust validates and names what it rejects.
//
// A scenario is a null-prototype object and keys that could reach a prototype (`__proto__`,
// `constructor`, `prototype`) are skipped, so no input ever writes through one.

import { camel } from './format.js';

// Attributes are the Scenario's fields in kebab-case.
const NUMBER_ATTRIBUTES = ['gb-per-month', 'hours-per-month', 'az-count', 'endpoint-count', 'nat-gateway-count',
  'peak-gbps', 'remote-traffic-percent'];
const BOOLEAN_ATTRIBUTES = ['has-nat-gateway', 'allow-internet-path', 'require-security-groups', 'require-private-ips'];
const LIST_ATTRIBUTES = ['traffic-from', 'aws-services'];
const TEXT_ATTRIBUTES = ['service', 'region', 'service-region', 'ip-address-type'];
// Known before the Wasm loads (custom elements read observedAttributes when they are defined);
// an e2e test holds these lists to the core's field table (scenarioFields()).
export const ATTRIBUTES = [...TEXT_ATTRIBUTES, ...LIST_ATTRIBUTES, ...NUMBER_ATTRIBUTES, ...BOOLEAN_ATTRIBUTES];

/** Options that configure the widget rather than describe the scenario. */
export const WIDGET_OPTIONS = ['theme', 'syncUrl', 'layout', 'destinations'];

const PLAIN_NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/**
 * An attribute's text as the Scenario value it stands for; what cannot be converted is passed on
 * for Rust to reject by name.
 */
export function fromAttribute(attr, text) {
  if (text == null) return undefined;
  if (LIST_ATTRIBUTES.includes(attr)) return text.split(/[\s,]+/).filter(Boolean);
  if (BOOLEAN_ATTRIBUTES.includes(attr)) {
    if (text === '' || text === 'true') return true;
    return text === 'false' ? false : text;
  }
  if (NUMBER_ATTRIBUTES.includes(attr)) return PLAIN_NUMBER.test(text) ? Number(text) : text;
  return text;
}

/** `element.getAttribute` for every scenario attribute present, as camelCase options. */
export function attributeOptions(element) {
  const options = emptyScenario();
  for (const attr of ATTRIBUTES) {
    if (element.hasAttribute(attr)) options[camel(attr)] = fromAttribute(attr, element.getAttribute(attr));
  }
  return options;
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether `key` may be written into a scenario: an own, non-prototype key. */
export const isSafeKey = (key) => typeof key === 'string' && !UNSAFE_KEYS.has(key);

/** A scenario with no prototype: nothing inherited, nothing to pollute. */
export const emptyScenario = () => Object.create(null);

/** The own enumerable entries of `source` whose keys are safe (nothing from a prototype). */
export function safeEntries(source) {
  if (!source || typeof source !== 'object') return [];
  return Object.entries(source).filter(([key]) => isSafeKey(key));
}

/** A copy of `scenario` as an ordinary object for the Wasm (own data properties only). */
export const scenarioCopy = (scenario) => ({ ...scenario });

/**
 * Keeps only JSON-shaped values from an untrusted source (the address): strings, finite
 * numbers, booleans, lists of strings; keys of letters only.
 */
export function plainScenario(source) {
  const out = emptyScenario();
  if (!source || typeof source !== 'object' || Array.isArray(source)) return out;
  for (const [key, value] of safeEntries(source)) {
    if (!/^[a-zA-Z]{1,32}$/.test(key)) continue;
    const shortText = (x) => typeof x === 'string' && x.length <= 64;
    if (shortText(value) || typeof value === 'boolean' || (typeof value === 'number' && isFinite(value))) {
      out[key] = value;
    } else if (Array.isArray(value) && value.length <= 200 && value.every(shortText)) {
      out[key] = value;
    }
  }
  return out;
}
