// Screenshots of the served demo page for a person to look at: node scripts/shot.mjs URL OUTDIR
// Writes, for light and dark at 1280 and 390 px, the first widget as a page shows it by default
// (compact), with layout="full", and with the decision tree open (…-compact, …-full, …-tree), and
// the first screen of the page (…-page). Prints each widget's height.
import { chromium } from 'playwright-core';
const [url = 'http://127.0.0.1:8080/', out = 'target/shots'] = process.argv.slice(2);
const { mkdirSync } = await import('node:fs');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
for (const colorScheme of ['light', 'dark']) {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: width > 400 ? 900 : 780 }, colorScheme });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(url);
    await page.waitForFunction(() => [...document.querySelectorAll('vpce-advisor')].every((e) => e.shadowRoot?.querySelector('.verdict .summary')?.textContent));
    await frame(page);
    const el = page.locator('vpce-advisor').first();
    const shoot = async (variant) => {
      await frame(page);
      await el.scrollIntoViewIfNeeded();
      await el.screenshot({ path: `${out}/${colorScheme}-${width}-${variant}.png` });
      const { height } = await el.boundingBox();
      console.log(`${colorScheme}-${width}-${variant}: ${Math.round(height)} px`);
    };
    await page.screenshot({ path: `${out}/${colorScheme}-${width}-page.png` });
    await shoot('compact');
    await el.evaluate((e) => e.shadowRoot.querySelector('details.overview').open = true);
    await shoot('tree');
    await el.evaluate((e) => { e.shadowRoot.querySelector('details.overview').open = false; e.setAttribute('layout', 'full'); });
    await shoot('full');
    await page.close();
  }
}
await browser.close();
