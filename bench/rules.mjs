// `npm run bench:rules`: the cost of evaluating 50 widgets' rules on one event, in Chromium,
// with the built widget-rules chunk (dist/triggers.js). Prints the median and p90 of many runs.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from '../examples/collector/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const server = await startServer({
  mounts: [
    ['/assets/mj/', join(here, '..', 'dist')],
    ['/', join(here, '..', 'test', 'e2e', 'pages')],
  ],
});
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
await page.goto(`${server.url}/rules.html`);

const result = await page.evaluate(async () => {
  const { createTriggerRules } = await import('/assets/mj/triggers.js');
  const store = new Map();
  const widgets = {};
  for (let i = 0; i < 50; i++)
    widgets[`w${i}`] = {
      type: 'nps',
      // Every widget waits for a step; one in five for this very step, so they go on to frequency and sampling.
      trigger: {
        on: 'step',
        step: i % 5 == 0 ? 'checkout:confirmation' : `other:${i}`,
        url: { include: ['/rules*', '/shop/**'], exclude: [{ regex: 'draft' }] },
      },
      audience: {
        stage: ['purchase', 'retention'],
        channel: ['web', 'app'],
        source: ['newsletter', 'email'],
        nth: { page: 1 },
        device: ['desktop', 'mobile'],
        locale: ['en', 'he'],
        traits: { plan: 'pro' },
        sample: 0.5,
      },
      frequency: { afterResponseDays: 90, afterDismissDays: 14, maxShows: 3, perSession: 1 },
    };
  store.set('aid', 'visitor-1');
  store.set('session', { id: 's1', last: Date.now(), n: 2, pages: 3, source: { source: 'newsletter', medium: 'email' } });
  store.set('journey', { stage: 'purchase', name: 'checkout', step: 'confirmation', seq: 4, open: {} });
  store.set('traits', { plan: 'pro' });
  const rules = createTriggerRules(
    { collector: { url: '/c' }, throttle: { quietDays: 7, maxPerSession: 2 }, widgets },
    { read: (k) => store.get(k), write: (k, v) => store.set(k, v), show: () => {}, load: async () => ({}) },
  );
  const event = { id: 'e', type: 'step', name: 'checkout:confirmation', ts: new Date().toISOString(), page: { path: '/rules.html' } };
  for (let i = 0; i < 200; i++) rules.onEvent(event); // warm up
  // Timers in a page are coarse (about 0.1 ms): time rounds of 50 events, and divide.
  const times = [];
  for (let round = 0; round < 200; round++) {
    const t = performance.now();
    for (let i = 0; i < 50; i++) rules.onEvent(event);
    times.push((performance.now() - t) / 50);
  }
  rules.stop();
  times.sort((a, b) => a - b);
  return { median: times[100], p90: times[180], runs: times.length * 50 };
});
await browser.close();
await server.close();
console.log(`rules benchmark: 50 widgets, one step event, ${result.runs} runs in Chromium
median ${result.median.toFixed(3)} ms, p90 ${result.p90.toFixed(3)} ms per event (rounds of 50 events, divided)`);
