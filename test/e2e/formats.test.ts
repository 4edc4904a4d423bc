import type { Page, Request } from '@playwright/test';
import { expect, test } from './server';

/** Starts the SDK with a config object (functions allowed) and captures what reaches the collector URL. */
async function start(page: Page, url: string, collector: string) {
  const bodies: { body: string; headers: Record<string, string> }[] = [];
  await page.route('**/capture', (route) => {
    const req: Request = route.request();
    bodies.push({ body: req.postData() || '', headers: req.headers() });
    return route.fulfill({ status: 200, body: '{}' });
  });
  await page.goto(`${url}/init-call.html`);
  await page.waitForFunction(() => (window as any).microjourney?.loaded);
  await page.evaluate(
    `(() => { const flushes = (window.flushes = []); microjourney('init', { collector: ${collector} }); microjourney.on('flush', (f) => flushes.push(f)); })()`,
  );
  return bodies;
}

test('ndjson: one event per line, with an Idempotency-Key and on(flush) per batch', async ({ page, server }) => {
  const bodies = await start(page, server.url, `{ url: '/capture', format: 'ndjson', headers: { 'X-Tenant': 'shop-7' } }`);
  await page.evaluate(() => (window as any).microjourney.track('as_ndjson', { n: 1 }));
  expect(await page.evaluate(() => (window as any).microjourney.flush())).toMatchObject({ ok: true });
  const lines = bodies.flatMap((b) => b.body.split('\n')).map((l) => JSON.parse(l));
  expect(lines.map((e) => e.type)).toEqual(['page', 'track']);
  expect(lines[1]).toMatchObject({ name: 'as_ndjson', props: { n: 1 } });
  expect(bodies[0]!.headers['idempotency-key']).toBe(`${lines[0].id}.2`);
  expect(bodies[0]!.headers['x-tenant']).toBe('shop-7');
  expect(bodies[0]!.headers['content-type']).toMatch(/^text\/plain/);
  expect(await page.evaluate(() => (window as any).flushes)).toEqual([{ events: 2, status: 200 }]);
});

test('segment: the Segment HTTP tracking API batch', async ({ page, server }) => {
  const bodies = await start(page, server.url, `{ url: '/capture', format: 'segment' }`);
  await page.evaluate(() => (window as any).microjourney.track('Order Completed', { total: 42 }));
  await page.evaluate(() => (window as any).microjourney.flush());
  const { batch } = JSON.parse(bodies[0]!.body);
  expect(batch.map((m: any) => m.type)).toEqual(['page', 'track']);
  expect(batch[1]).toMatchObject({ event: 'Order Completed', properties: { total: 42 }, anonymousId: expect.any(String) });
  expect(batch[1].context.microjourney.channel.touchpoint).toBe('web');
});

test('collector.transform shapes the body', async ({ page, server }) => {
  const bodies = await start(
    page,
    server.url,
    `{ url: '/capture', transform: (b) => ({ count: b.events.length, names: b.events.map((e) => e.name || e.type) }) }`,
  );
  await page.evaluate(() => (window as any).microjourney.track('transformed'));
  await page.evaluate(() => (window as any).microjourney.flush());
  expect(JSON.parse(bodies[0]!.body)).toEqual({ count: 2, names: ['page', 'transformed'] });
});
