import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForEvents, type TestServer } from './server';

// Delivery across tabs (DESIGN §5): one flusher at a time under the flush lock, and what becomes
// of a batch whose tab closed or crashed while its request was out. The rest is delivery.test.ts.

const track = (page: Page, names: string[]) => page.evaluate((n) => n.forEach((name) => (window as any).microjourney.track(name)), names);
const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}_${i}`);

test('three tabs tracking at once: every event arrives, duplicates stay few', async ({ context, server }) => {
  const tabs = await Promise.all([0, 1, 2].map(() => context.newPage()));
  await Promise.all(tabs.map((tab) => tab.goto(`${server.url}/shop/cart.html`)));
  const all: string[] = [];
  for (let round = 0; round < 5; round++)
    for (const [i, tab] of tabs.entries()) {
      const batch = names(`tab${i}_r${round}`, 4);
      all.push(...batch);
      await track(tab, batch);
    }
  await Promise.all(tabs.map((tab) => tab.evaluate(() => (window as any).microjourney.flush())));
  const got = await waitForEvents(server, (e) => all.every((n) => e.some((x) => x.name == n)));
  for (const n of all) expect(got.events.filter((e) => e.name == n)).toHaveLength(1);
  expect(got.duplicates).toBeLessThanOrEqual(10);
});

test('a tab closed mid-flush: its events are sent, by its exit request or by the next page', async ({ context, server }) => {
  const first = await context.newPage();
  await first.goto(`${server.url}/shop/cart.html`);
  await first.evaluate(() => (window as any).microjourney.flush());
  // The collector stalls, so the tab closes with the batch claimed and unanswered.
  let stalled!: () => void;
  const claimed = new Promise<void>((resolve) => (stalled = resolve));
  await first.route('**/mj/collect', () => stalled());
  await track(first, names('closed', 3));
  first.evaluate(() => (window as any).microjourney.flush()).catch(() => {});
  await claimed; // the flush's request is out: its batch is claimed
  await first.close({ runBeforeUnload: false });
  const next = await context.newPage();
  await next.goto(`${server.url}/shop/index.html`);
  await next.evaluate(() => (window as any).microjourney.flush());
  // Either the keepalive on close or the next page delivers them.
  const { events } = await waitForEvents(server, (e) => names('closed', 3).every((n) => e.some((x) => x.name == n)), 45_000);
  for (const n of names('closed', 3)) expect(events.filter((e) => e.name == n)).toHaveLength(1);
});

/**
 * A cart page whose flush has claimed a batch of three `prefix` events, its request held by the
 * collector (every POST from here on hangs until `server.hold(false)`).
 */
async function claimedBatchInFlight(context: BrowserContext, server: TestServer, prefix: string) {
  const first = await context.newPage();
  await first.goto(`${server.url}/shop/cart.html`);
  await first.evaluate(() => (window as any).microjourney.flush());
  server.hold(true);
  const held = server.posts();
  await track(first, names(prefix, 3));
  first.evaluate(() => (window as any).microjourney.flush()).catch(() => {});
  await expect.poll(() => server.posts()).toBe(held + 1);
  return { first, held };
}

/** The next page's first flush takes the batch with its page view, and each event arrives once. */
async function nextPageSendsAtOnce(context: BrowserContext, server: TestServer, prefix: string) {
  const next = await context.newPage();
  await next.goto(`${server.url}/shop/index.html`);
  expect(await next.evaluate(() => (window as any).microjourney.flush())).toMatchObject({ ok: true, sent: 4, pending: 0 });
  const got = await waitForEvents(server, (e) => names(prefix, 3).every((n) => e.some((x) => x.name == n)));
  for (const n of names(prefix, 3)) expect(got.events.filter((e) => e.name == n)).toHaveLength(1);
  expect(got.duplicates).toBe(0);
}

test('a tab closed mid-flush, its request lost: no exit copy of that batch, and the next page sends it at once, once', async ({ context, server }) => {
  const { first, held } = await claimedBatchInFlight(context, server, 'leased');
  await first.close({ runBeforeUnload: true });
  server.hold(false);
  // The closed tab's claim (a 30 s lease) holds no one back: its drain ended with the tab, and
  // the next page's drain, holding the flush lock, knows it.
  await nextPageSendsAtOnce(context, server, 'leased');
  // The batch's own request went with keepalive: the exit path sent no copy of it, the next page one batch.
  expect(server.posts()).toBe(held + 2);
});

test('a renderer crash mid-flush: the next page sends the claimed batch at once, once', async ({ context, server }) => {
  const { first } = await claimedBatchInFlight(context, server, 'crashed');
  // A crash has no exit path: only the store keeps the batch, under a claim no tab will release.
  await Promise.all([first.waitForEvent('crash'), first.goto('chrome://crash').catch(() => {})]);
  server.hold(false);
  await nextPageSendsAtOnce(context, server, 'crashed');
});

test('a renderer crash before the IndexedDB write commits: the next page sends the events from localStorage, once', async ({ context, server }) => {
  const first = await context.newPage();
  await first.goto(`${server.url}/shop/cart.html`);
  await first.evaluate(() => (window as any).microjourney.flush()); // the store is open
  // Another page of the site holds a readwrite transaction on the events store, so the write of
  // what is tracked next waits: the crash then finds it uncommitted, as a busy browser can.
  const blocker = await context.newPage();
  await blocker.goto(`${server.url}/blank.html`);
  await blocker.evaluate(
    () =>
      new Promise<void>((started) => {
        const open = indexedDB.open('microjourney');
        open.onsuccess = () => {
          const store = open.result.transaction('events', 'readwrite').objectStore('events');
          const spin = () => (store.get('none').onsuccess = spin);
          spin();
          started();
        };
      }),
  );
  await track(first, names('uncommitted', 3));
  await expect.poll(() => first.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('mj_qw')))).toBe(true);
  await Promise.all([first.waitForEvent('crash'), first.goto('chrome://crash').catch(() => {})]);
  await blocker.close();
  const next = await context.newPage();
  await next.goto(`${server.url}/shop/index.html`);
  await next.evaluate(() => (window as any).microjourney.flush());
  const got = await waitForEvents(server, (e) => names('uncommitted', 3).every((n) => e.some((x) => x.name == n)));
  for (const n of names('uncommitted', 3)) expect(got.events.filter((e) => e.name == n)).toHaveLength(1);
});
