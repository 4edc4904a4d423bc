// The main-thread cost of a custom-event call, measured in the page of each SDK on the peers
// server (bench/peers/): the burst (100 calls back to back on a page that just started, as a page
// fires them at once) for every SDK, and microjourney's steady state (calls spread over tasks,
// after a warm-up) on the same page. Only the synchronous cost is timed: what an SDK leaves for
// later (storage, requests) runs after the block.
import { summary } from '../peers/stats.mjs';
import { waitFor } from '../peers/step-load.mjs';

export const BURST = 100;

/** In the page: `calls` custom events through the SDK's snippet (`benchTrack`), timed as one block; ms per call. */
function timeBurst([calls, prefix]) {
  const names = Array.from({ length: calls }, (_, i) => `${prefix}${i}`);
  const started = performance.now();
  for (const name of names) window.benchTrack(name);
  return (performance.now() - started) / calls;
}

/**
 * In the page: after `warmUp` calls, `rounds` blocks of `calls` track() calls, each block in a
 * task of its own (the SDK's deferred work runs between them, as between a page's events);
 * ms per call of each block. The page's clock resolves to 5 µs (cross-origin isolated; 0.1 ms
 * otherwise), too coarse for one call, hence blocks.
 */
async function timeSteady([warmUp, rounds, calls]) {
  const mj = window.microjourney;
  await mj.flush();
  for (let i = 0; i < warmUp; i++) mj.track('warm_up', { i });
  const perCall = [];
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const started = performance.now();
    for (let i = 0; i < calls; i++) mj.track('bench', { i });
    perCall.push((performance.now() - started) / calls);
  }
  return perCall;
}

/** In the page: the smallest step of `performance.now()` seen over 50 ticks, in ms (the clock the blocks are timed with). */
function clockStep() {
  let smallest = Infinity;
  for (let seen = 0, last = performance.now(); seen < 50;) {
    const now = performance.now();
    if (now > last) ((smallest = Math.min(smallest, now - last)), (last = now), seen++);
  }
  return smallest;
}

/** The value at quantile `q` of sorted `values` (nearest rank). */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** One fresh page of `sdk`, started (its API in place, its requests done), then its burst; microjourney's steady state too. */
async function measurePage({ browser, server, sdk, round, steady }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Cross-origin isolated: the steady state's 20-call blocks are timed to 5 µs, not 0.1 ms.
    await page.goto(`${server.origin}/page/${sdk.id}.html?run=track-${round}&isolated`);
    if (!(await page.evaluate(() => self.crossOriginIsolated)))
      throw new Error(`bench:track: ${sdk.name}'s page is not cross-origin isolated (COOP/COEP from bench/peers/server.mjs), so its clock is coarse`);
    await page.waitForFunction(sdk.ready, null, { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const prefix = `burst_${round}_`;
    const burstMs = await page.evaluate(timeBurst, [BURST, prefix]);
    const steadyMs = sdk.id === 'microjourney' ? await page.evaluate(timeSteady, [steady.warmUp, steady.rounds, steady.calls]) : null;
    const clockMs = sdk.id === 'microjourney' ? await page.evaluate(clockStep) : null;
    // The calls were events: one of them reached the SDK's sink.
    if ((await waitFor(() => server.sinks.deliveries(sdk.name, prefix).length > 0, 20_000)) == null)
      throw new Error(`bench:track: none of ${sdk.name}'s burst events of round ${round + 1} reached its sink in 20 s; run with --verbose to see the requests`);
    return { burstMs, steadyMs, clockMs };
  } finally {
    await context.close();
  }
}

/**
 * `rounds` rounds; in each, every SDK's page is loaded fresh (a new context: first visit), in
 * an order that alternates between rounds. Returns the burst's ms per call per SDK and round,
 * summarised, and microjourney's steady-state blocks over all rounds, with their median, p90
 * and p99.
 */
export async function measureTrack({ browser, server, sdks, rounds, steady, progress }) {
  const bursts = Object.fromEntries(sdks.map((sdk) => [sdk.id, []]));
  const blocks = [];
  let clockMs = 0;
  for (let round = 0; round < rounds; round++) {
    for (const sdk of round % 2 ? [...sdks].reverse() : sdks) {
      const page = await measurePage({ browser, server, sdk, round, steady });
      const { burstMs, steadyMs } = page;
      clockMs = Math.max(clockMs, page.clockMs || 0);
      bursts[sdk.id].push(burstMs);
      if (steadyMs) blocks.push(...steadyMs);
    }
    progress(`round ${round + 1} of ${rounds}: ${sdks.map((sdk) => `${sdk.name} ${bursts[sdk.id].at(-1).toFixed(3)} ms`).join(', ')} per call in the burst`);
  }
  const sorted = blocks.sort((a, b) => a - b);
  return {
    burst: { calls: BURST, rounds, rows: sdks.map((sdk) => ({ sdk: sdk.name, perCallMs: summary(bursts[sdk.id]), samples: bursts[sdk.id] })) },
    steady: {
      ...steady,
      pages: rounds,
      blocks: sorted.length,
      medianMs: quantile(sorted, 0.5),
      p90Ms: quantile(sorted, 0.9),
      p99Ms: quantile(sorted, 0.99),
      maxMs: sorted.at(-1),
      /** The coarsest step of the page's clock seen on any page: a block's time is a multiple of it. */
      clockMs,
    },
  };
}
