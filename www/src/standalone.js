// The single-file build's entry point (a classic script, WebAssembly and CSS inlined): defines
// <vpce-advisor> and the global `vpceAdvisor = { mount, define, version }`. Loaded twice, the
// first copy stays in charge.

import { define, mount } from './index.js';

// VPCE_VERSION is the package version, put in by the bundler (scripts/bundle.mjs).
globalThis.vpceAdvisor ??= Object.freeze({ mount, define, version: VPCE_VERSION });
