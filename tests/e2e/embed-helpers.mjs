// Set-up for the embedding tests (embed.test.mjs): build dist/ when its inputs changed, serve the
// repository root with scripts/serve.py (strict CSP) on a free port in 8100–8120, install and run
// the Vite test project, and open pages in headless Chromium while recording anything a page does
// that it should not (console errors, page errors, CSP violations, requests to other origins).

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const EMBED = path.join(ROOT, 'tests/embed');

const log = (...a) => console.error('[embed]', ...a);

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((e) => newestMtime(path.join(p, e))));
}

/** What dist/ is made from; dist.sh runs again when any of it is newer than dist/SHA256SUMS. */
const DIST_INPUTS = ['www', 'pkg-config', 'Cargo.toml', 'CHANGELOG.md', 'data/prices.json', 'scripts/dist.mjs', 'scripts/bundle.mjs',
  'target/wasm32-unknown-unknown/release/vpce_advisor.wasm'];

/** Runs scripts/dist.sh only if dist/ is missing or older than its inputs. */
export function ensureDist() {
  const stamp = path.join(DIST, 'SHA256SUMS');
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const inputs = Math.max(...DIST_INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  if (built && built >= inputs) return false;
  log(built ? 'dist/ is older than its inputs: scripts/dist.sh' : 'no dist/: scripts/dist.sh');
  execFileSync(path.join(ROOT, 'scripts/dist.sh'), { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  return true;
}

/** The packed npm package (what `npm install vpce-advisor` would unpack). */
export function tarball() {
  const t = readdirSync(DIST).filter((f) => /^vpce-advisor-.*\.tgz$/.test(f));
  if (t.length !== 1) throw new Error(`expected one vpce-advisor-*.tgz in dist/, found ${t.length}`);
  return path.join(DIST, t[0]);
}

/** Unpacks the packed package into `<dir>/node_modules/vpce-advisor`, replacing what was there. */
export function installPacked(dir) {
  const dest = path.join(dir, 'node_modules/vpce-advisor');
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['xzf', tarball(), '-C', dest, '--strip-components=1']);
  return dest;
}

/**
 * The Vite project (tests/embed/vite): `npm ci` from its own lock file when node_modules is
 * missing or older than the lock, the packed package unpacked into it, then one `vite build`.
 */
export function buildVite() {
  const dir = path.join(EMBED, 'vite');
  const stamp = path.join(dir, 'node_modules/.package-lock.json');
  if (!existsSync(stamp) || statSync(path.join(dir, 'package-lock.json')).mtimeMs > statSync(stamp).mtimeMs) {
    log('npm ci in tests/embed/vite');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  installPacked(dir);
  execFileSync(process.execPath, [path.join(dir, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  return path.join(dir, 'dist');
}

/**
 * The webpack 5 project (tests/embed/webpack; Docusaurus bundles with webpack 5): `npm ci` from
 * its own lock file when needed, the packed package unpacked into it, then one production build.
 * Returns webpack's output, so a test can assert it built without a warning.
 */
export function buildWebpack() {
  const dir = path.join(EMBED, 'webpack');
  const stamp = path.join(dir, 'node_modules/.package-lock.json');
  if (!existsSync(stamp) || statSync(path.join(dir, 'package-lock.json')).mtimeMs > statSync(stamp).mtimeMs) {
    log('npm ci in tests/embed/webpack');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  installPacked(dir);
  return execFileSync(process.execPath, [path.join(dir, 'node_modules/webpack-cli/bin/cli.js'), '--config', 'webpack.config.cjs'],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/**
 * Starts scripts/serve.py on the first free port in 8100–8120, serving `dir` (the repository
 * root by default) under `csp` (the widget's strict policy by default).
 */
export async function serve({ dir = ROOT, csp } = {}) {
  for (let port = 8100; port <= 8120; port++) {
    const child = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), '--port', String(port), '--dir', dir, '--quiet', ...(csp ? ['--csp', csp] : [])],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    const started = await new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), 10000);
      child.stdout.on('data', (d) => { if (String(d).includes('Serving')) { clearTimeout(t); resolve(true); } });
      child.on('exit', () => { clearTimeout(t); resolve(false); });
    });
    if (started) return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
    child.kill('SIGTERM');
  }
  throw new Error('no free port in 8100–8120 for scripts/serve.py');
}

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const fileUrl = (p) => pathToFileURL(path.join(ROOT, p)).href;

/**
 * Opens `url` in a fresh context (`contextOptions`: Playwright's, e.g. viewport, colorScheme). `problems` collects console errors and warnings, page errors,
 * CSP violations and requests that leave the page's origin (for file:// pages: leave file://).
 */
export async function open(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const origin = url.startsWith('file:') ? 'file://' : new URL(url).origin + '/';
  const problems = [];
  page.on('console', (m) => {
    // A failed load is reported below with its URL (the console message has none).
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource')) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  // The browser's own /favicon.ico probe is not the page's doing.
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push('request off the origin: ' + r.url()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { context, page, problems };
}

/** Waits until the widget in `host` (a CSS selector) has drawn a verdict; returns its text. */
export async function verdict(page, host) {
  const sel = `${host} .verdict .summary`;
  await page.locator(sel).first().waitFor({ state: 'visible', timeout: 15000 });
  return page.locator(`${host} .verdict`).innerText();
}

/** Waits until the verdict in `host` differs from `before`; returns the new text. */
export async function verdictChanged(page, host, before) {
  await page.waitForFunction(([h, b]) => {
    const el = document.querySelector(h);
    const v = el && el.shadowRoot && el.shadowRoot.querySelector('.verdict');
    return v && v.textContent.trim() !== '' && v.innerText !== b;
  }, [host, before], { timeout: 10000 });
  return page.locator(`${host} .verdict`).innerText();
}

/** Moves the widget's volume slider (in `host`'s shadow root) to stop `index`. */
export async function moveSlider(page, host, index) {
  await page.locator(`${host} input[type=range]`).fill(String(index));
}
