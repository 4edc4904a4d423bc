import { consoleMessages, expect, test, waitForEvents } from './server';

const flush = (page: import('@playwright/test').Page) => page.evaluate(() => (window as any).microjourney.flush());

test('(a) a campaign visit: three page views and steps arrive with channel, journey, session and ids', async ({ page, server }) => {
  const problems = consoleMessages(page);
  await page.goto(`${server.url}/shop/index.html?utm_source=newsletter&utm_medium=email&utm_campaign=nov&email=someone@example.com`);
  await page.click('#to-product');
  await page.waitForURL('**/shop/product.html');
  await page.click('#add-to-cart');
  await page.click('#to-cart');
  await page.waitForURL('**/shop/cart.html');
  await page.evaluate(() => (window as any).microjourney.step('checkout:shipping', { method: 'express' }));
  expect(await flush(page)).toMatchObject({ ok: true, pending: 0 });

  const { events } = await waitForEvents(server, (e) => e.filter((x) => x.type == 'page').length >= 3 && e.some((x) => x.name == 'checkout:shipping'));
  const pages = events.filter((e) => e.type == 'page');
  expect(pages.map((e) => e.page.path)).toEqual(['/shop/index.html', '/shop/product.html', '/shop/cart.html']);
  expect(events.filter((e) => e.type == 'step').map((e) => e.name)).toEqual(['product_view', 'checkout:cart', 'checkout:shipping']);

  // One visitor, one session, across the three pages.
  expect(new Set(events.map((e) => e.anonymous_id)).size).toBe(1);
  expect(new Set(events.map((e) => e.session_id)).size).toBe(1);
  expect(events[0]!.anonymous_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  // The campaign is the session's source on every page, and the first and last touch.
  for (const e of events) {
    expect(e.channel.touchpoint).toBe('web');
    expect(e.channel.source).toMatchObject({ source: 'newsletter', medium: 'email', campaign: 'nov' });
    expect(e.channel.first_touch).toMatchObject({ source: 'newsletter', medium: 'email', campaign: 'nov', touchpoint: 'web' });
    expect(e.channel.last_touch).toMatchObject({ source: 'newsletter', medium: 'email' });
  }
  // Only attribution parameters are recorded: the e-mail address in the URL is not.
  expect(pages[0]!.page.url).toBe(`${server.url}/shop/index.html?utm_source=newsletter&utm_medium=email&utm_campaign=nov`);
  expect(JSON.stringify(events)).not.toContain('someone@example.com');
  expect(pages[1]!.page.referrer).toContain('/shop/index.html');

  // The journey: the product view entered consideration, the cart step started checkout (purchase).
  const byName = Object.fromEntries(events.filter((e) => e.name).map((e) => [e.name, e]));
  expect(byName['product_view']!.journey).toMatchObject({ stage: 'consideration', name: null, step: 'product_view', seq: 1 });
  expect(byName['checkout:cart']!.journey).toMatchObject({ stage: 'purchase', name: 'checkout', step: 'cart', seq: 2 });
  expect(byName['checkout:shipping']!.journey).toMatchObject({ stage: 'purchase', name: 'checkout', step: 'shipping', seq: 3 });
  expect(byName['checkout:shipping']!.props).toEqual({ method: 'express' });
  expect(events.filter((e) => e.type == 'stage').map((e) => e.name)).toEqual(['consideration', 'purchase']);
  expect(problems).toEqual([]);
});

test('(b) a reload before the flush loses nothing: every event arrives exactly once after de-duplication', async ({ page, server }) => {
  await page.goto(`${server.url}/shop/cart.html`);
  await page.evaluate(() => {
    for (let i = 1; i <= 8; i++) (window as any).microjourney.track(`before_reload_${i}`, { i });
  });
  await page.reload();
  await page.evaluate(() => (window as any).microjourney.track('after_reload'));
  await flush(page);
  const { events } = await waitForEvents(
    server,
    (e) => e.some((x) => x.name == 'after_reload') && e.filter((x) => x.name?.startsWith('before_reload_')).length == 8,
  );
  const names = events.map((e) => e.name).filter(Boolean);
  for (let i = 1; i <= 8; i++) expect(names.filter((n) => n == `before_reload_${i}`)).toHaveLength(1);
  expect(events.filter((e) => e.type == 'page')).toHaveLength(2);
  // Per-tab sequence numbers order what one page recorded.
  // They may arrive in several batches; sorted by id (time), their per-tab sequence numbers rise.
  const tracked = events.filter((e) => e.name?.startsWith('before_reload_')).sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(tracked.map((e) => e.name)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `before_reload_${i}`));
  expect(tracked.map((e) => e.seq)).toEqual([...tracked.map((e) => e.seq)].sort((a, b) => a - b));
});

test('(c) single-page-app navigation with pushState records page events, not query changes', async ({ page, server }) => {
  await page.goto(`${server.url}/spa.html`);
  await page.click('#go-a');
  await page.click('#go-b');
  await page.click('#go-query');
  await page.goBack(); // popstate back to /app/b?… → same path: no page view
  await page.goBack(); // popstate back to /app/a
  await page.waitForURL('**/app/a');
  // A route's page view is recorded a task after the change: flush until the last one arrived.
  // Anything the first goBack recorded was recorded, and sent, before it.
  const views = async (path: string) => (await server.received()).events.filter((e) => e.type == 'page' && e.page.path == path).length;
  await expect.poll(async () => (await flush(page), views('/app/a'))).toBe(2);
  const { events } = await server.received();
  const pages = events.filter((e) => e.type == 'page');
  expect(pages.map((e) => e.page.path)).toEqual(['/spa.html', '/app/a', '/app/b', '/app/a']);
  expect(pages[1]!.page.title).toBe('Route A');
  expect(pages[2]!.page.referrer).toBe(`${server.url}/app/a`);
  expect(new Set(pages.map((e) => e.session_id)).size).toBe(1);
});

test('an inline config and calls queued by the stub before the script loaded', async ({ page, server }) => {
  await page.goto(`${server.url}/inline.html`);
  await flush(page);
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'queued_before_load'));
  expect(events.find((e) => e.name == 'queued_before_load')).toMatchObject({ type: 'track', props: { n: 1 }, channel: { touchpoint: 'kiosk' } });
  expect(events.find((e) => e.type == 'stage')).toMatchObject({ name: 'awareness', journey: { stage: 'awareness' } });
  // After load the same commands are methods, and the function form keeps working.
  await page.evaluate(() => {
    const mj = (window as any).microjourney;
    mj.track('as_method');
    mj('track', 'as_function');
  });
  await flush(page);
  await waitForEvents(server, (e) => e.some((x) => x.name == 'as_method') && e.some((x) => x.name == 'as_function'));
});

test('identify, handoff to another channel, and reset', async ({ page, server }) => {
  await page.goto(`${server.url}/shop/cart.html`);
  const link = await page.evaluate(() => (window as any).microjourney.handoff('myapp://checkout?cart=42'));
  await flush(page);
  const { anonymous_id } = (await waitForEvents(server, (e) => e.length > 0)).events[0]!;
  expect(link).toBe(`myapp://checkout?cart=42&mj_aid=${anonymous_id}`);

  // The app (or an in-store page) opened with the link continues the same visitor.
  const other = await page.context().browser()!.newContext();
  const app = await other.newPage();
  await app.goto(`${server.url}/shop/index.html?mj_aid=${anonymous_id}&mj_tp=app`);
  await app.evaluate(() => (window as any).microjourney.identify('user-7', { plan: 'pro' }));
  await app.evaluate(() => (window as any).microjourney.flush());
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'identify'));
  const identify = events.find((e) => e.type == 'identify')!;
  expect(identify).toMatchObject({ anonymous_id, user_id: 'user-7', traits: { plan: 'pro' }, channel: { touchpoint: 'app' } });
  await other.close();

  await page.evaluate(() => {
    (window as any).microjourney.reset();
    (window as any).microjourney.track('after_reset');
  });
  await flush(page);
  const after = (await waitForEvents(server, (e) => e.some((x) => x.name == 'after_reset'))).events.find((e) => e.name == 'after_reset')!;
  expect(after.anonymous_id).not.toBe(anonymous_id);
  expect(after.user_id).toBeNull();
});

test('calls made while the config loads survive leaving the page: the next page records them, once, with their own page', async ({ page, server }) => {
  // A returning visitor: an earlier page was allowed to store (it kept an anonymous id).
  await page.goto(`${server.url}/shop/index.html`);
  await page.evaluate(() => (window as any).microjourney.flush());
  await page.goto(`${server.url}/shop/slow.html?utm_source=partner&utm_medium=referral`);
  const calledAt = await page.evaluate(() => {
    (window as any).microjourney.track('while_loading', { n: 1 });
    (window as any).microjourney.step('checkout:cart');
    return Date.now();
  });
  // Leave long before the config (1.5 s) arrives.
  await page.goto(`${server.url}/shop/index.html`);
  await page.evaluate(() => (window as any).microjourney.flush());
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'while_loading') && e.filter((x) => x.type == 'page').length == 3);
  expect(events.filter((e) => e.name == 'while_loading')).toHaveLength(1);
  expect(events.filter((e) => e.name == 'checkout:cart')).toHaveLength(1);
  const early = events.find((e) => e.name == 'while_loading')!;
  // Recorded with the page, the time order and the campaign of the page it happened on.
  expect(early.page.path).toBe('/shop/slow.html');
  // Both keep the time they were called, not the time they were replayed on the next page.
  for (const name of ['while_loading', 'checkout:cart'])
    expect(Math.abs(Date.parse(events.find((e) => e.name == name)!.ts) - calledAt), name).toBeLessThan(200);
  expect(early.channel.source).toMatchObject({ source: 'partner', medium: 'referral' });
  const pages = events.filter((e) => e.type == 'page').sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(pages.map((e) => e.page.path)).toEqual(['/shop/index.html', '/shop/slow.html', '/shop/index.html']);
  // The campaign began a session; the early calls and the next page are in it.
  expect(new Set([early, ...pages.slice(1)].map((e) => e.session_id)).size).toBe(1);
});

test('consent declared on the tag: a first visit that leaves before its config arrives stores nothing', async ({ page, server }) => {
  await page.goto(`${server.url}/shop/slow-consent.html`);
  await page.evaluate(() => (window as any).microjourney.track('before_the_config'));
  await page.goto(`${server.url}/blank.html`);
  expect(await page.evaluate(() => Object.keys({ ...localStorage, ...sessionStorage }).filter((k) => k.startsWith('mj_')))).toEqual([]);
  expect(await page.evaluate(() => indexedDB.databases().then((d) => d.map((x) => x.name)))).not.toContain('microjourney');
});

test('a first visit without a declared consent mode keeps its early calls for the next page', async ({ page, server }) => {
  await page.goto(`${server.url}/shop/slow.html`);
  await page.evaluate(() => (window as any).microjourney.track('first_visit_while_loading'));
  await page.goto(`${server.url}/shop/index.html`);
  await page.evaluate(() => (window as any).microjourney.flush());
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'first_visit_while_loading'));
  expect(events.filter((e) => e.name == 'first_visit_while_loading')).toHaveLength(1);
});
