// Screenshots of the served demo page for a person to look at: node scripts/shot.mjs URL OUTDIR
// Writes light/dark × 1280/360 first-screen PNGs (and a full-page one at 1280 light).
import { chromium } from 'playwright-core';
const [url = 'http://127.0.0.1:8080/', out = 'target/shots'] = process.argv.slice(2);
const { mkdirSync } = await import('node:fs');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const colorScheme of ['light', 'dark']) {
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: width > 400 ? 900 : 780 }, colorScheme });
    await page.goto(url);
    await page.waitForFunction(() => [...document.querySelectorAll('vpce-advisor')].every((e) => e.shadowRoot?.querySelector('[role=status]')?.textContent));
    await page.waitForTimeout(200);
    const el = page.locator('vpce-advisor').first();
    await el.scrollIntoViewIfNeeded();
    await el.screenshot({ path: `${out}/${colorScheme}-${width}-widget.png` });
    await page.screenshot({ path: `${out}/${colorScheme}-${width}.png` });
    await page.close();
  }
}
await browser.close();
