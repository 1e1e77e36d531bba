// <vpce-advisor>: the custom element over mount(). Attributes win over `el.options`; both are
// passed to mount() as options, and a change to either is passed on with update().

import { camel } from './format.js';
import { ATTRIBUTES, attributeOptions, emptyScenario, fromAttribute, safeEntries } from './options.js';
import { mount } from './widget.js';

const Base = globalThis.HTMLElement || class {};

/** `<vpce-advisor service="s3" gb-per-month="5000" traffic-from="same-vpc on-premises">`. */
export class VpceAdvisor extends Base {
  static get observedAttributes() { return [...ATTRIBUTES, 'theme', 'sync-url', 'layout', 'destinations']; }
  #options = emptyScenario();
  #handle = null;
  get options() { return this.#options; }
  set options(options) {
    this.#options = emptyScenario();
    for (const [key, value] of safeEntries(options)) this.#options[key] = value;
    this.#handle?.update(this.#config());
  }

  /** The options with the attributes over them. */
  #config() {
    const config = { ...this.#options, ...attributeOptions(this) };
    config.syncUrl = this.hasAttribute('sync-url') || this.#options.syncUrl;
    if (this.hasAttribute('layout')) config.layout = this.getAttribute('layout');
    if (this.hasAttribute('destinations')) config.destinations = this.getAttribute('destinations');
    return config;
  }

  connectedCallback() {
    // `el.options = …` set before the element was upgraded lands on the instance; take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'options')) {
      const options = this.options;
      delete this.options;
      this.options = options;
    }
    if (!this.#handle) this.#handle = mount(this, this.#config());
  }

  disconnectedCallback() {
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback(attr, old, value) {
    if (!this.#handle || old === value || attr === 'theme') return;
    const change = attr === 'sync-url' ? { syncUrl: value != null }
      : attr === 'layout' ? { layout: value ?? this.#options.layout ?? 'compact' }
        : attr === 'destinations' ? { destinations: value }
        : { [camel(attr)]: fromAttribute(attr, value) };
    this.#handle.update(change);
  }
}

/** Registers `<vpce-advisor>` once; a no-op without a custom-element registry (server-side rendering). */
export function define(tag = 'vpce-advisor') {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tag)) return;
  // Another tag gets its own subclass: one constructor cannot be registered twice.
  registry.define(tag, tag === 'vpce-advisor' ? VpceAdvisor : class extends VpceAdvisor {});
}
