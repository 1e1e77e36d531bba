// The embedding recipes of the README ("Embedding it"), each loaded the way a site would load it:
//   plain HTML + <script type="module"> (dist/static), served under the strict CSP;
//   plain HTML opened from file:// with the single-file build, and that build served under the CSP;
//   the element inserted after load by client-side navigation (Docusaurus, Material for MkDocs);
//   a Vite-built page importing the npm package; a Node import of the package with no DOM (SSR).
// Each browser case checks that the widget renders (a verdict in its shadow root) and responds
// (a control changes, the verdict changes), with no console error, CSP violation or foreign
// request. Builds dist/ first if it is missing or older than its inputs.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DIST, EMBED, ROOT, buildVite, buildWebpack, ensureDist, fileUrl, installPacked, launch, moveSlider, open, serve, verdict, verdictChanged,
} from './embed-helpers.mjs';

const VERSION = JSON.parse(readFileSync(path.join(ROOT, 'pkg-config/package.json'), 'utf8')).version;
const AS_OF = JSON.parse(readFileSync(path.join(ROOT, 'data/prices.json'), 'utf8')).asOf;

let server, browser;

before(async () => {
  ensureDist();
  [server, browser] = await Promise.all([serve(), launch()]);
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** The common checks: both widgets on the page render, respond to their controls and to update(). */
async function rendersAndResponds(page, { footer = true } = {}) {
  const first = await verdict(page, '#element');
  assert.match(first, /Recommended: /);
  // The slider's stops are 1-2-5 steps from 1 GB; stop 3 is 10 GB, far from the page's 5 TB.
  await moveSlider(page, '#element', 3);
  const moved = await verdictChanged(page, '#element', first);
  assert.match(moved, /10 GB/);

  const mounted = await verdict(page, '#mounted');
  await page.evaluate(() => window.vpceHandle.update({ service: 'aws-service', awsServices: ['sqs'] }));
  const updated = await verdictChanged(page, '#mounted', mounted);
  assert.match(updated, /Interface endpoint/);

  if (footer) {
    const text = await page.locator('#element footer').innerText();
    assert.ok(text.includes(`vpce-advisor ${VERSION}`), `footer names the version: ${text}`);
    assert.ok(text.includes(AS_OF), `footer gives the prices' date: ${text}`);
  }
  // The stylesheet reached the shadow root (:host { display: block } in vpce-advisor.css).
  assert.equal(await page.locator('#element').evaluate((el) => getComputedStyle(el).display), 'block');
}

const clean = (problems) => assert.deepEqual(problems, [], 'no console errors, CSP violations or foreign requests');

test('SSR: importing every entry point of the packed package in Node (no DOM) does not throw', () => {
  const dir = path.join(EMBED, 'ssr');
  installPacked(dir);
  const out = execFileSync(process.execPath, [path.join(dir, 'ssr.mjs')], { cwd: dir, encoding: 'utf8' });
  const got = JSON.parse(out.trim().split('\n').pop());
  assert.equal(got.packageVersion, VERSION);
  assert.equal(got.catalogVersion, VERSION, 'catalog().version is the package version');
  assert.equal(got.asOf, AS_OF);
});

test('versions agree: Cargo.toml, the npm manifest, the single-file build, the changelog', () => {
  const toml = readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const cargo = toml.split(/^\[/m).find((s) => s.startsWith('workspace.package]')).match(/^version\s*=\s*"([^"]+)"/m)[1];
  assert.equal(VERSION, cargo);
  assert.equal(JSON.parse(readFileSync(path.join(DIST, 'npm/package.json'), 'utf8')).version, cargo);
  const head = readFileSync(path.join(DIST, 'standalone/vpce-advisor.standalone.js'), 'utf8').slice(0, 200);
  assert.ok(head.includes(`vpce-advisor ${cargo} (prices as of ${AS_OF})`), head);
  assert.match(readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## \\[${cargo.replace(/\./g, '\\.')}\\]`, 'm'));
});

test('plain HTML, <script type="module">, static bundle under the strict CSP', async () => {
  const { context, page, problems } = await open(browser, server.url + 'tests/embed/module.html');
  try {
    await rendersAndResponds(page);
    clean(problems);
  } finally { await context.close(); }
});

test('plain HTML opened from file:// with the single-file build', async () => {
  const { context, page, problems } = await open(browser, fileUrl('tests/embed/file.html'));
  try {
    await rendersAndResponds(page);
    // One file: no <link>/<style> in the shadow root, the CSS is an adopted (constructed) sheet.
    const styles = await page.locator('#element').evaluate((el) => ({
      adopted: el.shadowRoot.adoptedStyleSheets.length,
      elements: el.shadowRoot.querySelectorAll('link, style').length,
    }));
    assert.deepEqual(styles, { adopted: 1, elements: 0 });
    clean(problems);
  } finally { await context.close(); }
});

test('why the single-file build exists: the module build does not load from file://', async () => {
  const { context, page, problems } = await open(browser, fileUrl('tests/embed/module.html'));
  try {
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => customElements.get('vpce-advisor')), undefined);
    assert.ok(problems.some((p) => /CORS|file:/.test(p)), `Chromium blocks the module script: ${problems.join('; ')}`);
  } finally { await context.close(); }
});

test('the single-file build served under the strict CSP (constructed stylesheet, inlined Wasm)', async () => {
  const { context, page, problems } = await open(browser, server.url + 'tests/embed/file.html');
  try {
    await rendersAndResponds(page);
    clean(problems);
  } finally { await context.close(); }
});

test('dist/standalone/standalone.html works when opened from disk', async () => {
  const { context, page, problems } = await open(browser, fileUrl('dist/standalone/standalone.html'));
  try {
    const first = await verdict(page, '#advisor');
    await moveSlider(page, '#advisor', 3);
    await verdictChanged(page, '#advisor', first);
    clean(problems);
  } finally { await context.close(); }
});

test('element inserted after load by client-side navigation (Docusaurus, Material for MkDocs)', async () => {
  const { context, page, problems } = await open(browser, server.url + 'tests/embed/spa.html');
  try {
    assert.equal(await page.locator('vpce-advisor').count(), 0);
    for (const [link, expected] of [['#to-react', /1 TB/], ['#to-instant', /20 TB/]]) {
      await page.click(link);
      const first = await verdict(page, '#spa-advisor');
      assert.match(first, expected);
      await moveSlider(page, '#spa-advisor', 3);
      await verdictChanged(page, '#spa-advisor', first);
      await page.click('#to-home'); // removed: disconnectedCallback destroys it
      assert.equal(await page.locator('vpce-advisor').count(), 0);
    }
    // Back and forward re-create the page: the widget draws again.
    await page.goBack();
    assert.match(await verdict(page, '#spa-advisor'), /20 TB/);
    clean(problems);
  } finally { await context.close(); }
});

test('a Vite-built page importing the npm package', async () => {
  buildVite();
  const { context, page, problems } = await open(browser, server.url + 'tests/embed/vite/dist/index.html');
  try {
    await rendersAndResponds(page);
    clean(problems);
  } finally { await context.close(); }
});

test('a webpack 5 build importing the npm package (what Docusaurus bundles with): no warning, renders, responds', async () => {
  const output = buildWebpack();
  assert.doesNotMatch(output, /WARNING|ERROR/, output);
  const { context, page, problems } = await open(browser, server.url + 'tests/embed/webpack/index.html');
  try {
    await rendersAndResponds(page);
    clean(problems);
  } finally { await context.close(); }
});

test('dist/ is reproducible: a second build has the same SHA-256 of every file', () => {
  const out = execFileSync(path.join(ROOT, 'scripts/dist.sh'), ['--check-reproducible'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  assert.match(out, /reproducible: a second build gave the same \d+ SHA-256 sums/);
});
