import type { Page } from '@playwright/test';
import { expect, test } from './server';

/** Starts the SDK on the long page with one widget whose trigger is `trigger`. */
async function start(page: Page, url: string, trigger: object, extra: object = {}) {
  await page.goto(`${url}/tall.html`);
  await page.waitForFunction(() => (window as any).microjourney?.loaded);
  await page.evaluate(
    ([t, e]) => (window as any).microjourney('init', { collector: { url: '/mj/collect' }, widgets: { w: { type: 'nps', trigger: t } }, ...e }),
    [trigger, extra] as const,
  );
  await page.waitForFunction(() => (window as any).microjourney.explain().length == 1);
}
const widget = (page: Page) => page.locator('microjourney-widget[data-widget-id="w"]');

test('exit intent on desktop: the pointer leaves through the top edge, after the minimum dwell', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // A 3 s dwell: the early exit below must still fall inside it on a loaded CI machine.
  await start(page, server.url, { on: 'exit-intent', minDwell: '3s' });
  await page.mouse.move(600, 300);
  await page.mouse.move(600, 5);
  await page.mouse.move(600, -20); // too early: under the minimum dwell
  await page.waitForTimeout(300);
  await expect(widget(page)).toHaveCount(0);
  await page.waitForTimeout(3000);
  await page.mouse.move(600, 300);
  await page.mouse.move(600, 300, { steps: 2 });
  await page.mouse.move(600, -20, { steps: 4 }); // leaves through the top
  await expect(widget(page)).toHaveCount(1);
});

test('exit intent on mobile: a fast scroll back up, with touch', async ({ browser, server }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await start(page, server.url, { on: 'exit-intent', minDwell: '500ms' });
  await page.evaluate(() => window.scrollTo(0, 3000));
  await page.waitForTimeout(700);
  await expect(widget(page)).toHaveCount(0);
  // A flick upwards: far, fast.
  await page.evaluate(async () => {
    for (let y = 3000; y >= 1200; y -= 300) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await expect(widget(page)).toHaveCount(1);
  await context.close();
});

test('exit intent with a journey under way, and not without', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page, server.url, { on: 'exit-intent', minDwell: '100ms', journey: 'checkout', incomplete: true }, { journeys: { checkout: { steps: ['cart', 'payment'] } } });
  await page.waitForTimeout(200);
  await page.mouse.move(600, 300);
  await page.mouse.move(600, -20, { steps: 4 });
  await page.waitForTimeout(300);
  await expect(widget(page)).toHaveCount(0);
  const why = await page.evaluate(() => (window as any).microjourney.explain('w')[0].checks.find((c: any) => c.check == 'trigger.incomplete'));
  expect(why).toEqual({ check: 'trigger.incomplete', ok: false, detail: 'checkout is not under way' });
  await page.evaluate(() => (window as any).microjourney.step('checkout:cart'));
  await page.mouse.move(600, 300);
  await page.mouse.move(600, -20, { steps: 4 });
  await expect(widget(page)).toHaveCount(1);
});

test('scroll depth: shows at 75% and not before', async ({ page, server }) => {
  await start(page, server.url, { on: 'scroll', depth: 0.75 });
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(400);
  await expect(widget(page)).toHaveCount(0);
  await page.locator('#bottom').scrollIntoViewIfNeeded();
  await expect(widget(page)).toHaveCount(1);
});

test('rage clicks: three quick clicks on one spot, not three slow ones', async ({ page, server }) => {
  await start(page, server.url, { on: 'rage-click' });
  for (let i = 0; i < 3; i++) {
    await page.click('#stubborn');
    await page.waitForTimeout(600);
  }
  await expect(widget(page)).toHaveCount(0);
  await page.click('#stubborn', { clickCount: 1 });
  await page.click('#stubborn');
  await page.click('#stubborn');
  await expect(widget(page)).toHaveCount(1);
});

test('journey abandon: a journey not completed within abandonAfter shows the widget at the next page view', async ({ page, server }) => {
  await start(page, server.url, { on: 'journey-abandon', journey: 'checkout' }, { journeys: { checkout: { steps: ['cart', 'payment'], abandonAfter: '1s' } } });
  await page.evaluate(() => (window as any).microjourney.step('checkout:cart'));
  await page.waitForTimeout(1200);
  await page.evaluate(() => history.pushState({}, '', '/elsewhere'));
  await expect(widget(page)).toHaveCount(1);
});

test('poor web vitals: a large layout shift (CLS over 0.25) shows the widget; web-vitals loads only for such a rule', async ({ page, server }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page, server.url, { on: 'vitals', metric: 'CLS' });
  await expect.poll(() => requested.includes('/assets/mj/vitals.js')).toBe(true);
  await page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 600)); // no recent input: the shift counts
    const block = document.createElement('div');
    block.style.height = '700px';
    document.body.prepend(block);
  });
  await expect(widget(page)).toHaveCount(1);
  const why = await page.evaluate(() => (window as any).microjourney.explain('w')[0]);
  expect(why.widget).toBe('w');
});

test('no rule waits for vitals: web-vitals is not loaded', async ({ page, server }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await start(page, server.url, { on: 'scroll' });
  await page.waitForTimeout(300);
  expect(requested.filter((p) => p.includes('vitals'))).toEqual([]);
});
