// Screenshots of the served demo page for a person to look at: node scripts/shot.mjs URL OUTDIR
// Writes, for light and dark at 1280 and 390 px, the first widget as a page shows it by default
// (compact), with layout="full", with the decision tree open, and with a three-destination
// whole-VPC plan (…-compact, …-full, …-tree, …-plan), and the first screen of the page (…-page).
// Prints each widget's height.
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
    // The whole VPC with three destinations (ECR, S3, CloudWatch Logs) in 3 VPCs.
    await el.evaluate((e) => {
      e.setAttribute('layout', 'compact');
      e.setAttribute('destinations', JSON.stringify([{ service: 'aws-service', awsService: 'ecr.dkr', gbPerMonth: 1024 },
        { service: 's3', gbPerMonth: 1024 }, { service: 'aws-service', awsService: 'logs', gbPerMonth: 10 }]));
    });
    await frame(page);
    await el.evaluate((e) => { const v = e.shadowRoot.querySelector('[data-p=vpcCount]'); v.value = '3'; v.dispatchEvent(new Event('input', { bubbles: true })); });
    await shoot('plan');
    await page.close();
  }
}
await browser.close();
