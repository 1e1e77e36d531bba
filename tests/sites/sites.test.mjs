// The widget in real documentation sites, each built by its own generator from tests/sites/
// with the README's recipe (see sites.mjs), served with the widget's Content-Security-Policy plus
// what that generator itself needs, and driven in headless Chromium. For every site:
//   - the verdict draws and a control changes it;
//   - navigating away and back (client-side where the generator does that) draws it again;
//   - the site's dark-mode toggle turns the widget dark and light again, and on a light site in
//     a dark OS the widget is light;
//   - at 390 px nothing overflows;
//   - no console error or warning, CSP violation, failed load or request to another origin.
// Screenshots of each site (light and dark, 1280 and 390 px) go to tests/sites/artifacts/.
// Run with `make test-sites` (scripts/test-sites.sh installs the generators first).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, ensureDist, launch, moveSlider, open, serve, verdict, verdictChanged } from '../e2e/embed-helpers.mjs';
import { SITES, buildDocusaurus, docusaurusOut, buildHugo, buildMkDocs, buildVitePress, timings } from './sites.mjs';

const ARTIFACTS = path.join(SITES, 'artifacts');
// The recipes live in docs/embedding.md (the README links to it).
const README = readFileSync(path.join(ROOT, 'docs/embedding.md'), 'utf8');
const HOST = 'vpce-advisor#lake';

// The widget's own policy, and what each generator adds to it (the README's CSP section).
const WIDGET_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const plus = (script, style, img) => `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'${script}; style-src 'self'${style}${img}`;
const CSP = {
  // The theme's inline script (colour mode), inline style attributes, data: images (Infima's icons).
  docusaurus: plus(" 'unsafe-inline'", " 'unsafe-inline'", "; img-src 'self' data:"),
  // The inline script that sets the appearance, inline style attributes, data: images (the icons).
  vitepress: plus(" 'unsafe-inline'", " 'unsafe-inline'", "; img-src 'self' data:"),
  // The inline scripts with the palette and the theme's configuration; data: images (the icons of
  // the navigation drawer).
  material: plus(" 'unsafe-inline'", '', "; img-src 'self' data:"),
  // The test site's theme has no inline script or style: the widget's policy as it is.
  hugo: WIDGET_CSP,
};

// How each generator's dark mode shows on the page, and its toggle.
const docusaurusTheme = {
  toggle: '.navbar button[class*="toggleButton"]',
  menu: { open: 'button.navbar__toggle', toggle: '.navbar-sidebar button[class*="toggleButton"]', close: 'button.navbar-sidebar__close' },
  isDark: () => document.documentElement.dataset.theme === 'dark',
};
const SITE_LIST = [
  { name: 'docusaurus-rspack-npm', out: docusaurusOut('npm', 'rspack'), build: () => buildDocusaurus('npm', 'rspack'), csp: CSP.docusaurus, spa: true, advisor: 'advisor', ...docusaurusTheme },
  { name: 'docusaurus-rspack-static', out: docusaurusOut('static', 'rspack'), build: () => buildDocusaurus('static', 'rspack'), csp: CSP.docusaurus, spa: true, advisor: 'advisor', ...docusaurusTheme },
  { name: 'docusaurus-webpack-npm', out: docusaurusOut('npm', 'webpack'), build: () => buildDocusaurus('npm', 'webpack'), csp: CSP.docusaurus, spa: true, advisor: 'advisor', ...docusaurusTheme },
  { name: 'vitepress', out: path.join(SITES, 'vitepress/docs/.vitepress/dist'), build: buildVitePress, csp: CSP.vitepress, spa: true, advisor: 'advisor.html',
    toggle: '.VPNavBar button.VPSwitchAppearance',
    menu: { open: 'button.VPNavBarHamburger', toggle: '.VPNavScreen button.VPSwitchAppearance', close: 'button.VPNavBarHamburger' },
    isDark: () => document.documentElement.classList.contains('dark') },
  { name: 'mkdocs-material', out: path.join(SITES, 'mkdocs/site'), build: (url) => buildMkDocs(url), csp: CSP.material, spa: true, advisor: 'advisor/',
    toggle: 'form[data-md-component=palette] label:visible',
    isDark: () => document.body.dataset.mdColorScheme === 'slate' },
  { name: 'hugo', out: path.join(SITES, 'hugo/public'), build: buildHugo, csp: CSP.hugo, spa: false, advisor: 'advisor/',
    toggle: 'button.theme-toggle', isDark: () => document.documentElement.dataset.theme === 'dark' },
];

let browser;
before(async () => {
  ensureDist();
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  console.error('[sites] build times (s): ' + Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
});

const clean = (problems) => assert.deepEqual(problems, [], 'no console error or warning, CSP violation, failed load or foreign request');

/** Clicks the site's dark-mode toggle until the site is `want` ('dark' or 'light'); at most 3 clicks (some cycle through "system"). */
async function siteTo(page, site, want) {
  for (let i = 0; i < 4; i++) {
    const dark = await page.evaluate(site.isDark);
    if ((want === 'dark') === dark) return;
    if (i === 3) break;
    // On a phone, Docusaurus and VitePress move the toggle into their menu.
    if (site.menu && !(await page.locator(site.toggle).first().isVisible())) {
      await page.locator(site.menu.open).click();
      await page.locator(site.menu.toggle).click();
      await page.locator(site.menu.close).click();
    } else {
      await page.locator(site.toggle).first().click();
    }
  }
  assert.fail(`${site.name}: the toggle did not make the site ${want}`);
}

/** Waits up to 5 s for the widget's drawn background to be `want` ('dark' or 'light', by its luminance). */
async function widgetIs(page, want) {
  let got;
  for (const end = Date.now() + 5000; Date.now() < end; await page.waitForTimeout(100)) {
    got = await page.locator(HOST).evaluate((el) => {
      const [r, g, b] = getComputedStyle(el.shadowRoot.querySelector('[part~=box]')).backgroundColor.match(/[\d.]+/g).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5 ? 'dark' : 'light';
    });
    if (got === want) return;
  }
  assert.equal(got, want, "the widget's background");
}

async function shoot(page, site, label) {
  // The widget's top, with the heading above it, below the site's fixed header.
  await page.locator(HOST).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 150));
  await page.screenshot({ path: path.join(ARTIFACTS, `${site.name}-${label}.png`) });
}

/** Opens the site's advisor page; fails on anything the page should not do when closed by `done`. */
async function openSite(site, base, contextOptions) {
  const { context, page, problems } = await open(browser, base + site.advisor, { viewport: { width: 1280, height: 900 }, ...contextOptions });
  // A full page load cancels what the page before it was still loading (Material's search worker):
  // the browser's doing, not a failure, on a site that is not a single-page app.
  const cancelled = (p) => !site.spa && /^request failed: .* \(net::ERR_ABORTED\)$/.test(p);
  return { page, problems, done: async () => { await context.close(); clean(problems.filter((p) => !cancelled(p))); } };
}

// VPCE_SITES=hugo,vitepress runs only those (names as above, or their beginnings).
const only = (process.env.VPCE_SITES || '').split(',').filter(Boolean);
for (const site of SITE_LIST.filter((s) => !only.length || only.some((o) => s.name.startsWith(o)))) {
  describe(site.name, () => {
    let server, base, output;
    before(async () => {
      // VPCE_SITES_CSP=widget serves every site under the widget's policy alone, to see what a generator needs beyond it.
      server = await serve({ dir: site.out, csp: process.env.VPCE_SITES_CSP === 'widget' ? WIDGET_CSP : site.csp });
      base = server.url;
      ({ output } = site.build(base));
    });
    after(() => server?.stop());

    test('builds without a warning', () => {
      assert.doesNotMatch(output, /\bwarn(ing)?\b/i, output);
    });

    test('draws, responds, and draws again after navigating away and back', async () => {
      const { page, done } = await openSite(site, base, { colorScheme: 'light' });
      const first = await verdict(page, HOST);
      assert.match(first, /Recommended: /);
      // The page's font, not one of the widget's own.
      const [pageFont, widgetFont] = await page.locator(HOST).evaluate((el) => [
        getComputedStyle(el.parentElement).fontFamily, getComputedStyle(el.shadowRoot.querySelector('[part~=box]')).fontFamily]);
      assert.equal(widgetFont, pageFont);
      // Stop 3 of the volume slider is 10 GB, far from the page's 50 TB.
      await moveSlider(page, HOST, 3);
      assert.match(await verdictChanged(page, HOST, first), /10 GB/);

      await page.evaluate(() => { window.vpceSameDocument = true; });
      await page.getByRole('link', { name: 'Naming', exact: true }).filter({ visible: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Naming' }).waitFor();
      assert.equal(await page.locator('vpce-advisor').count(), 0);
      await page.goBack();
      const again = await verdict(page, HOST);
      assert.match(again, /Recommended: /);
      assert.match(again, /50 TB/, 'a new widget, drawn from the page\'s attributes');
      await moveSlider(page, HOST, 3);
      assert.match(await verdictChanged(page, HOST, again), /10 GB/);
      // Docusaurus, VitePress and Material (instant) navigate without loading a new document.
      assert.equal(await page.evaluate(() => window.vpceSameDocument === true), site.spa, 'client-side navigation');
      await done();
    });

    test('follows the site\'s dark-mode toggle (1280 px and 390 px)', async () => {
      for (const width of [1280, 390]) {
        const { page, done } = await openSite(site, base, { colorScheme: 'light', viewport: { width, height: 900 } });
        await verdict(page, HOST);
        await siteTo(page, site, 'light');
        await widgetIs(page, 'light');
        await shoot(page, site, `light-${width}`);
        await siteTo(page, site, 'dark');
        await widgetIs(page, 'dark');
        await shoot(page, site, `dark-${width}`);
        await siteTo(page, site, 'light');
        await widgetIs(page, 'light');
        await done();
      }
    });

    test('is light on a light site in a dark OS', async () => {
      const { page, done } = await openSite(site, base, { colorScheme: 'dark' });
      await verdict(page, HOST);
      await siteTo(page, site, 'light');
      await widgetIs(page, 'light');
      await done();
    });

    test('nothing overflows at 390 px', async () => {
      const { page, done } = await openSite(site, base, { colorScheme: 'light', viewport: { width: 390, height: 844 } });
      await verdict(page, HOST);
      const m = await page.locator(HOST).evaluate((el) => {
        const r = el.getBoundingClientRect();
        const box = el.shadowRoot.querySelector('[part~=box]');
        return { page: document.documentElement.scrollWidth, left: r.left, right: r.right, box: box.scrollWidth - box.clientWidth };
      });
      assert.ok(m.page <= 390, `the page scrolls sideways: ${m.page} px wide`);
      assert.ok(m.left >= 0 && m.right <= 390, `the widget sticks out: ${m.left}–${m.right}`);
      assert.ok(m.box <= 0, `the widget's content is ${m.box} px wider than its box`);
      await done();
    });
  });
}

// The README's caveat: Material's instant navigation takes over only links under site_url, port
// included. Built for another port, the same site falls back to full page loads; the widget still
// draws after each.
if (!only.length || only.some((o) => 'mkdocs-material'.startsWith(o))) {
  test('mkdocs-material with site_url on another port: full page loads, the widget still draws', async () => {
    const out = path.join(SITES, 'mkdocs/site-other-port');
    const server = await serve({ dir: out, csp: CSP.material });
    try {
      const other = new URL(server.url);
      other.port = String(Number(other.port) + 1000);
      buildMkDocs(other.href, out);
      const { page, done } = await openSite({ advisor: 'advisor/' }, server.url, { colorScheme: 'light' });
      assert.match(await verdict(page, HOST), /Recommended: /);
      await page.evaluate(() => { window.vpceSameDocument = true; });
      await page.getByRole('link', { name: 'Naming', exact: true }).filter({ visible: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Naming' }).waitFor();
      assert.equal(await page.evaluate(() => window.vpceSameDocument === true), false, 'a full page load');
      await page.goBack();
      assert.match(await verdict(page, HOST), /Recommended: /);
      await done();
    } finally {
      server.stop();
    }
  });
}

// The README's recipes are what these sites do: every line of each recipe file (comments aside),
// and each line of the sites' configuration that the recipes quote, appears in the README.
test('the README quotes the recipes these sites are built with', () => {
  const readme = new Set(README.split('\n').map((l) => l.trim()));
  const lines = (file, keep = () => true) => readFileSync(path.join(SITES, file), 'utf8').replace(file.endsWith('.css') ? /\/\*[^]*?\*\//g : /^\b$/, '').split('\n')
    .map((l) => l.trim()).filter((l) => l && !/^(\/\/|\/\*|#)/.test(l) && keep(l)).map((l) => [file, l]);
  const widget = (l) => l.includes('vpce-advisor');
  const wanted = [
    ...lines('docusaurus/src/vpce-advisor.js'),
    ...lines('docusaurus/src/css/custom.css', widget),
    ...lines('docusaurus/docusaurus.config.js', (l) => /^(scripts|clientModules):/.test(l)).map(([f, l]) => [f, l.replace(/route === '\w+' \? (.*) : \[\],$/, '$1,')]),
    ...lines('vitepress/docs/.vitepress/theme/index.js'),
    ...lines('vitepress/docs/.vitepress/theme/custom.css'),
    ...lines('vitepress/docs/.vitepress/config.mjs', (l) => l.includes('isCustomElement')),
    ...lines('mkdocs/docs/stylesheets/extra.css'),
    ...lines('mkdocs/mkdocs.yml', (l) => /^(extra_javascript:|extra_css:|- path: vpce|type: module|- stylesheets)/.test(l)),
    ...lines('hugo/layouts/shortcodes/vpce-advisor.html'),
    ...lines('hugo/static/site.css', widget),
  ];
  const missing = wanted.filter(([, l]) => !readme.has(l)).map(([f, l]) => `${f}: ${l}`);
  assert.deepEqual(missing, [], 'lines of the tested sites that the README does not quote');
});
