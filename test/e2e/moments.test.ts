import type { Page } from '@playwright/test';
import { expect, test } from './server';

/**
 * Starts the SDK on the long page with one widget whose trigger is `trigger`, with `debug` on:
 * the returned log holds, in order, every decision of the rules ("w: shows on scroll", "w: does
 * not show on scroll") and the marks a test writes, so a test asserts what was decided after
 * which action instead of waiting and seeing nothing.
 */
async function start(page: Page, url: string, trigger: object, extra: object = {}) {
  const log: string[] = [];
  page.on('console', (m) => {
    const text = m.text();
    if (text.startsWith('mark:')) log.push(text);
    const decision = text.match(/^microjourney: (w: (?:shows|does not show) on [\w-]+)/);
    if (decision) log.push(decision[1]!);
  });
  await page.goto(`${url}/tall.html`);
  await page.waitForFunction(() => (window as any).microjourney?.loaded);
  await page.evaluate(
    ([t, e]) => (window as any).microjourney('init', { collector: { url: '/mj/collect' }, debug: true, widgets: { w: { type: 'nps', trigger: t } }, ...e }),
    [trigger, extra] as const,
  );
  // Loaded: explain() reports the rules' own checks, not that they are still loading (rules-gate.ts).
  await page.waitForFunction(() => (window as any).microjourney.explain().filter((w: any) => w.checks[0]?.check != 'rules').length == 1);
  return log;
}
const widget = (page: Page) => page.locator('microjourney-widget[data-widget-id="w"]');
/** Writes a mark into the log, between two actions. */
const mark = (page: Page, name: string) => page.evaluate((n) => console.log(`mark:${n}`), name);
/** The log from a mark on. */
const after = (log: string[], name: string) => log.slice(log.indexOf(`mark:${name}`));

test('exit intent on desktop: the pointer leaves through the top edge, after the minimum dwell', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.clock.install();
  // A 3 s dwell: the early exit below must still fall inside it on a loaded CI machine.
  const log = await start(page, server.url, { on: 'exit-intent', minDwell: '3s' });
  await page.mouse.move(600, 300);
  await page.mouse.move(600, 5);
  await page.mouse.move(600, -20); // too early: under the minimum dwell
  // The minimum dwell passes at once on Playwright's clock; then the same exit counts.
  await page.clock.fastForward(3000);
  await mark(page, 'dwelt');
  await page.mouse.move(600, 300);
  await page.mouse.move(600, 300, { steps: 2 });
  await page.mouse.move(600, -20, { steps: 4 }); // leaves through the top
  await expect(widget(page)).toHaveCount(1);
  // The early exit fired nothing: every decision came after the dwell.
  expect(log[0]).toBe('mark:dwelt');
  expect(log).toContain('w: shows on exit-intent');
});

test('exit intent on mobile: a fast scroll back up, with touch', async ({ browser, server }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.clock.install();
  const log = await start(page, server.url, { on: 'exit-intent', minDwell: '500ms' });
  await page.evaluate(() => window.scrollTo(0, 3000));
  // Past the minimum dwell (at once, on Playwright's clock): only the scroll's direction and speed decide now.
  await page.clock.fastForward(700);
  await mark(page, 'down');
  // A flick upwards: far, fast.
  await page.evaluate(async () => {
    for (let y = 3000; y >= 1200; y -= 300) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await expect(widget(page)).toHaveCount(1);
  // Scrolling down fired nothing; the flick up did (each fast step of it is a moment).
  expect(log[0]).toBe('mark:down');
  expect(log).toContain('w: shows on exit-intent');
  await context.close();
});

test('exit intent with a journey under way, and not without', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.clock.install();
  const log = await start(
    page,
    server.url,
    { on: 'exit-intent', minDwell: '100ms', journey: 'checkout', incomplete: true },
    { journeys: { checkout: { steps: ['cart', 'payment'] } } },
  );
  await page.clock.fastForward(200); // the minimum dwell, spent
  await page.mouse.move(600, 300);
  await page.mouse.move(600, -20, { steps: 4 });
  // The rules saw the exit, and said no: no journey under way.
  await expect.poll(() => log).toEqual(['w: does not show on exit-intent']);
  const why = await page.evaluate(() => (window as any).microjourney.explain('w')[0].checks.find((c: any) => c.check == 'trigger.incomplete'));
  expect(why).toEqual({ check: 'trigger.incomplete', ok: false, detail: 'checkout is not under way' });
  await page.evaluate(() => (window as any).microjourney.step('checkout:cart'));
  await page.mouse.move(600, 300);
  await page.mouse.move(600, -20, { steps: 4 });
  await expect(widget(page)).toHaveCount(1);
});

test('scroll depth: shows at 75% and not before', async ({ page, server }) => {
  const log = await start(page, server.url, { on: 'scroll', depth: 0.75 });
  await page.mouse.wheel(0, 1500);
  // The rules see the shallow scroll, and say no.
  await expect.poll(() => log.at(-1)).toBe('w: does not show on scroll');
  await mark(page, 'deep');
  await page.locator('#bottom').scrollIntoViewIfNeeded();
  await expect(widget(page)).toHaveCount(1);
  expect(after(log, 'deep')).toContain('w: shows on scroll');
  expect(log.slice(0, log.indexOf('mark:deep'))).not.toContain('w: shows on scroll');
});

test('rage clicks: three quick clicks on one spot, not three slow ones', async ({ page, server }) => {
  const log = await start(page, server.url, { on: 'rage-click' });
  // Slow: the clicks' own pace (600 ms apart) is what this checks. Kept in real time: the
  // detector reads each click's Event.timeStamp, the browser's own clock, which Playwright's
  // clock does not move. The widget the quick clicks show below is the positive signal.
  for (let i = 0; i < 3; i++) {
    await page.click('#stubborn');
    await page.waitForTimeout(600);
  }
  await mark(page, 'quick');
  await page.click('#stubborn', { clickCount: 1 });
  await page.click('#stubborn');
  await page.click('#stubborn');
  await expect(widget(page)).toHaveCount(1);
  // The slow clicks were no rage: every decision came after the quick ones.
  expect(log[0]).toBe('mark:quick');
  expect(log).toContain('w: shows on rage-click');
});

test('journey abandon: a journey not completed within abandonAfter shows the widget at the next page view', async ({ page, server }) => {
  await page.clock.install();
  const log = await start(
    page,
    server.url,
    { on: 'journey-abandon', journey: 'checkout' },
    { journeys: { checkout: { steps: ['cart', 'payment'], abandonAfter: '1s' } } },
  );
  await page.evaluate(() => (window as any).microjourney.step('checkout:cart'));
  // A page view within abandonAfter (1 s) arrives, and no abandon with it: the journey is under way.
  await page.evaluate(() => history.pushState({}, '', '/soon'));
  const arrived = async () => (await page.evaluate(() => (window as any).microjourney.flush()), (await server.received()).events);
  await expect.poll(async () => (await arrived()).some((e) => e.page.path == '/soon')).toBe(true);
  expect((await arrived()).filter((e) => e.type == 'journey_abandon')).toEqual([]);
  await page.clock.fastForward(1200); // abandonAfter passes, at once on Playwright's clock
  await page.evaluate(() => history.pushState({}, '', '/elsewhere'));
  await expect(widget(page)).toHaveCount(1);
  expect(log).toEqual(['w: shows on journey-abandon']);
});

test('poor web vitals: a large layout shift (CLS over 0.25) shows the widget; web-vitals loads only for such a rule', async ({ page, server }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page, server.url, { on: 'vitals', metric: 'CLS' });
  await expect.poll(() => requested.includes('/assets/mj/vitals.js')).toBe(true);
  // No input came before the shift (one within 500 ms of input would not count), and
  // web-vitals observes layout shifts with buffered: true, so it sees one made before it loaded.
  await page.evaluate(() => {
    const block = document.createElement('div');
    block.style.height = '700px';
    document.body.prepend(block);
  });
  await expect(widget(page)).toHaveCount(1);
  // What explain says once it showed: it waits for vitals, every check passes.
  const why = await page.evaluate(() => (window as any).microjourney.explain('w')[0]);
  expect(why).toEqual({
    widget: 'w',
    eligible: true,
    checks: [{ check: 'trigger.on', ok: true, detail: 'waits for vitals' }],
    next: 'shows at the next vitals',
  });
});

test('no rule waits for vitals: web-vitals is not loaded', async ({ page, server }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname + new URL(r.url()).search));
  await start(page, server.url, { on: 'scroll' });
  // The rules are attached (start waited for them); a request made after them marks the point
  // by which a vitals chunk would have been asked for.
  await page.evaluate(() => fetch('/tall.html?after-rules'));
  await expect.poll(() => requested.includes('/tall.html?after-rules')).toBe(true);
  expect(requested.filter((p) => p.includes('vitals'))).toEqual([]);
  expect(requested).toContain('/assets/mj/rules.js');
});
