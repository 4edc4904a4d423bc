import { expect, test, waitForEvents } from './server';

const host = (page: import('@playwright/test').Page, id: string) => page.locator(`microjourney-widget[data-widget-id="${id}"]`);
/** The rules' debug lines (the page URL has ?microjourney_debug=1), as they come. */
function debugLines(page: import('@playwright/test').Page) {
  const lines: string[] = [];
  page.on('console', (m) => m.type() == 'debug' && lines.push(m.text()));
  return lines;
}
const complete = (page: import('@playwright/test').Page) =>
  page.evaluate(() => ['cart', 'shipping', 'payment', 'confirmation'].forEach((s) => (window as any).microjourney.step(`checkout:${s}`)));

test('a journey completion shows its widget; the per-session cap holds across reloads, and explain() says why', async ({ page, server }) => {
  await page.goto(`${server.url}/rules.html`);
  await complete(page);
  await expect(host(page, 'nps-after-purchase')).toHaveCount(1);
  await page.evaluate(() => (window as any).microjourney.flush());
  await waitForEvents(server, (e) => e.some((x) => x.type == 'widget_shown' && (x.widget as any).id == 'nps-after-purchase'));

  const debug = debugLines(page);
  await page.goto(`${server.url}/rules.html?microjourney_debug=1`);
  await complete(page);
  // The rules weighed the completion, and said no.
  await expect
    .poll(() => debug.filter((m) => m.startsWith('microjourney: nps-after-purchase: ')).map((m) => m.split(' {')[0]))
    .toEqual(['microjourney: nps-after-purchase: does not show on journey-complete']);
  await expect(host(page, 'nps-after-purchase')).toHaveCount(0);
  const [why] = await page.evaluate(() => (window as any).microjourney.explain('nps-after-purchase'));
  expect(why.eligible).toBe(false);
  expect(why.checks).toContainEqual({ check: 'frequency.perSession', ok: false, detail: 'shown 1 of 1 times this session' });
  expect(why.next).toContain('frequency.perSession');
});

test('sampling is stable across reloads', async ({ page, server }) => {
  await page.goto(`${server.url}/rules.html`);
  const sample = () => page.evaluate(() => (window as any).microjourney.explain('nps-sampled')[0].checks.find((c: any) => c.check == 'audience.sample'));
  await page.waitForFunction(() => (window as any).microjourney.explain().filter((w: any) => w.checks[0]?.check != 'rules').length == 3);
  const first = await sample();
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await page.waitForFunction(() => (window as any).microjourney.explain().filter((w: any) => w.checks[0]?.check != 'rules').length == 3);
    expect(await sample()).toEqual(first);
  }
});

test('a delayed trigger is cancelled by a single-page-app route change, and shows when the route stays', async ({ page, server }) => {
  const debug = debugLines(page);
  await page.goto(`${server.url}/spa-rules.html?microjourney_debug=1`);
  await page.waitForFunction(() => (window as any).microjourney.explain().filter((w: any) => w.checks[0]?.check != 'rules').length == 3);
  await page.click('#go-a'); // the trigger matches /app/a, with a 1.5 s delay
  await page.click('#go-b'); // the route changes before the delay ends
  // When the delay ends, the rules check again, and cancel it.
  await expect.poll(() => debug.some((m) => m.startsWith('microjourney: nps-delayed: no longer eligible after its delay'))).toBe(true);
  await expect(host(page, 'nps-delayed')).toHaveCount(0);
  await page.click('#go-a');
  await expect(host(page, 'nps-delayed')).toHaveCount(1, { timeout: 5000 });
});

test('debug mode prints each decision; explain() covers every widget', async ({ page, server }) => {
  const debug: string[] = [];
  page.on('console', (m) => m.type() == 'debug' && debug.push(m.text()));
  await page.goto(`${server.url}/rules.html?microjourney_debug=1`);
  await page.evaluate(() => (window as any).microjourney.track('never_fired'));
  await expect.poll(() => debug.some((m) => m.startsWith('microjourney: nps-sampled: '))).toBe(true);
  const all = await page.evaluate(() => (window as any).microjourney.explain());
  expect(all.map((e: any) => e.widget)).toEqual(['nps-after-purchase', 'nps-sampled', 'nps-delayed']);
});

test('one widget on screen across two tabs: the second tab waits until the first is closed', async ({ context, server }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  const debug = debugLines(second);
  await first.goto(`${server.url}/rules.html`);
  await second.goto(`${server.url}/rules.html?microjourney_debug=1`);
  await complete(first);
  await expect(host(first, 'nps-after-purchase')).toHaveCount(1);
  // The per-session cap would hold the second tab back anyway: lift it for this widget.
  await second.evaluate(() => localStorage.removeItem('mj_w_nps-after-purchase'));
  await complete(second);
  // The second tab's widget passed its rules, and found the lock taken.
  await expect.poll(() => debug.some((m) => m.startsWith('microjourney: nps-after-purchase: not shown, another widget is on screen'))).toBe(true);
  await expect(host(second, 'nps-after-purchase')).toHaveCount(0);
  await first.close();
  // The browser frees a closed tab's lock soon after, not at once.
  await expect.poll(() => second.evaluate(async () => (await navigator.locks.query()).held?.some((l) => l.name == 'microjourney-widget'))).toBe(false);
  await second.evaluate(() => localStorage.removeItem('mj_w_nps-after-purchase'));
  await complete(second);
  await expect(host(second, 'nps-after-purchase')).toHaveCount(1);
});
