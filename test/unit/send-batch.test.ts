import { afterEach, expect, it, vi } from 'vitest';
import { sendBatch } from '../../src/send-batch';
import type { MjEvent } from '../../src/types';
import { VERSION } from '../../src/version';

afterEach(() => vi.unstubAllGlobals());

const events = [{ id: 'a1' }, { id: 'a2' }] as MjEvent[];
const asJson = (batch: unknown) => batch;

function captureFetch() {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => (calls.push({ url, init }), new Response('{}', { status: 200 })));
  return calls;
}

it('sends the batch envelope with an Idempotency-Key made of the first id and the size', async () => {
  const calls = captureFetch();
  expect((await sendBatch({ url: '/mj/collect', headers: { 'X-Site': 's1' } }, events, false, asJson, vi.fn()))!.status).toBe(200);
  const body = JSON.parse(calls[0]!.init.body as string);
  expect(body.sdk).toEqual({ name: 'microjourney', version: VERSION });
  expect(body.events.map((e: MjEvent) => e.id)).toEqual(['a1', 'a2']);
  expect(calls[0]!.url).toBe(new URL('/mj/collect', location.href).href);
  expect(calls[0]!.init.headers).toEqual({ 'X-Site': 's1', 'Idempotency-Key': 'a1.2' });
});

it('sends every batch with keepalive, so that it outlives the page', async () => {
  const calls = captureFetch();
  await sendBatch({ url: '/c' }, events, false, asJson, vi.fn());
  await sendBatch({ url: '/c' }, events, true, asJson, vi.fn());
  expect(calls.map((c) => c.init.keepalive)).toEqual([true, true]);
});

it("leaves the key out of the exit path's request to another origin, which a preflight could lose", async () => {
  const calls = captureFetch();
  await sendBatch({ url: 'https://collector.example/c' }, events, true, asJson, vi.fn());
  expect(calls[0]!.init.headers).toEqual({});
  await sendBatch({ url: 'https://collector.example/c' }, events, false, asJson, vi.fn());
  expect(calls[1]!.init.headers).toEqual({ 'Idempotency-Key': 'a1.2' });
  await sendBatch({ url: '/same-origin' }, events, true, asJson, vi.fn());
  expect(calls[2]!.init.headers).toEqual({ 'Idempotency-Key': 'a1.2' });
});

it('sends what transform returns, and reports a transform that throws instead of sending', async () => {
  const calls = captureFetch();
  const report = vi.fn();
  await sendBatch({ url: '/c', transform: (b: any) => `n=${b.events.length}` }, events, false, asJson, report);
  expect(calls[0]!.init.body).toBe('n=2');
  const failing = sendBatch(
    {
      url: '/c',
      transform: () => {
        throw new Error('bad shape');
      },
    },
    events,
    false,
    asJson,
    report,
  );
  expect(failing).toBeNull();
  expect(report).toHaveBeenCalledWith('transform', 'Error: bad shape');
  expect(calls).toHaveLength(1);
});
