import { consoleMessages, expect, test, waitForEvents } from './server';
import { expectStillWorks, pageErrors } from './hostile/still-works';

test('hostile calls queued before the config: each costs itself only; the page view and the rest of the queue arrive, flush() and show() settle', async ({
  page,
  server,
}) => {
  const errors = pageErrors(page);
  const messages = consoleMessages(page);
  await page.goto(`${server.url}/queued-hostile.html`);
  const settled = await page.evaluate(async () => {
    const mj = (window as any).microjourney;
    const [flushed] = await Promise.all([mj.flush(), mj.show('nps-test')]);
    return flushed.ok;
  });
  expect(settled).toBe(true);
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'queued_after_the_hostile_ones'));
  expect(events.some((e) => e.type == 'page')).toBe(true);
  // Prototype-named journeys are steps like any other.
  expect(events.filter((e) => e.type == 'step').map((e) => e.name)).toEqual(expect.arrayContaining(['toString:x', '__proto__:cart']));
  expect(events.some((e) => /with_cycle|with_bigint/.test(e.name || ''))).toBe(false);
  expect(events.every((e) => e.user_id === null && (e.journey.step || '').length <= 200)).toBe(true);
  expect(messages.filter((m) => m.includes('(2000000 characters: at most 200); the call was ignored.'))).toHaveLength(2);
  await expectStillWorks(page, server, errors, 'after_queued_hostile');
});

test('over-limit names, user ids and props: refused with one warning each, never stored, so later events and pages are unaffected', async ({
  page,
  server,
}) => {
  const errors = pageErrors(page);
  const messages = consoleMessages(page);
  await page.goto(`${server.url}/shop/cart.html`);
  await page.evaluate(() => {
    const mj = (window as any).microjourney;
    mj.step('s'.repeat(2e6));
    mj.step('s'.repeat(2e6));
    mj.identify('u'.repeat(201));
    mj.track('big_props', { text: 'p'.repeat(17_000) });
    mj.identify('u1', { ['k'.repeat(201)]: 1 });
    mj.track('t'.repeat(200)); // at the limit: kept
  });
  await expectStillWorks(page, server, errors, 'after_limits');
  expect(messages.filter((m) => m.includes('at most 200'))).toHaveLength(3);
  expect(messages.filter((m) => m.includes('at most 16 KB'))).toHaveLength(1);
  await page.reload();
  await expectStillWorks(page, server, errors, 'after_limits_reload');
  const { events } = await server.received();
  expect(events.some((e) => e.name == 't'.repeat(200))).toBe(true);
  expect(events.some((e) => e.name == 'big_props')).toBe(false);
  expect(events.every((e) => e.user_id === null && (e.journey.step || '').length <= 200)).toBe(true);
  // Nothing oversized was stored either.
  expect(Math.max(...(await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)!.length))))).toBeLessThan(10_000);
});

test('a handoff link: only a UUID is adopted, the previous visitor is forgotten, and mj_aid leaves the address bar', async ({ page, server }) => {
  const errors = pageErrors(page);
  await page.goto(`${server.url}/shop/cart.html`);
  await page.evaluate(() => ((window as any).microjourney.identify('previous-user'), (window as any).microjourney.flush()));
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('mj_aid')!));
  // HTML, and a token that is not a UUID: not adopted, and still removed from the address bar.
  for (const bad of ['<b>x</b>', 'app-device-1234']) {
    await page.goto(`${server.url}/shop/cart.html?mj_aid=${encodeURIComponent(bad)}&utm_source=news`);
    await expect.poll(() => page.url()).toBe(`${server.url}/shop/cart.html?utm_source=news`);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('mj_aid')!))).toBe(before);
  }
  const handed = '0190d5a0-1234-7abc-8def-0123456789ab';
  await page.goto(`${server.url}/shop/cart.html?mj_aid=${handed}`);
  await expect.poll(() => page.url()).toBe(`${server.url}/shop/cart.html`);
  await expectStillWorks(page, server, errors, 'after_handoff');
  const { events } = await server.received();
  const after = events.find((e) => e.name == 'after_handoff')!;
  expect(after.anonymous_id).toBe(handed);
  expect(after.user_id).toBeNull();
  // The new visitor's first touch is this visit, not the previous visitor's newsletter.
  expect(after.channel.first_touch.source).toBe('(direct)');
});
