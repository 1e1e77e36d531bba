// `sync-url`: the scenario kept in the address, so that a link shares it. The widget's part of
// the fragment is `vpce=…` (or `vpce-<id>=…`, the id percent-encoded) among `&`-separated
// parts. A fragment that is not made of such parts (the host page's `#install` anchor, a
// `#/route`) is never touched: the state then lives in `history.state` only, and "Copy link"
// gives the page's address with the widget's part as its fragment.

import { plainScenario } from './options.js';

/** The name of an instance's part: `vpce`, or `vpce-` + the element's id, percent-encoded. */
export const stateKey = (id) => 'vpce' + (id ? '-' + encodeURIComponent(id) : '');

const decode = (text) => {
  try { return decodeURIComponent(text); } catch { return null; }
};

/** The fragment's `name=value` parts, as `[decodedName, rawPart]`. */
function fragmentParts(hash) {
  return hash.replace(/^#/, '').split('&').filter(Boolean).map((part) => {
    const eq = part.indexOf('=');
    return [eq > 0 ? decode(part.slice(0, eq)) : null, part];
  });
}

/** Whether the fragment holds only widget parts (so the widget may write its own into it). */
const ownsFragment = (hash) => fragmentParts(hash).every(([name]) => name != null && /^vpce(-|$)/.test(name));

/** The scenario stored under `key` in the fragment (else in history.state), or null. */
export function readState(key, location = globalThis.location, history = globalThis.history) {
  const name = decode(key);
  const part = fragmentParts(location.hash).find(([n]) => n === name);
  const text = part ? decode(part[1].slice(part[1].indexOf('=') + 1)) : history.state?.[key];
  if (typeof text !== 'string') return null;
  try {
    return plainScenario(JSON.parse(text));
  } catch {
    return null; // not valid JSON: ignored
  }
}

/** The fragment with this instance's part set to `json` (other parts kept in order). */
function fragmentWith(hash, key, json) {
  const name = decode(key);
  const others = fragmentParts(hash).filter(([n]) => n !== name).map(([, part]) => part);
  return '#' + [...others, key + '=' + encodeURIComponent(json)].join('&');
}

/** Stores the scenario under `key`: in the fragment when it is the widgets' own, always in history.state. */
export function writeState(key, scenario, location = globalThis.location, history = globalThis.history) {
  const json = JSON.stringify(scenario);
  const current = history.state;
  const base = current && typeof current === 'object' && !Array.isArray(current) ? current : {};
  const url = ownsFragment(location.hash) ? fragmentWith(location.hash, key, json) : location.href;
  history.replaceState({ ...base, [key]: json }, '', url);
}

/** The address to share: the page without its own fragment, and this instance's part. */
export function shareLink(key, scenario, location = globalThis.location) {
  const hash = ownsFragment(location.hash) ? location.hash : '';
  return location.href.replace(/#.*$/, '') + fragmentWith(hash, key, JSON.stringify(scenario));
}
