#!/usr/bin/env node
// Assembles dist/ from the built widget (www/ + www/pkg/) and pkg-config/:
//
//   dist/static/      what a page loads for the widget: vpce-advisor.js (one ES module, the CSS
//                     inside) and pkg/vpce_advisor_bg.wasm; copy the folder next to any page
//   dist/npm/         the npm package (pkg-config/ + the same files + the stylesheet as a file for
//                     those who want it + the core's glue + the single-file build + types)
//   dist/standalone/  vpce-advisor.standalone.js (one classic script, Wasm and CSS inlined, works
//                     from file://) and standalone.html, a demo that works when opened from disk
// The JS is bundled by esbuild from www/src/ (scripts/bundle.mjs) and minified.
//   dist/vpce-advisor-<version>.tgz   the packed npm package
//   dist/SHA256SUMS   every file above, sorted: same inputs give the same bytes
//
// Usage: node scripts/dist.mjs [--out DIR] [--www DIR] [--check-reproducible]
//   --check-reproducible  also builds a second copy in a temporary folder and fails unless every
//                         file hashes the same as in DIR.
// Needs www/pkg/ (scripts/build.sh) and the release Wasm it came from.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { moduleBundle, standaloneBundle } from './bundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let WWW = path.join(ROOT, 'www'); // --www DIR: build from another copy of the front end (for testing)
const BUNDLE = 'vpce-advisor.js';
const CSS = 'vpce-advisor.css';
const WASM = 'pkg/vpce_advisor_bg.wasm';
/** The core's glue, for the package's `./core` export (the bundle carries its own copy). */
const GLUE = 'pkg/vpce_advisor.js';
const RELEASE_WASM = path.join(ROOT, 'target/wasm32-unknown-unknown/release/vpce_advisor.wasm');

class DistError extends Error {}
const fail = (msg) => { throw new DistError(msg); };
const read = (p) => readFileSync(p, 'utf8');
const rel = (p) => path.relative(ROOT, p) || '.';

/** The crate's version: the single source of truth for every version number shipped. */
export function cargoVersion() {
  const toml = read(path.join(ROOT, 'Cargo.toml'));
  // The workspace's [workspace.package] version (every crate inherits it), or a [package] one.
  const pkg = toml.split(/^\[/m).find((s) => s.startsWith('workspace.package]') || s.startsWith('package]'));
  const m = pkg && pkg.match(/^version\s*=\s*"([^"]+)"/m);
  if (!m) fail('Cargo.toml: no [workspace.package] or [package] version');
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

// ---- assembling ---------------------------------------------------------------------------

function run(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  } catch (e) {
    fail(`${path.basename(cmd)} ${args.join(' ')} failed:\n${e.stderr || e.message}`);
  }
}

function newer(a, b) { return statSync(a).mtimeMs > statSync(b).mtimeMs; }

function checkInputs() {
  for (const f of [CSS, WASM, GLUE]) {
    if (!existsSync(path.join(WWW, f))) fail(`www/${f} is missing: run scripts/build.sh (or make build) first`);
  }
  if (!existsSync(RELEASE_WASM)) fail(`${rel(RELEASE_WASM)} is missing: run scripts/build.sh first`);
  if (newer(RELEASE_WASM, path.join(WWW, WASM))) fail('www/pkg/ is older than the release Wasm: run scripts/build.sh again');
}

const put = (file, data) => { mkdirSync(path.dirname(file), { recursive: true }); writeFileSync(file, data); };

function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')]))
    .sort();
}

/** The stylesheet as a file (for those who want it; the bundle carries its own copy), minified. */
const minifiedCss = (bytes) => transformSync(bytes.toString('utf8'), { loader: 'css', minify: true, legalComments: 'none', charset: 'utf8' }).code;

/** Builds the whole of dist/ into `out`; returns the SHA256SUMS text. */
export async function build(out) {
  const version = cargoVersion();
  const manifest = checkVersions(version);
  const asOf = pricesAsOf();
  checkInputs();

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  // What ships is minified by esbuild (pinned in package.json; deterministic); www/ keeps the
  // readable sources.
  const wasm = readFileSync(path.join(WWW, WASM));
  const bundle = await moduleBundle({ minify: true, www: WWW });
  const shipped = { [BUNDLE]: bundle, [WASM]: wasm };

  // dist/static: exactly what a page loads.
  for (const [f, data] of Object.entries(shipped)) put(path.join(out, 'static', f), data);

  // dist/standalone: everything inlined into one classic script; keeps its banner (name,
  // version, prices' date).
  const standalone = await standaloneBundle({ version, banner: standaloneBanner(version, asOf), wasmBytes: wasm, www: WWW });
  put(path.join(out, 'standalone/vpce-advisor.standalone.js'), standalone);
  put(path.join(out, 'standalone/standalone.html'),
    read(path.join(ROOT, 'pkg-config/standalone.html')).replaceAll('{{version}}', version).replaceAll('{{asOf}}', asOf));

  // dist/npm: the manifest as written (its version checked above), its README, types, files.
  const npm = path.join(out, 'npm');
  const files = { ...shipped, [CSS]: minifiedCss(readFileSync(path.join(WWW, CSS))), [GLUE]: readFileSync(path.join(WWW, GLUE)) };
  const missing = Object.keys(files).filter((f) => !manifest.files.includes(f));
  if (missing.length) fail(`pkg-config/package.json "files" lacks ${missing.join(', ')} (the build ships them)`);
  for (const [f, data] of Object.entries(files)) put(path.join(npm, f), data);
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

function standaloneBanner(version, asOf) {
  return `/*! vpce-advisor ${version} (prices as of ${asOf}), single-file build: one classic script with the
 * WebAssembly and the CSS inlined, for file:// pages and offline copies. Load it with
 *   <script src="vpce-advisor.standalone.js"></script>   then write  <vpce-advisor service="s3"></vpce-advisor>
 * It defines <vpce-advisor> and the global vpceAdvisor = { mount, define, version }.
 * A Content-Security-Policy must still allow 'wasm-unsafe-eval' in script-src.
 * License: MIT OR Apache-2.0. */`;
}

async function main() {
  const args = process.argv.slice(2);
  const outArg = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'dist';
  const out = path.resolve(ROOT, outArg);
  if (args.includes('--www')) WWW = path.resolve(args[args.indexOf('--www') + 1]);
  if (out === ROOT || !out.startsWith(ROOT + path.sep) && !out.startsWith(tmpdir())) fail(`--out ${outArg}: must be a folder inside the repository or the temp dir`);
  const t0 = Date.now();
  const r = await build(out);
  console.log(`dist: vpce-advisor ${r.version} in ${rel(out)}/ (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`  npm package: ${r.packed.length} files (${r.packed.join(', ')})`);
  console.log(`  standalone: ${r.standaloneBytes} bytes`);
  if (args.includes('--check-reproducible')) {
    const again = mkdtempSync(path.join(tmpdir(), 'vpce-dist-again-'));
    try {
      const second = (await build(again)).sums;
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
    await main();
  } catch (e) {
    if (!(e instanceof DistError)) throw e;
    console.error('dist: ' + e.message);
    process.exit(1);
  }
}
