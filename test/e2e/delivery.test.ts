import type { Page } from '@playwright/test';
import { consoleMessages, expect, test, waitForEvents } from './server';

const mj = (page: Page, code: string) => page.evaluate(`(async () => ${code})()`);
const track = (page: Page, names: string[]) => page.evaluate((n) => n.forEach((name) => (window as any).microjourney.track(name)), names);
const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}_${i}`);
/** The records of the IndexedDB events store, as the page sees them. */
const storedRecords = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<any[]>((resolve) => {
        const open = indexedDB.open('microjourney');
        open.onsuccess = () => {
          const req = open.result.transaction('events').objectStore('events').getAll();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );

test('5xx and 429 back off and retry until every event arrives, once', async ({ page, server }) => {
  await page.goto(`${server.url}/shop/cart.html`);
  await mj(page, 'microjourney.flush()');
  server.answer([503, 429, 500]);
  const tracked = names('retry', 5);
  await track(page, tracked);
  await mj(page, 'microjourney.flush()');
  const { events } = await waitForEvents(server, (e) => tracked.every((n) => e.some((x) => x.name == n)), 30_000);
  for (const n of tracked) expect(events.filter((e) => e.name == n)).toHaveLength(1);
  expect(server.posts()).toBeGreaterThanOrEqual(4);
});

test('400 isolates the bad event by splitting, dead-letters it, and delivers the rest', async ({ page, server }) => {
  const messages = consoleMessages(page);
  await page.goto(`${server.url}/shop/cart.html`);
  await mj(page, 'microjourney.flush()');
  const tracked = names('batch', 8);
  await track(page, tracked);
  // The collector refuses any batch holding batch_5.
  await page.route('**/mj/collect', async (route) => {
    const body = route.request().postData() || '';
    if (body.includes('"batch_5"')) return route.fulfill({ status: 400, body: '{"error":"bad event"}' });
    return route.continue();
  });
  await mj(page, 'microjourney.flush()');
  const { events } = await waitForEvents(server, (e) => tracked.filter((n) => n != 'batch_5').every((n) => e.some((x) => x.name == n)));
  expect(events.some((e) => e.name == 'batch_5')).toBe(false);
  await expect.poll(() => messages.some((m) => m.includes('refused one track event with 400; it is set aside in the dead-letter store'))).toBe(true);
  expect((await storedRecords(page)).filter((r) => r.dead).map((r) => r.dead)).toEqual([400]);
});

test('403 pauses sending and keeps the events; flush() resumes', async ({ page, server }) => {
  // The page's clock is Playwright's: a minute passes at once, long past any backoff.
  await page.clock.install();
  await page.goto(`${server.url}/shop/cart.html`);
  await mj(page, 'microjourney.flush()');
  server.answer([403]);
  await track(page, ['kept_while_paused']);
  expect(await mj(page, 'microjourney.flush()')).toMatchObject({ ok: false });
  const posts = server.posts();
  await page.clock.runFor(60_000);
  expect(server.posts()).toBe(posts); // no retry while paused, however long
  expect(await mj(page, 'microjourney.flush()')).toMatchObject({ ok: true });
  await waitForEvents(server, (e) => e.some((x) => x.name == 'kept_while_paused'));
});

test('offline, then online: nothing is lost, and sending resumes without a new event', async ({ page, context, server }) => {
  await page.clock.install();
  await page.goto(`${server.url}/shop/cart.html`);
  await mj(page, 'microjourney.flush()');
  await context.setOffline(true);
  await track(page, names('offline', 4));
  expect(await mj(page, 'microjourney.flush()')).toMatchObject({ ok: false });
  // A minute offline, at once on Playwright's clock: the batch timer fires and finds no network.
  await page.clock.runFor(60_000);
  await context.setOffline(false);
  await waitForEvents(server, (e) => names('offline', 4).every((n) => e.some((x) => x.name == n)));
});

test('IndexedDB unavailable: events wait in localStorage, survive a reload and arrive', async ({ page, server }) => {
  await page.goto(`${server.url}/no-idb.html`);
  await track(page, names('no_idb', 3));
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('mj_q') || '[]').length)).toBeGreaterThanOrEqual(4);
  await page.route('**/mj/collect', (route) => route.abort()); // nothing leaves before the reload
  await page.reload();
  await page.unroute('**/mj/collect');
  await mj(page, 'microjourney.flush()');
  const { events } = await waitForEvents(server, (e) => names('no_idb', 3).every((n) => e.some((x) => x.name == n)));
  for (const n of names('no_idb', 3)) expect(events.filter((e) => e.name == n)).toHaveLength(1);
});

test('consent required: nothing reaches storage or the network before consent(true), everything after', async ({ page, server }) => {
  const requests: string[] = [];
  page.on('request', (r) => r.url().includes('/mj/collect') && requests.push(r.url()));
  await page.goto(`${server.url}/consent-required.html`);
  await track(page, ['before_consent']);
  // flush() settles once whatever could be sent was: nothing, before consent.
  expect(await mj(page, 'microjourney.flush()')).toMatchObject({ ok: true, sent: 0 });
  const stored = await page.evaluate(() => Object.keys({ ...localStorage, ...sessionStorage }).filter((k) => k.startsWith('mj_')));
  expect(stored).toEqual([]);
  expect(requests).toEqual([]);
  expect(await page.evaluate(() => indexedDB.databases().then((d) => d.map((x) => x.name)))).not.toContain('microjourney');
  await page.evaluate(() => (window as any).microjourney.consent(true));
  await track(page, ['after_consent']);
  await mj(page, 'microjourney.flush()');
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'after_consent'));
  expect(events.some((e) => e.name == 'before_consent')).toBe(false);
  expect(await page.evaluate(() => (window as any).microjourney.consent())).toBe(true);
  // Withdrawn: nothing more is sent.
  await page.evaluate(() => (window as any).microjourney.consent(false));
  await track(page, ['after_withdrawal']);
  expect(await mj(page, 'microjourney.flush()')).toMatchObject({ sent: 0 });
  expect((await server.received()).events.some((e) => e.name == 'after_withdrawal')).toBe(false);
});

test('memory until consent: kept in memory, then persisted and sent on consent(true)', async ({ page, server }) => {
  await page.goto(`${server.url}/consent-memory.html`);
  await track(page, ['waited_in_memory']);
  expect(await mj(page, 'microjourney.flush()')).toMatchObject({ sent: 0 });
  expect(server.posts()).toBe(0);
  expect(await page.evaluate(() => Object.keys({ ...localStorage, ...sessionStorage }).filter((k) => k.startsWith('mj_')))).toEqual([]);
  await page.evaluate(() => (window as any).microjourney.consent(true));
  await mj(page, 'microjourney.flush()');
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'waited_in_memory'));
  expect(events.some((e) => e.type == 'page')).toBe(true);
});

test('repeated reloads while tracking: every event arrives, once', async ({ page, server }) => {
  await page.goto(`${server.url}/shop/cart.html`);
  const all: string[] = [];
  for (let i = 0; i < 5; i++) {
    const batch = names(`reload${i}`, 3);
    all.push(...batch);
    await track(page, batch);
    await page.reload();
  }
  await mj(page, 'microjourney.flush()');
  const { events } = await waitForEvents(server, (e) => all.every((n) => e.some((x) => x.name == n)));
  for (const n of all) expect(events.filter((e) => e.name == n)).toHaveLength(1);
});

test('the collector goes away (connections refused) and comes back: nothing is lost', async ({ page, server }) => {
  await page.goto(`${server.url}/shop/cart.html`);
  await mj(page, 'microjourney.flush()');
  let refused = 0;
  await page.route('**/mj/collect', (route) => (refused++, route.abort('connectionrefused')));
  await track(page, names('away', 5));
  expect(await mj(page, 'microjourney.flush()')).toMatchObject({ ok: false });
  // The collector stays away until the SDK has tried again (its first backoff is at most 1 s).
  await expect.poll(() => refused).toBeGreaterThanOrEqual(2);
  await page.unroute('**/mj/collect');
  await waitForEvents(server, (e) => names('away', 5).every((n) => e.some((x) => x.name == n)), 30_000);
});

test('a collector that stalls past the 10 s timeout: the batch is retried and arrives', async ({ page, server }) => {
  test.setTimeout(60_000);
  await page.goto(`${server.url}/shop/cart.html`);
  await mj(page, 'microjourney.flush()');
  let stalled = 0;
  await page.route('**/mj/collect', async (route) => {
    if (stalled++ == 0) return; // never answered: the SDK gives up after 10 s
    await route.continue();
  });
  await track(page, ['after_a_stall']);
  const started = Date.now();
  expect(await mj(page, 'microjourney.flush()')).toMatchObject({ ok: false });
  expect(Date.now() - started).toBeGreaterThanOrEqual(9_500);
  await waitForEvents(server, (e) => e.some((x) => x.name == 'after_a_stall'), 20_000);
});

test('events kept in localStorage while IndexedDB failed move back to IndexedDB once it works', async ({ page, server }) => {
  await page.route('**/mj/collect', (route) => route.abort()); // keep everything queued
  await page.goto(`${server.url}/no-idb.html`);
  await track(page, ['waited_in_local_storage']);
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('mj_q') || '[]').length)).toBeGreaterThanOrEqual(2);
  await page.goto(`${server.url}/shop/cart.html`); // IndexedDB works here
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mj_q')).length)).toBe(0);
  expect((await storedRecords(page)).map((r) => r.e.name)).toContain('waited_in_local_storage');
  await page.unroute('**/mj/collect');
  await mj(page, 'microjourney.flush()');
  await waitForEvents(server, (e) => e.some((x) => x.name == 'waited_in_local_storage'));
});
