// `npm run seed`: simulated customers for the demo shop, played by the real SDK in headless
// Chromium, so the report fills with events that went through the script tag, IndexedDB, the
// outbox and the widgets. Uses the demo `npm start` is running; if none answers, starts its own
// on the same storage for the run. `npm run seed -- --help` lists the options.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import cliProgress from 'cli-progress';
import { startDemo } from '../examples/demo.mjs';
import { planVisitors } from './seed/plan-visitors.mjs';
import { playVisitor } from './seed/play-visitor.mjs';
import { runSynthetic } from './seed/synthetic.mjs';
import { summarise } from './seed/summarise.mjs';

const HELP = `usage: npm run seed -- [options]
  --visitors N      simulated visitors (default 200)
  --seed S          the same seed plays the same visitors (default 1)
  --concurrency K   visitors played at once (default 2)
  --days D          spread the visits over the last D days (default 14)
  --shop URL        the demo shop (default http://127.0.0.1:8080, else one is started)
  --data DIR        storage of a demo started here (default .microjourney)
  --synthetic       no browser: generated batches straight to the collector (with --events N)
  --events N        how many synthetic events (default 100000)
  --json            print the summary as JSON (for scripts and tests)`;

const { values: o } = parseArgs({
  options: {
    visitors: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '2' },
    days: { type: 'string', default: '14' },
    shop: { type: 'string', default: `http://127.0.0.1:${process.env.PORT || 8080}` },
    data: { type: 'string', default: process.env.MJ_DATA || '.microjourney' },
    synthetic: { type: 'boolean', default: false },
    events: { type: 'string', default: '100000' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (o.help) (console.log(HELP), process.exit(0));
const number = (name, min) => {
  const n = Number(o[name]);
  if (!Number.isInteger(n) || n < min)
    (console.error(`npm run seed: --${name} expects a whole number of at least ${min}, got "${o[name]}"\n${HELP}`), process.exit(2));
  return n;
};
const [visitors, seed, concurrency, days, eventCount] = [
  number('visitors', 1),
  number('seed', 0),
  number('concurrency', 1),
  number('days', 1),
  number('events', 1),
];

/** The running demo, or one started here for the run (stopped at the end). */
async function findDemo() {
  const answers = await fetch(`${o.shop}/mj/microjourney.json`).then(
    (r) => r.ok,
    () => false,
  );
  // The demo shop redirects /report to its collector's report, wherever that listens.
  if (answers) return { shopUrl: o.shop, reportUrl: `${o.shop}/report`, close: async () => {}, started: false };
  const demo = await startDemo({ shopPort: 0, collectorPort: Number(process.env.MJ_PORT || 8787), dataDir: o.data, databaseUrl: process.env.DATABASE_URL });
  return { ...demo, started: true };
}

const demo = await findDemo().catch(
  (err) => (console.error(`npm run seed: could not start the demo (${err.message}). Run npm start in another terminal, or free the port.`), process.exit(1)),
);
const started = Date.now();
const say = (line) => o.json || console.log(line);
try {
  if (o.synthetic) {
    const collectUrl = demo.collector ? `${demo.collector.url}/mj/collect` : `${o.shop}/mj/collect`;
    say(`Writing ${eventCount} synthetic events to ${collectUrl} (no browser)…`);
    const result = await runSynthetic({ url: collectUrl, events: eventCount, seed, days, progress: !o.json && process.stdout.isTTY });
    o.json
      ? console.log(JSON.stringify(result))
      : say(`${result.events} synthetic events stored in ${((Date.now() - started) / 1000).toFixed(1)} s (${result.perSecond}/s). Report: ${demo.reportUrl}`);
  } else {
    const plans = planVisitors({ count: visitors, seed, days });
    const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const bar =
      !o.json && process.stdout.isTTY
        ? new cliProgress.SingleBar(
            { format: 'visitors {bar} {value}/{total} | events sent {events} | time left {eta_formatted}', hideCursor: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
    let events = 0;
    bar?.start(plans.length, 0, { events });
    const results = [];
    let next = 0;
    const worker = async () => {
      while (next < plans.length) {
        const plan = plans[next++];
        results[plan.index] = await playVisitor(browser, demo.shopUrl, plan, (n) => bar?.update({ events: (events += n) })).catch((err) => ({
          error: `visitor ${plan.index}: ${err.message.split('\n')[0]}`,
        }));
        bar?.increment();
        if (!bar && !o.json && (plan.index + 1) % 10 == 0) say(`  ${results.filter(Boolean).length}/${plans.length} visitors`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    bar?.stop();
    await browser.close();
    const summary = summarise(plans, results, Date.now() - started);
    o.json ? console.log(JSON.stringify(summary)) : summary.lines.forEach((line) => say(line));
    say(`Open the report: ${demo.reportUrl}${demo.started ? '   (run npm start to serve it: this run stops its own demo now)' : ''}`);
  }
} finally {
  await demo.close();
}
