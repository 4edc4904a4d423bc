#!/usr/bin/env node
// Screenshots of the collector's report for the README (docs/report/*.png): starts the built
// collector in memory, posts a generated month of journeys and answers (a seeded PRNG, so every
// run draws the same data), closes the loop on a few answers, and shoots each section.
//   npm run build && node scripts/report-screenshots.mjs [--out docs/report] [--dark] [--width 1280]
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { DEVICES, visit } from './report-screenshots/dataset.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: join(root, 'docs', 'report') },
    dark: { type: 'boolean', default: false },
    width: { type: 'string', default: '1280' },
  },
});
const SECTIONS = ['headline', 'dimensions', 'attribution', 'funnels', 'stages', 'comments', 'inbox', 'health'];

async function post(url, events, device) {
  for (let i = 0; i < events.length; i += 400) {
    const body = JSON.stringify({ sent_at: new Date().toISOString(), sdk: { name: 'microjourney', version: '0.1.0' }, events: events.slice(i, i + 400) });
    const response = await fetch(`${url}/mj/collect`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': DEVICES[device] }, body });
    if (!response.ok) throw new Error(`the collector refused the dataset: ${response.status} ${await response.text()}`);
  }
}

/** Posts the dataset by device (the collector reads the device from the User-Agent), plus a resend to show duplicates. */
async function postDataset(url) {
  const now = Date.now();
  const visits = Array.from({ length: 200 }, (_, n) => visit(n, now));
  for (const device of Object.keys(DEVICES))
    await post(
      url,
      visits.filter((v) => v.device == device).flatMap((v) => v.events),
      device,
    );
  await post(url, visits[0].events.slice(0, 3), visits[0].device); // an SDK retry: de-duplicated
  return visits.reduce((sum, v) => sum + v.events.length, 0);
}

/** Moves a few inbox answers along, as a team working the loop would. */
async function workTheInbox(url) {
  const inbox = await (await fetch(`${url}/report/api/inbox?limit=12`)).json();
  const people = ['Dana', 'Omar', 'Lea'];
  for (const [i, item] of inbox.rows.entries()) {
    if (i % 3 == 2) continue;
    const change = {
      status: i % 3 == 0 ? 'contacted' : 'resolved',
      note: i % 3 == 0 ? 'Called back, waiting on the courier' : 'Refund sent, customer happy',
      by: people[i % 3],
    };
    await fetch(`${url}/report/api/inbox/${encodeURIComponent(item.id)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(change),
    });
  }
}

async function shoot(url, out) {
  const executablePath = ['/usr/bin/chromium'].find((p) => existsSync(p));
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: Number(args.width), height: 900 },
      deviceScaleFactor: 1,
      locale: 'en-US',
      colorScheme: args.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    await page.goto(`${url}/report`);
    await page.locator('#health .stat').first().waitFor();
    await page
      .getByText(/^Loading /)
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => {});
    await page.waitForTimeout(500); // charts draw on the next frame
    await page.screenshot({ path: join(out, 'overview.png') });
    for (const section of SECTIONS) await page.locator(`#${section}`).screenshot({ path: join(out, `${section}.png`) });
  } finally {
    await browser.close();
  }
}

const out = resolve(args.out);
mkdirSync(out, { recursive: true });
const serverFile = join(root, 'dist', 'collector', 'server.js');
if (!existsSync(serverFile)) throw new Error(`${serverFile} is missing: run \`npm run build\` first`);
const { startCollector } = await import(pathToFileURL(serverFile).href);
const collector = await startCollector({ port: 0, host: '127.0.0.1', dataDir: 'memory://' });
try {
  const events = await postDataset(collector.url);
  await workTheInbox(collector.url);
  await shoot(collector.url, out);
  console.log(`${events} events posted; screenshots of ${SECTIONS.length} sections and the overview in ${out}`);
} finally {
  await collector.close();
}
