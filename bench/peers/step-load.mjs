// Page-load cost: the product page with each SDK, and without any, loaded in alternation in one
// Chromium; each load in a fresh context (first visit: empty cache and storage), then once more
// in that context (repeat visit: cached files, the SDK's stored state). Per load: main-thread
// script and task time, JS heap after a collection, long tasks, and when the page's custom event
// reached the sink.
import { summarise } from './stats.mjs';

const FIELDS = ['scriptMs', 'taskMs', 'heapKb', 'longTasks', 'longTaskMs', 'deliveredMs'];

/** Collects the page's long tasks from the start (the observer is added before any script). */
export function observeLongTasks() {
  window.__benchLongTasks = { count: 0, ms: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window.__benchLongTasks.count++, (window.__benchLongTasks.ms += entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
}

const metricsOf = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** Waits until `check` is true, or `ms` pass; returns the time it took, or null. */
export async function waitFor(check, ms, started = Date.now()) {
  while (Date.now() - started < ms) {
    if (check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

/**
 * One load of `variant`'s page (its `id`) in `context`: once its custom event reached the sink
 * (when it has a `name`, its sink's) and the network went quiet. The context needs
 * `observeLongTasks` as an init script.
 */
export async function measureOne(context, variant, run, server) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await metricsOf(cdp);
  const started = Date.now();
  await page.goto(`${server.origin}/page/${variant.id}.html?run=${run}`, { waitUntil: 'load' });
  // A load counts once the SDK has done its job: the custom event has reached the sink.
  const deliveredMs = variant.name ? await waitFor(() => server.sinks.deliveries(variant.name, `bench_${run}`).length > 0, 20_000, started) : null;
  if (variant.name && deliveredMs == null)
    throw new Error(`bench:peers: ${variant.name}'s custom event of load ${run} never reached its sink in 20 s; run with --verbose to see the requests`);
  await page.waitForLoadState('networkidle');
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await metricsOf(cdp);
  const longTasks = await page.evaluate(() => window.__benchLongTasks);
  await page.close();
  return {
    scriptMs: Math.max(0, after.ScriptDuration - before.ScriptDuration) * 1000,
    taskMs: Math.max(0, after.TaskDuration - before.TaskDuration) * 1000,
    heapKb: after.JSHeapUsedSize / 1024,
    longTasks: longTasks.count,
    longTaskMs: longTasks.ms,
    deliveredMs,
  };
}

/** Subtracts the bare page's medians: what the SDK adds. */
function overBare(stats, bare) {
  const over = {};
  for (const field of ['scriptMs', 'taskMs', 'heapKb']) over[field] = stats[field] && bare[field] ? stats[field].median - bare[field].median : null;
  return over;
}

export async function measurePageLoads({ browser, server, sdks, loads, progress }) {
  const variants = [{ id: 'bare', name: null }, ...sdks];
  const samples = Object.fromEntries(variants.map((v) => [v.id, { first: [], repeat: [] }]));
  for (let round = 0; round < loads; round++) {
    // Alternated, and rotated each round, so no SDK always loads first or after the same one.
    const order = variants.map((_, i) => variants[(i + round) % variants.length]);
    for (const variant of order) {
      const context = await browser.newContext();
      await context.addInitScript(observeLongTasks);
      const run = `${variant.id}-${round}`;
      samples[variant.id].first.push(await measureOne(context, variant, `${run}-first`, server));
      samples[variant.id].repeat.push(await measureOne(context, variant, `${run}-repeat`, server));
      await context.close();
    }
    progress(`page load: round ${round + 1} of ${loads} (${variants.length} pages, first and repeat visit)`);
  }
  const result = {};
  for (const visit of ['first', 'repeat']) {
    const bare = summarise(samples.bare[visit], FIELDS);
    result[visit] = variants.map((v) => {
      const stats = summarise(samples[v.id][visit], FIELDS);
      return { sdk: v.name ?? 'no SDK (bare page)', ...stats, overBare: v.name ? overBare(stats, bare) : null };
    });
  }
  return { loads, ...result };
}
