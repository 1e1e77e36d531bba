#!/usr/bin/env node
// Assembles dist/ from the built widget (www/ + www/pkg/) and pkg-config/:
//
//   dist/static/      the widget's files as they are served from www/: copy the folder next to any page
//   dist/npm/         the npm package (pkg-config/ + the same files + the single-file build + types)
//   dist/standalone/  vpce-advisor.standalone.js (one classic script, Wasm and CSS inlined, works
//                     from file://) and standalone.html, a demo that works when opened from disk
//   dist/vpce-advisor-<version>.tgz   the packed npm package
//   dist/SHA256SUMS   every file above, sorted: same inputs give the same bytes
//
// Usage: node scripts/dist.mjs [--out DIR] [--www DIR] [--check-reproducible]
//   --check-reproducible  also builds a second copy in a temporary folder and fails unless every
//                         file hashes the same as in DIR.
// Needs www/pkg/ (scripts/build.sh) and the release Wasm it came from; uses wasm-bindgen from
// cargo's bin folder and wasm-opt from node_modules/.bin, as scripts/build.sh does.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let WWW = path.join(ROOT, 'www'); // --www DIR: build from another copy of the front end (for testing)
const ENTRY = 'vpce-advisor.js';
const CSS = 'vpce-advisor.css';
const PKG_FILES = ['pkg/vpce_advisor.js', 'pkg/vpce_advisor_bg.wasm'];
const RELEASE_WASM = path.join(ROOT, 'target/wasm32-unknown-unknown/release/vpce_advisor.wasm');
const BIN = {
  wasmBindgen: path.join(process.env.CARGO_HOME || path.join(homedir(), '.cargo'), 'bin/wasm-bindgen'),
  wasmOpt: path.join(ROOT, 'node_modules/.bin/wasm-opt'),
};

class DistError extends Error {}
const fail = (msg) => { throw new DistError(msg); };
const read = (p) => readFileSync(p, 'utf8');
const rel = (p) => path.relative(ROOT, p) || '.';

/** The workspace's version: the single source of truth for every version number shipped. */
export function cargoVersion() {
  const toml = read(path.join(ROOT, 'Cargo.toml'));
  const pkg = toml.split(/^\[/m).find((s) => s.startsWith('workspace.package]'));
  const m = pkg && pkg.match(/^version\s*=\s*"([^"]+)"/m);
  if (!m) fail('Cargo.toml: no [workspace.package] version');
  return m[1];
}

/** Checks that the npm manifest and the changelog agree with Cargo.toml. */
function checkVersions(version) {
  const manifest = JSON.parse(read(path.join(ROOT, 'pkg-config/package.json')));
  if (manifest.version !== version) {
    fail(`pkg-config/package.json has version ${manifest.version} but Cargo.toml has ${version}: Cargo.toml is the source of truth, update the manifest`);
  }
  const changelog = read(path.join(ROOT, 'CHANGELOG.md'));
  if (!new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(changelog)) {
    fail(`CHANGELOG.md has no "## [${version}]" entry`);
  }
  return manifest;
}

function pricesAsOf() {
  const asOf = JSON.parse(read(path.join(ROOT, 'data/prices.json'))).asOf;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf || '')) fail('data/prices.json: asOf is not a YYYY-MM-DD date');
  return asOf;
}

// ---- the front end's module graph --------------------------------------------------------

const STATIC_IMPORT = /^[ \t]*import\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}\s*)?(?:\*\s+as\s+([\w$]+)\s*)?(?:from\s+)?(['"])([^'"]+)\4\s*;?[ \t]*$/gm;
/** The wasm-bindgen glue: generated, shipped as it is, and swapped for the inlined one in the single-file build. */
const GLUE = 'pkg/vpce_advisor.js';
/** The front-end module that fetches the Wasm (swapped for the inlined bytes in the single-file build). */
const WASM_SOURCE = 'wasm-source.js';
const resolveSpec = (file, spec) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));

/** The ES modules www/vpce-advisor.js statically imports, dependencies first (post-order). */
export function moduleGraph(dir = WWW, entry = ENTRY) {
  const order = [];
  const seen = new Set();
  const visit = (file, from) => {
    if (seen.has(file)) return;
    seen.add(file);
    const full = path.join(dir, file);
    if (!existsSync(full)) fail(`${file} (imported by ${from}) is missing from ${rel(dir)}/`);
    for (const m of read(full).matchAll(STATIC_IMPORT)) {
      const spec = m[5];
      if (!spec.startsWith('./')) fail(`${file} imports "${spec}": only relative imports of sibling modules can be shipped as they are`);
      if (resolveSpec(file, spec) !== GLUE) visit(resolveSpec(file, spec), file);
    }
    order.push(file);
  };
  visit(entry, 'the entry point');
  return order;
}

// ---- the single-file build --------------------------------------------------------------

/**
 * Turns the front end's ES modules into plain statements for one classic script: each module
 * becomes a function scope returning its exports; `import {a as b} from './x.js'` becomes a
 * destructuring of that object. Three browser-facing seams are redirected:
 *   import.meta.url        -> the script's own URL (there is no import.meta in a classic script)
 *   import(url)            -> the inlined wasm-bindgen glue (only ./pkg/vpce_advisor.js is allowed)
 *   h('link', {rel: 'stylesheet', …vpce-advisor.css…})  -> a node that adopts the inlined CSS
 * Every rewrite is counted; if the front end's code no longer has the shape this expects, the
 * build fails and says which rewrite found nothing, rather than shipping a broken file.
 */
export function modulesToClassic(files, dir = WWW) {
  const id = new Map(files.map((f, i) => [f, `__vpce_m${i}`]));
  const counts = { dynamicImport: 0, glueImport: 0, stylesheetLink: 0 };
  const out = [];
  for (const file of files) {
    // The Wasm's source: in one file, the inlined bytes instead of a fetch.
    let src = file === WASM_SOURCE ? 'export async function wasmBytes() { return __vpce_bytes(); }\n' : read(path.join(dir, file));
    const exported = [];
    src = src.replace(STATIC_IMPORT, (_, def, names, ns, _q, spec) => {
      const target = resolveSpec(file, spec);
      const isGlue = target === GLUE;
      if (isGlue) counts.glueImport++;
      const dep = isGlue ? '__vpce_glue' : id.get(target);
      if (def && !isGlue) fail(`${file}: default import from ${spec} is not supported by the single-file build`);
      const lines = [];
      if (def) lines.push(`const ${def} = ${dep}.default;`);
      if (ns) lines.push(`const ${ns} = ${dep};`);
      if (names) {
        const pattern = names.split(',').map((n) => n.trim()).filter(Boolean)
          .map((n) => { const [a, b] = n.split(/\s+as\s+/); return b ? `${a}: ${b}` : a; }).join(', ');
        lines.push(`const { ${pattern} } = ${dep};`);
      }
      return lines.join(' ');
    });
    src = src.replace(/^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/gm, (_, kind, name) => {
      exported.push([name, name]);
      return `${kind} ${name}`;
    });
    src = src.replace(/^export\s*\{([^}]*)\}\s*;?/gm, (_, names) => {
      for (const n of names.split(',').map((s) => s.trim()).filter(Boolean)) {
        const [a, b] = n.split(/\s+as\s+/);
        exported.push([b || a, a]);
      }
      return '';
    });
    src = src.replace(/h\(\s*(['"])link\1\s*,\s*\{[^{}]*?rel:\s*(['"])stylesheet\2[^{}]*?vpce-advisor\.css[^{}]*\}\s*\)/g, () => {
      counts.stylesheetLink++;
      return '__vpce_styleNode()';
    });
    src = src.replace(/\bimport\s*\(/g, () => { counts.dynamicImport++; return '__vpce_import('; });
    src = src.replace(/\bimport\.meta\.url\b/g, '__vpce_base');
    const left = src.match(/^\s*export\b.*$|\bimport\.meta\b|^\s*import\b.*$/m);
    if (left) fail(`${file}: the single-file build cannot convert "${left[0].trim()}"`);
    const returns = exported.map(([as, name]) => (as === name ? name : `${as}: ${name}`)).join(', ');
    out.push(`// ---- ${file}\nconst ${id.get(file)} = (function () {\n${src.trimEnd()}\nreturn { ${returns} };\n})();`);
  }
  // The glue may be imported statically (bundler-friendly) or with import(url) (lazy); the
  // single-file build serves both from the inlined copy.
  if (counts.dynamicImport + counts.glueImport < 1 || counts.dynamicImport > 1) {
    fail(`the single-file build expects the front end to import ./pkg/vpce_advisor.js statically or with one import(), found ${counts.glueImport} static and ${counts.dynamicImport} dynamic`);
  }
  if (counts.stylesheetLink !== 1) fail(`the single-file build expects one h('link', { rel: 'stylesheet', href: …vpce-advisor.css… }) in the front end, found ${counts.stylesheetLink}`);
  return { code: out.join('\n\n'), entryId: id.get(files[files.length - 1]) };
}

/** The runtime the rewritten modules call into; it lives inside the same IIFE. */
function standaloneRuntime({ wasmBase64, css }) {
  return `// ---- single-file build runtime
const __vpce_base = (function () {
  try {
    const s = typeof document !== 'undefined' && document.currentScript;
    return new URL(s && s.src ? s.src : globalThis.location.href).href;
  } catch (e) {
    return 'file:///';
  }
})();
const __vpce_wasm = ${JSON.stringify(wasmBase64)};
const __vpce_css = ${JSON.stringify(css)};
function __vpce_bytes() {
  const b = atob(__vpce_wasm);
  const bytes = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) bytes[i] = b.charCodeAt(i);
  return bytes;
}
// What the element imports as ./pkg/vpce_advisor.js: the inlined glue, started from the inlined
// bytes whatever path it is given.
// One copy of the glue only: after a trap the widget asks for a fresh copy (?N), and here it gets
// the same one back — recovery is best effort in this build.
const __vpce_glue = Object.assign({}, wasm_bindgen, { default: (arg) => wasm_bindgen(arg ?? { module_or_path: __vpce_bytes() }) });
function __vpce_import(url) {
  if (!/\\/pkg\\/vpce_advisor\\.js(\\?\\d+)?$/.test(String(url))) return Promise.reject(new Error('single-file build: cannot import ' + url));
  return Promise.resolve(__vpce_glue);
}
// One constructed stylesheet shared by every widget's shadow root: CSSOM-built sheets are not
// inline styles, so a strict style-src (no 'unsafe-inline') allows them. Browsers without
// adoptedStyleSheets get a <style> element (fine without a CSP).
let __vpce_sheet = null;
function __vpce_styleNode() {
  const canAdopt = typeof CSSStyleSheet === 'function' && typeof ShadowRoot === 'function' &&
    'adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype;
  if (!canAdopt) {
    const style = document.createElement('style');
    style.textContent = __vpce_css;
    return style;
  }
  const marker = document.createTextNode('');
  // Runs right after the node is inserted, before the browser paints.
  queueMicrotask(() => {
    const root = marker.getRootNode();
    if (!(root instanceof ShadowRoot)) return;
    if (!__vpce_sheet) { __vpce_sheet = new CSSStyleSheet(); __vpce_sheet.replaceSync(__vpce_css); }
    if (!root.adoptedStyleSheets.includes(__vpce_sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, __vpce_sheet];
  });
  return marker;
}`;
}

function standaloneScript({ glue, wasm, css, files, version, asOf }) {
  const { code, entryId } = modulesToClassic(files);
  if (!/^let wasm_bindgen = \(function\(exports\) \{/.test(glue)) fail('wasm-bindgen --target no-modules output does not start with "let wasm_bindgen = (function(exports) {"');
  return `/*! vpce-advisor ${version} (prices as of ${asOf}), single-file build: one classic script with the
 * WebAssembly and the CSS inlined, for file:// pages and offline copies. Load it with
 *   <script src="vpce-advisor.standalone.js"></script>   then write  <vpce-advisor service="s3"></vpce-advisor>
 * It defines <vpce-advisor> and the global vpceAdvisor = { mount, define, version }.
 * A Content-Security-Policy must still allow 'wasm-unsafe-eval' in script-src.
 * License: MIT OR Apache-2.0. */
(function () {
'use strict';
if (globalThis.vpceAdvisor) return; // loaded twice: the first copy already defined the element

// ---- wasm-bindgen --target no-modules glue
${glue.trimEnd()}

${standaloneRuntime({ wasmBase64: Buffer.from(wasm).toString('base64'), css })}

${code}

globalThis.vpceAdvisor = Object.freeze({ mount: ${entryId}.mount, define: ${entryId}.define, version: ${JSON.stringify(version)} });
})();
`;
}

// ---- assembling ---------------------------------------------------------------------------

function run(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  } catch (e) {
    fail(`${path.basename(cmd)} ${args.join(' ')} failed:\n${e.stderr || e.message}`);
  }
}

function newer(a, b) { return statSync(a).mtimeMs > statSync(b).mtimeMs; }

function checkInputs(files) {
  for (const f of [...files, CSS, ...PKG_FILES]) {
    if (!existsSync(path.join(WWW, f))) fail(`www/${f} is missing: run scripts/build.sh (or make build) first`);
  }
  if (!existsSync(RELEASE_WASM)) fail(`${rel(RELEASE_WASM)} is missing: run scripts/build.sh first`);
  if (newer(RELEASE_WASM, path.join(WWW, 'pkg/vpce_advisor_bg.wasm'))) {
    fail('www/pkg/ is older than the release Wasm: run scripts/build.sh again');
  }
  for (const [name, bin] of Object.entries(BIN)) if (!existsSync(bin)) fail(`${bin} (${name}) is missing: run scripts/setup.sh build`);
}

const put = (file, data) => { mkdirSync(path.dirname(file), { recursive: true }); writeFileSync(file, data); };

function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')]))
    .sort();
}

/**
 * What ships is minified (esbuild, pinned in package.json; deterministic): whitespace, comments
 * and local names go, module structure and exports stay. www/ keeps the readable sources.
 */
function minified(file, bytes) {
  const loader = file.endsWith('.css') ? 'css' : file.endsWith('.js') ? 'js' : null;
  if (!loader) return bytes;
  const code = transformSync(bytes.toString('utf8'), { loader, minify: true, legalComments: 'none', charset: 'utf8' }).code;
  // Minification drops the hints that tell bundlers to leave the one runtime import() (a fresh
  // copy of the glue after a Wasm trap) alone; put them back, or webpack warns "Critical
  // dependency" and Vite warns too.
  return Buffer.from(loader === 'js' ? code.replaceAll('import(', 'import(/* webpackIgnore: true */ /* @vite-ignore */ ') : code);
}

/** Builds the whole of dist/ into `out`; returns the SHA256SUMS text. */
export function build(out) {
  const version = cargoVersion();
  const manifest = checkVersions(version);
  const asOf = pricesAsOf();
  const files = moduleGraph();
  checkInputs(files);
  const shipped = [...files, CSS, ...PKG_FILES];

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  // dist/static: exactly what www/ serves the widget from.
  for (const f of shipped) put(path.join(out, 'static', f), minified(f, readFileSync(path.join(WWW, f))));

  // dist/standalone: no-modules glue + wasm-opt -Oz, everything inlined into one classic script.
  const work = mkdtempSync(path.join(tmpdir(), 'vpce-dist-'));
  let standalone;
  try {
    run(BIN.wasmBindgen, ['--target', 'no-modules', '--no-typescript', '--out-dir', work, RELEASE_WASM]);
    run(BIN.wasmOpt, ['-Oz', path.join(work, 'vpce_advisor_bg.wasm'), '-o', path.join(work, 'opt.wasm')]);
    standalone = standaloneScript({
      glue: read(path.join(work, 'vpce_advisor.js')),
      wasm: readFileSync(path.join(work, 'opt.wasm')),
      css: read(path.join(WWW, CSS)),
      files, version, asOf,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  // Keep the banner (name, version, prices' date) that minification would strip.
  const banner = standalone.match(/^\/\*![\s\S]*?\*\/\n/)?.[0] ?? '';
  standalone = banner + minified('vpce-advisor.standalone.js', Buffer.from(standalone)).toString('utf8');
  put(path.join(out, 'standalone/vpce-advisor.standalone.js'), standalone);
  put(path.join(out, 'standalone/standalone.html'),
    read(path.join(ROOT, 'pkg-config/standalone.html')).replaceAll('{{version}}', version).replaceAll('{{asOf}}', asOf));

  // dist/npm: the manifest as written (its version checked above), its README, types, files.
  const npm = path.join(out, 'npm');
  const missing = shipped.filter((f) => !manifest.files.includes(f));
  if (missing.length) fail(`pkg-config/package.json "files" lacks ${missing.join(', ')} (the front end imports them)`);
  for (const f of shipped) put(path.join(npm, f), minified(f, readFileSync(path.join(WWW, f))));
  put(path.join(npm, 'vpce-advisor.standalone.js'), standalone);
  for (const f of ['package.json', 'README.md', 'vpce-advisor.d.ts', 'core.d.ts']) put(path.join(npm, f), readFileSync(path.join(ROOT, 'pkg-config', f)));
  put(path.join(npm, 'CHANGELOG.md'), readFileSync(path.join(ROOT, 'CHANGELOG.md')));
  const extra = manifest.files.filter((f) => !existsSync(path.join(npm, f)));
  if (extra.length) fail(`pkg-config/package.json "files" names ${extra.join(', ')}, which the build does not produce`);

  // npm pack: the packed list must be exactly what was staged (no file forgotten by "files", none extra).
  const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  const dry = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: npm, env: npmEnv }));
  const packed = dry[0].files.map((f) => f.path).sort();
  const staged = walk(npm);
  if (JSON.stringify(packed) !== JSON.stringify(staged)) {
    fail(`npm pack --dry-run lists\n  ${packed.join('\n  ')}\nbut dist/npm holds\n  ${staged.join('\n  ')}`);
  }
  run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: npm, env: npmEnv });

  const sums = walk(out).map((f) => `${createHash('sha256').update(readFileSync(path.join(out, f))).digest('hex')}  ${f}`).join('\n') + '\n';
  writeFileSync(path.join(out, 'SHA256SUMS'), sums);
  return { sums, version, packed, standaloneBytes: Buffer.byteLength(standalone) };
}

function main() {
  const args = process.argv.slice(2);
  const outArg = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'dist';
  const out = path.resolve(ROOT, outArg);
  if (args.includes('--www')) WWW = path.resolve(args[args.indexOf('--www') + 1]);
  if (out === ROOT || !out.startsWith(ROOT + path.sep) && !out.startsWith(tmpdir())) fail(`--out ${outArg}: must be a folder inside the repository or the temp dir`);
  const t0 = Date.now();
  const r = build(out);
  console.log(`dist: vpce-advisor ${r.version} in ${rel(out)}/ (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`  npm package: ${r.packed.length} files (${r.packed.join(', ')})`);
  console.log(`  standalone: ${r.standaloneBytes} bytes`);
  if (args.includes('--check-reproducible')) {
    const again = mkdtempSync(path.join(tmpdir(), 'vpce-dist-again-'));
    try {
      const second = build(again).sums;
      if (second !== r.sums) {
        const a = new Set(r.sums.split('\n'));
        const differ = second.split('\n').filter((l) => l && !a.has(l)).map((l) => l.slice(66));
        fail(`not reproducible: a second build differs in ${differ.join(', ')}`);
      }
      console.log(`  reproducible: a second build gave the same ${r.sums.trim().split('\n').length} SHA-256 sums`);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    if (!(e instanceof DistError)) throw e;
    console.error('dist: ' + e.message);
    process.exit(1);
  }
}
