// Delivery under faults: every scenario of scenarios.mjs, for every SDK at once (each in its own
// browser context, with its own sink and faults). Counts the unique events that reached the sink
// in a 2xx-answered request, the lost ones (never arrived by the deadline) and the duplicates.
import { SCENARIOS } from './scenarios.mjs';

const GRACE_MS = 3_000; // after the last expected event arrives, for late duplicates

/**
 * Opens the product page in `context` and waits until the SDK is loaded and the page's own event
 * has reached the sink: a scenario's faults then meet the events it tracks, not the page's.
 */
function opener(context, sdk, server, prefix) {
  let n = 0;
  return async () => {
    const page = await context.newPage();
    const run = `${prefix}load${n++}`;
    await page.goto(`${server.origin}/page/${sdk.id}.html?run=${run}`);
    await page.waitForFunction(sdk.ready, null, { timeout: 20_000 });
    for (const started = Date.now(); !server.sinks.deliveries(sdk.name, `bench_${run}`).length;) {
      if (Date.now() - started > 20_000) throw new Error(`the page's own event did not reach ${sdk.name}'s sink in 20 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return page;
  };
}

/** What arrived for `expected` (a list of names, or { answers, since } for a survey's answer). */
function count(server, sdk, prefix, expected) {
  if (Array.isArray(expected)) {
    const delivered = server.sinks.deliveries(sdk.name, prefix).map((e) => e.name);
    const unique = new Set(delivered.filter((name) => expected.includes(name)));
    return { expected: expected.length, unique: unique.size, lost: expected.length - unique.size, duplicates: delivered.length - new Set(delivered).size };
  }
  const answers = server.sinks.of(sdk.name).received.filter((e) => e.at >= expected.since && sdk.survey.answered(e.name));
  const unique = new Set(answers.map((e) => e.id)).size;
  return {
    expected: expected.answers,
    unique: Math.min(unique, expected.answers),
    lost: Math.max(0, expected.answers - unique),
    duplicates: answers.length - unique,
  };
}

async function runOne(browser, server, sdk, scenario, index, deadlineMs) {
  const prefix = `f${index}_${sdk.id}_`;
  const since = Date.now();
  const context = await browser.newContext();
  let expected;
  let error = null;
  try {
    expected = await scenario.run({ sdk, context, server, prefix, since, open: opener(context, sdk, server, prefix) });
  } catch (e) {
    error = e.message.split('\n')[0];
  }
  server.sinks.setFailing(sdk.name, false);
  server.sinks.queueFaults(sdk.name, []);
  let result = expected ? count(server, sdk, prefix, expected) : null;
  // The tabs left open keep delivering (their timers and retries) until the deadline.
  while (result && result.lost && Date.now() - since < deadlineMs) {
    await new Promise((r) => setTimeout(r, 250));
    result = count(server, sdk, prefix, expected);
  }
  if (result && !result.lost) await new Promise((r) => setTimeout(r, GRACE_MS));
  if (expected) result = { ...count(server, sdk, prefix, expected), drainedMs: result.lost ? null : Date.now() - since - GRACE_MS };
  await context.close().catch(() => {});
  return { sdk: sdk.name, scenario: scenario.id, ...(result ?? {}), ...(error ? { error } : {}) };
}

/** Sums the counts of `rows` (one SDK's runs of one scenario, or of all). */
function sumOf(rows) {
  const sum = (field) => rows.reduce((n, r) => n + (r[field] ?? 0), 0);
  const errors = rows.filter((r) => r.error).map((r) => r.error);
  return {
    expected: sum('expected'),
    unique: sum('unique'),
    lost: sum('lost'),
    duplicates: sum('duplicates'),
    ...(errors.length ? { error: errors[0], errors: errors.length } : {}),
  };
}

/**
 * Runs every scenario `repeats` times, all SDKs at once. `only`: scenario ids to run (all when
 * empty); `deadlineMs` replaces each scenario's own.
 */
export async function measureDelivery({ browser, server, sdks, only, repeats = 1, deadlineMs, progress }) {
  const scenarios = only?.length ? SCENARIOS.filter((s) => only.includes(s.id)) : SCENARIOS;
  const runs = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const [index, scenario] of scenarios.entries()) {
      progress(`delivery: pass ${repeat + 1} of ${repeats}, scenario ${index + 1} of ${scenarios.length}: ${scenario.title}…`);
      const id = repeat * scenarios.length + index;
      runs.push(...(await Promise.all(sdks.map((sdk) => runOne(browser, server, sdk, scenario, id, deadlineMs ?? scenario.deadlineMs)))));
    }
  }
  const rows = scenarios.flatMap((s) =>
    sdks.map((sdk) => ({ sdk: sdk.name, scenario: s.id, ...sumOf(runs.filter((r) => r.sdk === sdk.name && r.scenario === s.id)) })),
  );
  const totals = sdks.map((sdk) => ({ sdk: sdk.name, ...sumOf(runs.filter((r) => r.sdk === sdk.name)) }));
  return { repeats, scenarios: scenarios.map((s) => ({ id: s.id, title: s.title, deadlineMs: deadlineMs ?? s.deadlineMs })), rows, totals, runs };
}
