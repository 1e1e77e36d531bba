// The WebAssembly runtime every widget on the page shares: the module is compiled once, one
// instance of it answers every call, and what never changes (catalogue, decision tree,
// comparison, the default scenario) is fetched from it once per page.
//
// After a trap the instance's memory is in an unknown state, so it is replaced by a truly new
// instance: a fresh copy of the glue's state over a new `WebAssembly.Instance` of the module
// already compiled — no request, so it works offline. Restarts are bounded: after MAX_RESTARTS
// in a row without one good call in between, the runtime gives up and says so.

// The bundler turns the wasm-bindgen glue into a factory: each call returns a copy of its exports
// with its own module-level state (see scripts/bundle.mjs).
import createGlue from '../pkg/vpce_advisor.js';
import { compileWasm } from './wasm-source.js';

/**
 * Test hook, off in normal use: set `testing.trapNext = true` and the next call into the Wasm
 * throws `WebAssembly.RuntimeError('unreachable')`, as a trap (a panic, in a release build) would.
 */
export const testing = { trapNext: false };

const MAX_RESTARTS = 3;

class Runtime {
  /** @param {WebAssembly.Module} module */
  constructor(module) {
    this.module = module;
    /** The glue's exports (advise, costCurve, …) bound to the current instance. */
    this.glue = null;
    /** The current instance's own exports (`wasm.memory`). */
    this.wasm = null;
    /** How many instances have been started (1 until the first trap). */
    this.instances = 0;
    /** A promise while a new instance is being started, else null. */
    this.restarting = null;
    this.restartsInARow = 0;
    this.broken = false;
  }

  async instantiate() {
    const glue = createGlue();
    const wasm = await glue.default({ module_or_path: this.module });
    this.glue = glue;
    this.wasm = wasm;
    this.instances++;
  }

  /** Calls the Wasm export `name`; a trap starts a new instance for the next call. */
  call(name, ...args) {
    if (this.broken) throw gaveUp();
    try {
      if (testing.trapNext) {
        testing.trapNext = false;
        throw new WebAssembly.RuntimeError('unreachable');
      }
      const result = this.glue[name](...args);
      this.restartsInARow = 0;
      return result;
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) this.restart();
      throw e;
    }
  }

  /** Starts a new instance (once, however many widgets notice the trap). */
  restart() {
    if (this.restarting || this.broken) return;
    if (++this.restartsInARow > MAX_RESTARTS) {
      this.broken = true;
      return;
    }
    // A restart that fails leaves the damaged instance in place: its next trap tries again.
    this.restarting = this.instantiate()
      .catch(() => {})
      .finally(() => { this.restarting = null; });
  }
}

function gaveUp() {
  const e = new Error('The WebAssembly failed ' + MAX_RESTARTS + ' times in a row; reload the page.');
  e.code = 'wasm-trap';
  return e;
}

let shared = null;

/**
 * Loads, compiles and starts the Wasm once per page, however many widgets there are. Resolves to
 * the shared runtime: `call(name, …args)`, `catalog`, `tree`, `comparison`, `defaults` (the
 * default scenario), `fields` (the Scenario field table by name: defaults and limits),
 * `planFields` (the plan's, by name), and `wasm` (the current instance's exports, `wasm.memory`).
 * What never changes is read from the Wasm once per page, when first used: the first drawing
 * needs the catalogue, the default scenario, the field table and the decision tree's questions;
 * the comparison and the plan's fields wait until a widget shows them.
 */
export function load() {
  shared ??= (async () => {
    const runtime = new Runtime(await compileWasm());
    await runtime.instantiate();
    const byName = (list) => new Map(list.map((field) => [field.name, field]));
    // `shape` turns the answer into what the runtime keeps (`Object` gives an object back as it is).
    for (const [property, name, shape = Object] of [['catalog', 'catalog'], ['tree', 'decisionTree'],
      ['comparison', 'comparison'], ['defaults', 'defaultScenario'], ['fields', 'scenarioFields', byName],
      ['planFields', 'planFields', byName]]) {
      // Straight from the glue: data that takes no input does not trap, and the test hook's trap
      // (testing.trapNext) is for the call the test makes next.
      let value;
      Object.defineProperty(runtime, property, { get: () => (value ??= shape(runtime.glue[name]())) });
    }
    return runtime;
  })();
  return shared;
}

/** A failed load, as `[code, message]` in words the site's owner can act on. */
export function loadFailure(e) {
  const text = String((e && e.message) || e);
  if (globalThis.location?.protocol === 'file:') {
    return ['file-protocol', 'Browsers do not load WebAssembly from file:// pages: serve the page over http(s), '
      + 'or use the single-file build.'];
  }
  if (/unsafe-eval|disallowed|Content Security/i.test(text)) {
    return ['csp-blocked', 'This site’s Content-Security-Policy blocks WebAssembly: '
      + 'add \'wasm-unsafe-eval\' to its script-src.'];
  }
  if (/MIME|magic|expected/i.test(text)) {
    return ['wasm-invalid', 'The server did not send the widget’s .wasm file (check its path, '
      + 'and that .wasm is served as application/wasm).'];
  }
  return ['load-failed', 'The widget’s files could not be loaded; pkg/ must be deployed beside vpce-advisor.js. ('
    + text + ')'];
}

/** The stable code of an error from the Wasm or from the shell. */
export const codeOf = (e) =>
  (e && e.code) || (e instanceof globalThis.WebAssembly?.RuntimeError ? 'wasm-trap' : 'script-error');
