// `npm run bench:delivery`: seeded, randomized fault scenarios against a local fault-injecting
// collector, in Chromium, with several tabs and reloads. Prints events tracked, unique events
// received, events lost, duplicate deliveries, bytes per event and time to drain.
//
//   npm run bench:delivery -- --scenarios 200 --seed 1
//
// A benchmark, not a test: it reports, it does not pass or fail (but exits 1 if any event was lost).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from '../examples/collector/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SCENARIOS = arg('scenarios', 200);
const SEED = arg('seed', 1);
const PARALLEL = arg('parallel', 4);
/** Replays one scenario (by its index) and names the events it lost. */
const ONLY = arg('only', -1);
/**
 * How a tab leaves and comes back: `reload`, the browser's reload button, which the page cannot
 * see coming (the default, and the figure the README quotes), or `link`, a link to a page of the
 * site, which the Navigation API announces, so the SDK leaves its events to that page.
 */
const EXITS = process.argv.includes('--exits') ? process.argv[process.argv.indexOf('--exits') + 1] : 'reload';

/** mulberry32: a small seeded PRNG, so a scenario can be replayed from its seed. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The collector's faults, drawn per request: each scenario has its own mix. */
function faultsFor(random) {
  const down = random() < 0.25; // the collector goes away for a while, then comes back
  return {
    downUntil: down ? Date.now() + 500 + random() * 2500 : 0,
    pick() {
      if (Date.now() < this.downUntil) return 'drop';
      const r = random();
      if (r < 0.12) return 503;
      if (r < 0.17) return 500;
      if (r < 0.22) return 429;
      if (r < 0.25) return 413;
      if (r < 0.33) return 'drop';
      if (r < 0.35) return 'stall'; // past the SDK's 10 s timeout
      return 200;
    },
  };
}

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let current = new Map(); // scenario id → faults
const totals = { tracked: 0, unique: 0, lost: 0, duplicates: 0, bytes: 0, questionBytes: 0, drainMs: [], scenarios: 0, faults: {} };
const server = await startServer({
  mounts: [
    ['/assets/mj/', join(here, '..', 'dist')],
    ['/', join(here, '..', 'test', 'e2e', 'pages')],
  ],
  handlers: {
    '/mj/collect': async (req, res, url) => {
      const faults = current.get(url.searchParams.get('s'));
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const body = Buffer.concat(chunks);
      // The SDK's question (GET ?mj_have=…, which ids are held) meets the same faults as its batches.
      let outcome = req.method !== 'OPTIONS' && faults ? faults.pick() : 200;
      // 413 only for a batch that can be split: one event alone would be dead-lettered, by design.
      if (outcome === 413 && (body.toString().match(/"id":"/g) || []).length < 2) outcome = 200;
      totals.faults[outcome] = (totals.faults[outcome] || 0) + 1;
      if (outcome === 'drop') return req.socket.destroy();
      if (outcome === 'stall') return setTimeout(() => res.writeHead(503).end(), 11_000);
      if (outcome !== 200) return res.writeHead(outcome, outcome === 429 ? { 'Retry-After': '1' } : {}).end();
      totals.bytes += body.length;
      if (url.searchParams.has('mj_have')) totals.questionBytes += req.url.length;
      notePaths(body, url.searchParams.get('k'));
      // Hand the body to the collector as if the stream were new.
      const { Readable } = await import('node:stream');
      const replay = Object.assign(Readable.from([body]), { method: req.method, headers: req.headers, url: req.url });
      return server.collector.handle(replay, res);
    },
  },
});

/** Event id → the paths its accepted copies took, in order (`batch`, `exit`, `fetch`, `beacon`). */
const copies = new Map();
function notePaths(body, path) {
  for (const [, id] of body.toString().matchAll(/"id":"([^"]+)"/g)) copies.set(id, [...(copies.get(id) || []), path]);
}
/** Duplicates by the path of the first copy and of the later one, e.g. `exit → batch ×12`. */
function duplicatesByPath() {
  const pairs = {};
  for (const paths of copies.values()) paths.slice(1).forEach((later) => (pairs[`${paths[0]} → ${later}`] = (pairs[`${paths[0]} → ${later}`] || 0) + 1));
  return (
    Object.entries(pairs)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ') || 'none'
  );
}

async function scenario(index) {
  const id = String(index);
  const random = prng(SEED * 100_003 + index);
  current.set(id, faultsFor(random));
  const context = await browser.newContext();
  // Each scenario posts to its own collector URL (same collector, faults of its own).
  await context.addInitScript((s) => {
    const original = window.fetch;
    // The path each copy took (`k`) lets the summary say where duplicates come from: `exit`, a
    // keepalive request as the page hides or unloads; `batch`, one while it is shown (every
    // batch goes with keepalive); `fetch`, any other; `beacon`. Registered before the SDK's
    // listeners, these run first.
    let exiting = false;
    addEventListener('pagehide', () => (exiting = true), true);
    addEventListener('pageshow', () => (exiting = false), true);
    document.addEventListener('visibilitychange', () => (exiting = document.visibilityState === 'hidden'), true);
    const mark = (u, path) => (String(u).includes('/mj/collect') ? `${u}${String(u).includes('?') ? '&' : '?'}s=${s}&k=${path}` : u);
    const pathOf = (init) => (init?.keepalive ? (exiting ? 'exit' : 'batch') : 'fetch');
    window.fetch = (input, init) => original(typeof input === 'string' ? mark(input, pathOf(init)) : input, init);
    const beacon = navigator.sendBeacon?.bind(navigator);
    if (beacon) navigator.sendBeacon = (u, d) => beacon(mark(u, 'beacon'), d);
  }, id);
  const tabs = 1 + Math.floor(random() * 3);
  const pages = await Promise.all(Array.from({ length: tabs }, () => context.newPage()));
  await Promise.all(pages.map((p) => p.goto(`${server.url}/shop/cart.html`)));
  const names = [];
  const log = [];
  const rounds = 2 + Math.floor(random() * 4);
  for (let round = 0; round < rounds; round++) {
    for (const [t, page] of pages.entries()) {
      const count = 1 + Math.floor(random() * 8);
      const batch = Array.from({ length: count }, (_, i) => `s${id}_t${t}_r${round}_${i}`);
      names.push(...batch);
      await page.evaluate((n) => n.forEach((name) => window.microjourney.track(name, { pad: 'x'.repeat(40) })), batch);
      const dice = random();
      if (dice < 0.2) {
        log.push(`t${t} r${round}: reload after ${batch.length}`);
        // A reload, perhaps mid-flush, or the same page again by a link.
        if (EXITS == 'link') await Promise.all([page.waitForEvent('load'), page.evaluate(() => location.assign(location.href))]);
        else await page.reload();
      } else if (dice < 0.3) page.evaluate(() => window.microjourney.flush()).catch(() => {});
      await page.waitForTimeout(random() * 150);
    }
  }
  // A tab closed before its events were acknowledged, sometimes; then the visitor's next page view.
  if (tabs > 1 && random() < 0.4) await pages.pop().close();
  const nextView = await context.newPage();
  await nextView.goto(`${server.url}/shop/index.html`);
  pages.push(nextView);
  const start = Date.now();
  const wanted = new Set(names);
  let got = new Set();
  // The surviving tabs keep delivering (their timers and retries); nudge them now and then.
  while (Date.now() - start < 90_000) {
    got = new Set(server.collector.state.events.filter((e) => e.name?.startsWith(`s${id}_`)).map((e) => e.name));
    if ([...wanted].every((n) => got.has(n))) break;
    await Promise.all(pages.map((p) => p.evaluate(() => window.microjourney.flush()).catch(() => {})));
    await new Promise((r) => setTimeout(r, 250));
  }
  const drainMs = Date.now() - start;
  await context.close();
  current.delete(id);
  const events = server.collector.state.events.filter((e) => e.name?.startsWith(`s${id}_`));
  const lostNames = [...wanted].filter((n) => !got.has(n));
  if (ONLY >= 0) console.log({ tabs, rounds, lost: lostNames, log });
  const lost = lostNames.length;
  return { index, tracked: names.length, unique: events.length, lost, drainMs };
}

const started = Date.now();
let next = ONLY >= 0 ? ONLY : 0;
const last = ONLY >= 0 ? ONLY + 1 : SCENARIOS;
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    while (next < last) {
      const r = await scenario(next++);
      totals.scenarios++;
      totals.tracked += r.tracked;
      totals.unique += r.unique;
      totals.lost += r.lost;
      totals.drainMs.push(r.drainMs);
      if (r.lost) console.log(`scenario ${r.index}: ${r.lost} of ${r.tracked} lost (seed ${SEED})`);
      if (totals.scenarios % 25 === 0) console.log(`… ${totals.scenarios}/${SCENARIOS} scenarios`);
    }
  }),
);
// Duplicates among the tracked events only (page events are not counted as tracked).
const trackedDeliveries = server.collector.state.received;
await browser.close();
await server.close();

const sorted = [...totals.drainMs].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
console.log(`
delivery benchmark: ${totals.scenarios} scenarios, seed ${SEED}, ${PARALLEL} at a time, exits by ${EXITS}, ${((Date.now() - started) / 1000).toFixed(0)} s
collector answers: ${Object.entries(totals.faults)
  .map(([k, v]) => `${k} ×${v}`)
  .join(', ')}
events tracked:          ${totals.tracked}
unique events received:  ${totals.unique}
events lost:             ${totals.lost}
duplicate deliveries:    ${server.collector.state.received - server.collector.state.events.length} (of ${trackedDeliveries} deliveries, page events included)
duplicates by path:      ${duplicatesByPath()} (first copy → later copy)
bytes per event:         ${(totals.bytes / server.collector.state.events.length).toFixed(0)} (request bodies accepted / unique events)
questions answered:      ${server.collector.state.asked} (GET ?mj_have=…, ${(totals.questionBytes / server.collector.state.events.length).toFixed(0)} bytes of URL per event)
time to drain:           median ${pct(50)} ms, p90 ${pct(90)} ms, max ${pct(100)} ms (after the last call)
`);
process.exit(totals.lost ? 1 : 0);
