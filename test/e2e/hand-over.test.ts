import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForEvents, type TestServer } from './server';

// Issue 12 §4: a page leaving for another page of the site leaves its events in the store for
// that page, instead of a keepalive copy the next page sends again (a duplicate).

const tracked = ['handed_0', 'handed_1', 'handed_2'];

/**
 * Counts the requests the page-exit path sends (fetch with keepalive while the page hides or
 * unloads, or the beacon), marked `?exit`. A drain's batch goes with keepalive too, while the page is shown.
 */
async function countExitRequests(context: BrowserContext, server: TestServer): Promise<() => number> {
  await context.addInitScript(() => {
    // Registered before the SDK's listeners, so these run first.
    let exiting = false;
    addEventListener('pagehide', () => (exiting = true), true);
    addEventListener('pageshow', () => (exiting = false), true);
    document.addEventListener('visibilitychange', () => (exiting = document.visibilityState == 'hidden'), true);
    const mark = (url: string) => (url.includes('/mj/collect') ? `${url}?exit` : url);
    const original = window.fetch;
    window.fetch = (input, init) => original(typeof input == 'string' && init?.keepalive && exiting ? mark(input) : input, init);
    const beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => beacon(mark(String(url)), data);
  });
  // Counted where they arrive: the browser reports no request of a page that is unloading.
  return () => server.postPaths().filter((path) => path.endsWith('?exit')).length;
}

/** A shop page whose store is open (the first flush waits for it) and three events not yet sent. */
async function pageWithUnsentEvents(context: BrowserContext, server: TestServer): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/shop/index.html`);
  await page.evaluate(() => (window as any).microjourney.flush());
  await page.evaluate((names) => names.forEach((n) => (window as any).microjourney.track(n)), tracked);
  return page;
}

/** Flushes the next page and waits until every tracked event arrived; returns how often each arrived. */
async function deliveredOnce(page: Page, server: TestServer): Promise<void> {
  await page.evaluate(() => (window as any).microjourney.flush());
  const got = await waitForEvents(server, (events) => tracked.every((n) => events.some((e) => e.name == n)));
  expect(got.duplicates).toBe(0);
}

test('a link to another page of the site: no keepalive copy, and the next page sends the events once', async ({ context, server }) => {
  const exits = await countExitRequests(context, server);
  const page = await pageWithUnsentEvents(context, server);
  await Promise.all([page.waitForURL('**/shop/product.html'), page.click('#to-product')]);
  await deliveredOnce(page, server);
  expect(exits()).toBe(0);
});

test('the next page sends what the last one handed over at once, not with its first batch 5 s later', async ({ context, server }) => {
  const page = await pageWithUnsentEvents(context, server);
  await Promise.all([page.waitForURL('**/shop/product.html'), page.click('#to-product')]);
  const arrived = Date.now();
  // No flush() here: the store opens when the page is first idle (within 0.5 s) and finds them.
  await waitForEvents(server, (events) => tracked.every((n) => events.some((e) => e.name == n)), 15_000);
  expect(Date.now() - arrived).toBeLessThan(4_000);
});

test('a navigation from the address bar is not seen by the page: the exit path sends a keepalive copy', async ({ context, server }) => {
  const exits = await countExitRequests(context, server);
  const page = await pageWithUnsentEvents(context, server);
  await page.goto(`${server.url}/shop/product.html`);
  await expect.poll(exits).toBeGreaterThan(0);
  await waitForEvents(server, (events) => tracked.every((n) => events.some((e) => e.name == n)));
});

test('a reload, which the page cannot see coming: the next page asks what the keepalive copy delivered, and sends none of it again', async ({
  context,
  server,
}) => {
  const exits = await countExitRequests(context, server);
  const page = await pageWithUnsentEvents(context, server);
  await page.reload();
  await expect.poll(exits).toBeGreaterThan(0);
  await waitForEvents(server, (events) => tracked.every((n) => events.some((e) => e.name == n))); // the copy arrived
  await deliveredOnce(page, server);
  expect((await server.received()).asked).toBe(1);
});

test('a link to another site: the exit path sends a keepalive copy', async ({ context, server }) => {
  const exits = await countExitRequests(context, server);
  const page = await pageWithUnsentEvents(context, server);
  // The same server under another origin: the page cannot know that it runs the SDK.
  const elsewhere = server.url.replace('127.0.0.1', 'localhost') + '/blank.html';
  await Promise.all([page.waitForURL(elsewhere), page.evaluate((url) => (location.href = url), elsewhere)]);
  await expect.poll(exits).toBeGreaterThan(0);
  await waitForEvents(server, (events) => tracked.every((n) => events.some((e) => e.name == n)));
});

test('the page view loads the exit path at once: a page left before its first batch sends it with keepalive', async ({ context, server }) => {
  const exits = await countExitRequests(context, server);
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/shop/index.html`);
  // The exit path is in the delivery chunk: the first event queued loads it, not the first batch 5 s later.
  await expect.poll(() => requested.some((path) => path.endsWith('/delivery.js')), { timeout: 2_000 }).toBe(true);
  expect(server.postPaths()).toEqual([]);
  await page.goto(`${server.url}/blank.html`);
  await expect.poll(exits).toBeGreaterThan(0);
  await waitForEvents(server, (events) => events.some((e) => e.type == 'page'));
});

test('events another tab delivered are not sent again as their own tab closes', async ({ context, server }) => {
  const exits = await countExitRequests(context, server);
  const recorder = await pageWithUnsentEvents(context, server);
  // Stored before the other tab flushes, so that its flush claims and delivers them.
  await expect
    .poll(() =>
      recorder.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('microjourney');
            open.onsuccess = () => {
              const all = open.result.transaction('events').objectStore('events').getAll();
              all.onsuccess = () => resolve(all.result.filter((r: any) => r.e.name?.startsWith('handed_')).length);
            };
          }),
      ),
    )
    .toBe(3);
  const sender = await context.newPage();
  await sender.goto(`${server.url}/shop/cart.html`);
  await deliveredOnce(sender, server);
  await recorder.close({ runBeforeUnload: true });
  // A later page's view arrives after anything the closed tab sent as it went.
  const later = await context.newPage();
  await later.goto(`${server.url}/shop/product.html`);
  await later.evaluate(() => (window as any).microjourney.flush());
  await waitForEvents(server, (events) => events.some((e) => e.page.path == '/shop/product.html'));
  expect(exits()).toBe(0);
});
