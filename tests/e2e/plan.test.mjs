// The whole VPC driven end to end the way a reader would: add destinations (ECR, S3, CloudWatch
// Logs), change the VPC count, attach the VPCs to a Transit Gateway and see the design switch.
// Every figure is worked by hand from AWS's us-east-1 rates (data/prices.json cites them): an
// interface endpoint $0.01 per AZ per hour, PrivateLink processing $0.01 per GB (first PB), a
// gateway endpoint free, a Transit Gateway attachment $0.05 an hour and $0.02 per GB processed, a
// Route 53 private hosted zone $0.50 a month; 730 hours a month, 2 AZs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, ready, inside, screenshotPath } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('add ECR, S3 and logs rows, change the VPC count, switch to the centralised design', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await ready(page);
  const $ = inside(page, 'main');
  // A single destination stays as simple as before: no plan until the reader adds a destination.
  assert.equal(await $('section.plan').isVisible(), false);
  await $('.ask button[data-act=add-dest]').click();
  await frame(page);
  assert.equal(await $('section.plan').isVisible(), true);
  assert.equal(await $('.ask button[data-act=add-dest]').isVisible(), false);
  // The first row is the question's destination: S3 at the slider's 5 TB.
  const rows = $('li.dest');
  assert.equal(await rows.count(), 2);
  assert.equal(await rows.nth(0).locator('[data-p=name]').inputValue(), 's3');
  assert.equal(await rows.nth(0).locator('[data-p=gb]').inputValue(), '5120');
  // The names to pick from are the catalogue's PrivateLink names (autocomplete).
  assert.ok(await $('datalist option[value="ecr.dkr"]').count() === 1);
  // S3 1 TB, ECR image pulls 1 TB, CloudWatch Logs 10 GB.
  await rows.nth(0).locator('[data-p=gb]').fill('1024');
  await rows.nth(1).locator('[data-p=name]').fill('ecr.dkr');
  await rows.nth(1).locator('[data-p=gb]').fill('1024');
  await $('section.plan button[data-act=add-dest]').click();
  await rows.nth(2).locator('[data-p=name]').fill('logs');
  await rows.nth(2).locator('[data-p=gb]').fill('10');
  await frame(page);
  // One VPC, endpoints in each VPC: interface endpoints for ecr.dkr, ecr.api (ECR needs both)
  // and logs: 3 × 2 AZs × 730 h × $0.01 = $43.80. ECR's image layers come from S3 through the
  // free gateway endpoint, so ECR's 1 TB costs nothing more; logs 10 GB × $0.01 = $0.10.
  // → $43.90 a month.
  const result = () => $('.plan-result').textContent();
  assert.match(await result(), /Whole VPC: .*\$43\.90 a month/);
  assert.match(await $('.plan-result [data-design=per-vpc]').textContent(), /\$43\.90 a month/);
  assert.match(await $('.plan-result .endpoints').textContent(), /com\.amazonaws\.us-east-1\.ecr\.api/);

  // Three VPCs: the endpoint hours triple, the data does not: 3 × $43.80 + $0.10 = $131.50.
  await $('input[data-p=vpcCount]').fill('3');
  await frame(page);
  assert.match(await $('.plan-result [data-design=per-vpc]').textContent(), /\$131\.50 a month/);
  assert.match(await $('.plan-result .summary').textContent(), /Whole VPC: .*\$131\.50 a month/);
  // Centralised without a Transit Gateway builds an attachment for each VPC and the
  // shared-services VPC: $82.10 + N × $36.50 against N × $43.80 + $0.10, cheaper once
  // 7.30 N > 82.00, from N = 12; the sentence says the attachments are counted.
  assert.match(await $('.plan-result .be').textContent(), /from 12 VPCs, counting an attachment to build for each VPC\./);

  // Attached to a Transit Gateway: the interface endpoints once, in a shared-services VPC:
  // 3 × 2 × 730 × $0.01 = $43.80 + $0.10 data + one attachment 730 h × $0.05 = $36.50 + Transit
  // Gateway processing 10 GB × $0.02 = $0.20 + 3 private hosted zones × $0.50 = $1.50 → $82.10,
  // which saves $131.50 − $82.10 = $49.40 a month against endpoints in each VPC.
  await $('input[data-p=transitGateway]').check();
  await frame(page);
  const summary = await $('.plan-result .summary').textContent();
  assert.match(summary, /Whole VPC: .*\$82\.10 a month\./);
  assert.match(summary, /saves \$49\.40 a month against /);
  // The same saving beside the other design, from the core's plan.savings.
  assert.match(await $('.plan-result [data-design=per-vpc]').textContent(), /\$131\.50 a month — \$49\.40 a month more/);
  assert.match(await $('.plan-result [data-design=centralised]').textContent(), /\(recommended\)/);
  // On a Transit Gateway: $82.10 against N × $43.80 + $0.10, cheaper from N = 2; nothing to build.
  assert.match(await $('.plan-result .be').textContent(), /from 2 VPCs\.$/);
  // The exports are the core's: Terraform with the endpoint resources.
  await $('button[data-act=plan-tf]').click();
  await page.waitForFunction(() => document.querySelector('#main').shadowRoot.textContent.includes('Copied.'));
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /resource "aws_vpc_endpoint"/);
  await page.locator('#main section.plan').screenshot({ path: screenshotPath('plan-1280') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the destinations option describes several destinations; a row the core rejects is said, the page goes on', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await page.evaluate(() => {
    const el = document.createElement('vpce-advisor');
    el.id = 'fleet';
    el.setAttribute('destinations', JSON.stringify([{ service: 'aws-service', awsService: 'sqs', gbPerMonth: 100 }, { service: 's3', gbPerMonth: 100 }]));
    document.body.append(el);
  });
  await ready(page);
  await frame(page);
  const $ = inside(page, 'fleet');
  // One sqs interface endpoint: 2 × 730 × $0.01 = $14.60 + 100 GB × $0.01 = $1.00 → $15.60; S3 free.
  assert.match(await $('.plan-result .summary').textContent(), /\$15\.60 a month/);
  await $('li.dest').nth(0).locator('[data-p=name]').fill('ecr');
  await frame(page);
  // Said beside the row's Service field, in its label's words; the core names the closest names.
  const note = $('li.dest').nth(0).locator('.field-err');
  assert.match(await note.textContent(), /^Service \(destination 1\): .*ecr\.api/);
  assert.equal(await $('li.dest').nth(0).locator('[data-p=name]').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

/** The plan's widget with `destinations`, appended to the demo page; resolves to its locator maker. */
async function fleet(page, destinations, attrs = {}) {
  await page.evaluate(([destinations, attrs]) => {
    const el = document.createElement('vpce-advisor');
    el.id = 'fleet';
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.setAttribute('destinations', JSON.stringify(destinations));
    document.body.append(el);
  }, [destinations, attrs]);
  await ready(page);
  await frame(page);
  return inside(page, 'fleet');
}

test('an invalid row is marked beside its field; the plan stays dimmed until it is valid again', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = await fleet(page, [{ service: 'aws-service', awsService: 'sqs', gbPerMonth: 100 }, { service: 's3', gbPerMonth: 100 }]);
  // sqs: 2 AZs × 730 h × $0.01 = $14.60 + 100 GB × $0.01 = $1.00 → $15.60; S3 through the free gateway.
  assert.match(await $('.plan-result .summary').textContent(), /\$15\.60 a month/);
  const row = (i) => $('li.dest').nth(i);
  const opacity = () => $('.plan-result').evaluate((n) => +getComputedStyle(n).opacity);

  // Row 2's volume below 0: the core's field is destinations[1].gbPerMonth.
  await row(1).locator('[data-p=gb]').fill('-5');
  await frame(page);
  assert.equal(await row(1).locator('[data-p=gb]').getAttribute('aria-invalid'), 'true');
  assert.match(await row(1).locator('.field-err').textContent(), /^GB per month \(destination 2\): must be from 0 to /);
  assert.equal(await row(0).locator('[aria-invalid]').count(), 0, 'the valid row is not marked');
  assert.equal(await $('section.plan .field-err').count(), 1, 'one note, beside the field');
  assert.equal((await $('section.plan .plan-err').textContent()).trim(), '', 'not repeated above the section');
  // The last result stays, visibly stale.
  assert.ok(await opacity() < 1, 'dimmed');
  assert.equal(await $('.plan-stale').isVisible(), true);
  assert.match(await $('.plan-result .summary').textContent(), /\$15\.60 a month/);
  const described = await row(1).locator('[data-p=gb]').getAttribute('aria-describedby');
  assert.equal(await row(1).locator('.field-err').getAttribute('id'), described);

  // A service the plan does not take in another Region: destinations[0].serviceRegion.
  await row(1).locator('[data-p=gb]').fill('100');
  await row(0).locator('[data-p=region]').selectOption('eu-west-1');
  await frame(page);
  assert.equal(await row(0).locator('[data-p=region]').getAttribute('aria-invalid'), 'true');
  assert.match(await row(0).locator('.field-err').textContent(), /^Service’s Region \(destination 1\): .*sqs/);
  assert.equal(await row(1).locator('[aria-invalid]').count(), 0);

  // Valid again: no mark, no note, not dimmed.
  await row(0).locator('[data-p=region]').selectOption('');
  await frame(page);
  assert.equal(await $('section.plan [aria-invalid]').count(), 0);
  assert.equal(await $('section.plan .field-err').count(), 0);
  assert.equal(await opacity(), 1);
  assert.equal(await $('.plan-stale').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the plan takes the clients’ IP version and the Region’s other PrivateLink traffic; savings are the core’s', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await ready(page);
  const $ = await fleet(page, [{ service: 'aws-service', awsService: 'sqs', gbPerMonth: 100 }]);
  assert.match(await $('.plan-result .summary').textContent(), /\$15\.60 a month/);
  // 1 PB of other interface endpoint traffic fills the first processing tier ($0.01 a GB up to
  // 1,048,576 GB), so sqs's 100 GB are billed at the next tier's $0.006: $0.60, and the plan is
  // $14.60 + $0.60 = $15.20.
  const other = $('input[data-p=existingPrivateLinkGbPerMonth]');
  assert.equal(await other.inputValue(), '', 'unset: the core’s default applies');
  await other.fill('1048576');
  await frame(page);
  assert.match(await $('.plan-result .summary').textContent(), /\$15\.20 a month/);
  // A value the core rejects is marked beside that field.
  await other.fill('-1');
  await frame(page);
  assert.equal(await other.getAttribute('aria-invalid'), 'true');
  assert.match(await $('section.plan .field-err').textContent(), /^Other PrivateLink GB a month in the Region: must be from 0 to /);
  await other.fill('');
  await frame(page);
  // Dual-stack clients: the Terraform export sets the endpoints' IP address type. The choices are
  // the core's field values.
  await $('button[data-act=more]').click();
  const ip = $('select[data-f=ipAddressType]');
  assert.deepEqual(await ip.locator('option').evaluateAll((o) => o.map((x) => x.value)), ['ipv4', 'dualstack', 'ipv6']);
  assert.equal(await ip.inputValue(), 'ipv4', 'the core’s default');
  await ip.selectOption('dualstack');
  await frame(page);
  await $('button[data-act=plan-tf]').click();
  await page.waitForFunction(() => document.querySelector('#fleet').shadowRoot.textContent.includes('Copied.'));
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /ip_address_type\s*=\s*"dualstack"/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a row whose clients are in the VPCs and on premises takes the on-premises share', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const $ = await fleet(page, [{ service: 's3', gbPerMonth: 1000 }]);
  const row = $('li.dest').nth(0);
  const share = row.locator('[data-p=remote]');
  assert.equal(await share.isVisible(), false, 'asked only for mixed clients');
  // S3 from the VPCs only: the gateway endpoint, free.
  assert.match(await $('.plan-result .summary').textContent(), /\$0\.00 a month/);
  await row.locator('[data-p=from]').selectOption('same-vpc on-premises');
  await frame(page);
  assert.equal(await share.isVisible(), true);
  assert.equal(await share.getAttribute('placeholder'), '50', 'the core’s default share');
  // 20% of 1,000 GB from on premises: 800 GB through the free gateway endpoint, 200 GB through
  // an S3 interface endpoint: 2 AZs × 730 h × $0.01 = $14.60 + 200 GB × $0.01 = $2.00 → $16.60.
  await share.fill('20');
  await frame(page);
  assert.match(await $('.plan-result .summary').textContent(), /\$16\.60 a month/);
  // Above 100 the core says so beside the field.
  await share.fill('120');
  await frame(page);
  assert.equal(await share.getAttribute('aria-invalid'), 'true');
  assert.match(await row.locator('.field-err').textContent(), /^Share from on premises, % \(destination 1\): must be from 0 to 100/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('clients only on premises: one endpoint, said to be built once', async () => {
  const { page, problems } = await open(browser, server.url);
  await ready(page);
  const $ = inside(page, 'main');
  await $('.ask button[data-act=add-dest]').click();
  await frame(page);
  const rows = $('li.dest');
  // Keep one row: S3, 1,000 GB, from on premises only, used by 10 VPCs.
  while (await rows.count() > 1) await rows.nth(1).locator('button[data-act=remove-dest]').click();
  await rows.nth(0).locator('[data-p=gb]').fill('1000');
  await rows.nth(0).locator('[data-p=from]').selectOption('on-premises');
  await $('input[data-p=vpcCount]').fill('10');
  await frame(page);
  // On-premises clients reach one VPC: one S3 interface endpoint, not ten.
  // 1 × 2 AZs × 730 h × $0.01 = $14.60 + 1,000 GB × $0.01 = $10.00 → $24.60.
  assert.match(await $('.plan-result [data-design=per-vpc]').textContent(), /\$24\.60 a month/);
  assert.match(await $('.plan-result .endpoints').textContent(), /once, in the VPC the clients outside reach/);
  assert.doesNotMatch(await $('.plan-result .endpoints').textContent(), /in each VPC/);
  assert.deepEqual(problems, []);
});
