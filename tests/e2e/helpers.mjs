// Shared set-up for the browser tests: serve www/ with scripts/serve.py (strict CSP) on a free
// port, drive /usr/bin/chromium headless with playwright-core, and record everything a page
// does that it should not (console errors, CSP violations, requests to other origins).

import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/**
 * Starts scripts/serve.py on a free port; resolves to { url, stop() } once it listens. Bundles
 * www/src/ into www/vpce-advisor.js first (esbuild, well under a second), so that the page never
 * runs a bundle older than the sources.
 */
export async function serve() {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs')], { stdio: 'ignore' });
  const port = await freePort();
  // VPCE_E2E_WWW=DIR serves another copy of the front end (an older one, to see a new test fail).
  const www = process.env.VPCE_E2E_WWW || path.join(ROOT, 'www');
  const child = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), '--port', String(port), '--dir', www, '--quiet'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('serve.py did not start')), 10000);
    child.stdout.on('data', (d) => { if (String(d).includes('Serving')) { clearTimeout(t); resolve(); } });
    child.on('exit', (code) => reject(new Error('serve.py exited with ' + code)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Opens `url` in a fresh context and watches it. `problems` collects console errors and
 * warnings, page errors, CSP violations and requests that leave the page's origin.
 */
export async function open(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('request', (r) => { requests.push(r.url()); if (!r.url().startsWith(origin + '/')) problems.push('request off the origin: ' + r.url()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { context, page, problems, requests };
}

/** Waits until every <vpce-advisor> on the page has drawn a verdict. */
export async function ready(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('vpce-advisor')].every((el) => el.shadowRoot && el.shadowRoot.querySelector('.verdict .summary')), null, { timeout: 15000 });
}

/** A locator inside the shadow root of the advisor with `id` (Playwright pierces open shadow roots). */
export const inside = (page, id) => (sel) => page.locator(`vpce-advisor#${id} ${sel}`);

export function screenshotPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name + '.png');
}
