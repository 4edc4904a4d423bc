// The delivery scenarios, the same for every SDK. Each tracks events named `<prefix><n>` through
// the page's `benchTrack` (the SDK's own track call) and returns the names it expects at the
// sink; the step then waits for them and counts what arrived. `ctx` gives the SDK, its
// browser context, the server and helpers; see step-delivery.mjs.

/** Tracks `count` events in `page`, named `<prefix><n>`, and returns their names. */
async function trackIn(page, prefix, count) {
  const names = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  await page.evaluate((list) => list.forEach((name) => window.benchTrack(name)), names);
  return names;
}

export const SCENARIOS = [
  {
    id: 'hostile-collector',
    title: 'a hostile collector (503, 503, 429 + Retry-After, dropped connection, 12 s stall, 500), 3 tabs tracking',
    deadlineMs: 75_000,
    async run({ sdk, open, server, prefix }) {
      const tabs = [await open(), await open(), await open()];
      server.sinks.queueFaults(sdk.name, [503, 503, 429, 'drop', 'stall', 500]);
      const names = [];
      for (const [t, tab] of tabs.entries()) names.push(...(await trackIn(tab, `${prefix}t${t}_`, 5)));
      return names;
    },
  },
  {
    id: 'tab-closed-while-failing',
    title: 'a tab closed while the collector fails, then a later page load',
    deadlineMs: 45_000,
    async run({ sdk, open, server, prefix }) {
      const tab = await open();
      server.sinks.setFailing(sdk.name, true);
      const names = await trackIn(tab, prefix, 5);
      await tab.waitForTimeout(2_000); // long enough for the SDK to try and fail
      await tab.close({ runBeforeUnload: true });
      server.sinks.setFailing(sdk.name, false);
      await open();
      return names;
    },
  },
  {
    id: 'offline',
    title: 'offline for 3 s, then online with no new event',
    deadlineMs: 45_000,
    async run({ context, open, prefix }) {
      const tab = await open();
      await context.setOffline(true);
      const names = await trackIn(tab, prefix, 5);
      await tab.waitForTimeout(3_000);
      await context.setOffline(false);
      return names;
    },
  },
  {
    id: 'reload',
    title: 'a reload right after tracking',
    deadlineMs: 45_000,
    async run({ open, prefix }) {
      const tab = await open();
      const names = await trackIn(tab, prefix, 5);
      await tab.reload();
      return names;
    },
  },
  {
    id: 'renderer-crash',
    title: 'the renderer process crashing right after tracking, then a later page load',
    deadlineMs: 45_000,
    async run({ open, prefix }) {
      const tab = await open();
      const names = await trackIn(tab, prefix, 5);
      // chrome://crash kills the tab's renderer; CDP's Page.crash also broke the context here.
      await Promise.all([tab.waitForEvent('crash'), tab.goto('chrome://crash').catch(() => {})]);
      await open();
      return names;
    },
  },
  {
    id: 'navigate-after-answer',
    title: 'a navigation right after an answer (SDKs without surveys: after tracking the answer as an event)',
    deadlineMs: 45_000,
    async run({ sdk, open, prefix, since }) {
      const tab = await open();
      if (!sdk.survey) {
        const names = await trackIn(tab, prefix, 1);
        await tab.goto(tab.url().replace(/run=[^&]*/, 'run=next'));
        return names;
      }
      await tab.evaluate(sdk.survey.trigger);
      await tab.waitForFunction(sdk.survey.visible, null, { timeout: 15_000 });
      await sdk.survey.answer(tab);
      await tab.goto(tab.url().replace(/run=[^&]*/, 'run=next'));
      // The answer is the SDK's own event, told apart by its name and its time.
      return { answers: 1, since };
    },
  },
];
