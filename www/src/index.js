// The widget's entry point, bundled into vpce-advisor.js: the public API, and <vpce-advisor>
// registered on import. Importing it where there is no DOM (server-side rendering) is safe:
// nothing at the top level touches window, document or customElements.

import { define } from './element.js';

export { define, VpceAdvisor } from './element.js';
export { mount } from './widget.js';
export { load, testing } from './runtime.js';
export { ATTRIBUTES, fromAttribute } from './options.js';

define();
