// Survey reaction, for the SDKs with surveys: from the trigger (the custom event
// `checkout_completed`) to the survey on screen, cold (first visit: nothing cached, the survey
// code not yet loaded) and warm (repeat visit: the survey code in the HTTP cache), and the INP
// of answering it (choosing 9 and sending: the slowest of those interactions).
import { summary } from './stats.mjs';

/** Collects event timings with an interaction id, from the start of the page. */
function observeInteractions() {
  window.__benchInteractions = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.interactionId) window.__benchInteractions.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
}

/** In the page: calls the trigger, then watches every frame until the survey is visible. */
function timeToVisible([trigger, visible]) {
  const isVisible = new Function(`return (${visible})()`);
  const started = performance.now();
  new Function(`return (${trigger})()`)();
  return new Promise((resolve, reject) => {
    const check = () =>
      isVisible()
        ? resolve(performance.now() - started)
        : performance.now() - started > 15_000
          ? reject(new Error('the survey did not show in 15 s'))
          : requestAnimationFrame(check);
    check();
  });
}

async function reactOnce(context, sdk, server, run) {
  const page = await context.newPage();
  await page.goto(`${server.origin}/page/${sdk.id}.html?run=${run}`);
  await page.waitForFunction(sdk.ready, null, { timeout: 20_000 });
  // Rules loaded: the SDK has settled on the page (its requests done), as a visitor's would be.
  await page.waitForLoadState('networkidle');
  const visibleMs = await page.evaluate(timeToVisible, [sdk.survey.trigger.toString(), sdk.survey.visible.toString()]);
  await sdk.survey.answer(page);
  // The next frame has painted the answer: the interaction's duration is known.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  const inp = await page.evaluate(() => Math.max(0, ...window.__benchInteractions));
  await page.close();
  return { visibleMs, inpMs: inp };
}

export async function measureReaction({ browser, server, sdks, loads, progress }) {
  const withSurveys = sdks.filter((s) => s.survey);
  const samples = Object.fromEntries(withSurveys.map((s) => [s.id, { cold: [], warm: [] }]));
  for (let round = 0; round < loads; round++) {
    const order = round % 2 ? [...withSurveys].reverse() : withSurveys;
    for (const sdk of order) {
      const context = await browser.newContext();
      await context.addInitScript(observeInteractions);
      samples[sdk.id].cold.push(await reactOnce(context, sdk, server, `react-${round}-cold`));
      // Shown once, a survey waits for its frequency rules: forget them, keep the rest.
      await context.addInitScript(sdk.survey.forget);
      samples[sdk.id].warm.push(await reactOnce(context, sdk, server, `react-${round}-warm`));
      await context.close();
    }
    progress(`survey reaction: round ${round + 1} of ${loads}`);
  }
  return withSurveys.map((sdk) => ({
    sdk: sdk.name,
    cold: { visibleMs: summary(samples[sdk.id].cold.map((s) => s.visibleMs)), inpMs: summary(samples[sdk.id].cold.map((s) => s.inpMs)) },
    warm: { visibleMs: summary(samples[sdk.id].warm.map((s) => s.visibleMs)), inpMs: summary(samples[sdk.id].warm.map((s) => s.inpMs)) },
  }));
}
