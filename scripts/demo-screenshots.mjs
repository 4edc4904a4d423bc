#!/usr/bin/env node
// Screenshots of the demo for the README (docs/demo/*.png): starts the demo on a fresh embedded
// database, fills it with `npm run seed` (seeded, so the same visitors every run), then shoots
// the shop with a survey on screen (English on a desktop, Hebrew on a phone) and the report.
//   npm run build && node scripts/demo-screenshots.mjs [--visitors 80] [--out docs/demo]
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { startDemo } from '../examples/demo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: o } = parseArgs({ options: { visitors: { type: 'string', default: '80' }, out: { type: 'string', default: join(root, 'docs', 'demo') } } });
const dataDir = mkdtempSync(join(tmpdir(), 'mj-shots-'));
const demo = await startDemo({ shopPort: 0, collectorPort: 0, dataDir });
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
mkdirSync(o.out, { recursive: true });

/** Walks a checkout to the confirmation in `lang` and waits for the NPS prompt. */
async function checkoutWithPrompt(page, lang) {
  await page.goto(`${demo.shopUrl}/?utm_source=newsletter&utm_medium=email&utm_campaign=autumn-sale`);
  await page.selectOption('#lang', lang);
  await page.goto(`${demo.shopUrl}/products/blue-mug.html`);
  await page.click('#add-to-cart');
  await page.click('#to-shipping');
  await page.click('#to-payment');
  await page.click('#place-order');
  await page.locator('microjourney-widget[data-widget-id="nps-after-checkout"]').getByRole('radio').first().waitFor();
  await page.waitForTimeout(600); // the entry animation
}

try {
  const seeded = await promisify(execFile)(
    process.execPath,
    ['scripts/seed.mjs', '--shop', demo.shopUrl, '--visitors', o.visitors, '--seed', '1', '--days', '14', '--concurrency', '3'],
    { cwd: root, maxBuffer: 1 << 24 },
  );
  console.log(seeded.stdout.trim());
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await checkoutWithPrompt(desktop, 'en');
  await desktop.screenshot({ path: join(o.out, 'shop-en-desktop.png') });
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  await checkoutWithPrompt(phone, 'he');
  await phone.screenshot({ path: join(o.out, 'shop-he-phone.png') });
  const report = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await report.goto(demo.reportUrl);
  await report.locator('#headline').waitFor();
  await report.waitForTimeout(1500); // the charts draw
  await report.screenshot({ path: join(o.out, 'report.png') });
  await report.locator('#funnels').screenshot({ path: join(o.out, 'report-funnels.png') });
  console.log(`screenshots in ${o.out}`);
} finally {
  await browser.close();
  await demo.close();
  rmSync(dataDir, { recursive: true, force: true });
}
