// `npm run bench:track`: the main-thread cost of one track() call in Chromium, after the SDK
// started (DESIGN §9 aims at under 0.05 ms median). Rounds of 20 calls, divided: timers in a
// page are coarse.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from '../examples/collector/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const server = await startServer({ mounts: [['/assets/mj/', join(here, '..', 'dist')], ['/', join(here, '..', 'test', 'e2e', 'pages')]] });
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
await page.goto(`${server.url}/shop/cart.html`);
await page.evaluate(() => window.microjourney.flush());
const result = await page.evaluate(() => {
  const mj = window.microjourney;
  for (let i = 0; i < 200; i++) mj.track('warm_up', { i });
  const rounds = [];
  for (let round = 0; round < 100; round++) {
    const t = performance.now();
    for (let i = 0; i < 20; i++) mj.track('bench', { i });
    rounds.push((performance.now() - t) / 20);
  }
  rounds.sort((a, b) => a - b);
  return { median: rounds[50], p90: rounds[90] };
});
await browser.close();
await server.close();
console.log(`track(): median ${result.median.toFixed(3)} ms, p90 ${result.p90.toFixed(3)} ms per call (2,000 calls in rounds of 20, Chromium)`);
