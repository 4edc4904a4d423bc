import { afterEach, expect, it, vi } from 'vitest';
import { post, REQUEST_TIMEOUT } from '../../src/transport';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('gives up after its timeout even when the page’s fetch ignores the abort signal', async () => {
  vi.useFakeTimers();
  let signal: AbortSignal | undefined;
  // A wrapper that never settles and never looks at the signal.
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => ((signal = init.signal!), new Promise(() => {})));
  const result = post('/mj/collect', '{}', {}, false);
  await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT - 1);
  let settled = false;
  void result.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(0);
  expect(settled).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(await result).toEqual({ status: 0 });
  expect(signal!.aborted).toBe(true);
});

it('answers a fetch that throws synchronously as a network error', async () => {
  vi.stubGlobal('fetch', () => {
    throw new TypeError('a wrapper broke');
  });
  expect(await post('/mj/collect', '{}', {}, false)).toEqual({ status: 0 });
});

it('answers the status and the headers, Retry-After as sent, seconds or a date (the delivery chunk reads it)', async () => {
  const answer = async () => {
    const { status, headers } = await post('/mj/collect', '{}', {}, false);
    return { status, retryAfter: headers?.get('Retry-After') };
  };
  vi.stubGlobal('fetch', async () => new Response(null, { status: 503, headers: { 'Retry-After': '2' } }));
  expect(await answer()).toEqual({ status: 503, retryAfter: '2' });
  vi.stubGlobal('fetch', async () => new Response(null, { status: 429, headers: { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' } }));
  expect(await answer()).toEqual({ status: 429, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' });
  vi.stubGlobal('fetch', async () => new Response(null, { status: 200 }));
  expect(await answer()).toEqual({ status: 200, retryAfter: null });
});

it('POSTs the body and headers as given, always with keepalive: a batch out outlives its page', async () => {
  const calls: RequestInit[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => (calls.push(init), new Response(null, { status: 204 })));
  expect((await post('/mj/collect', 'body-1', { 'Idempotency-Key': 'k.1' }, false)).status).toBe(204);
  await post('/mj/collect', 'body-2', {}, true);
  expect(calls.map(({ method, body, headers, keepalive }) => ({ method, body, headers, keepalive }))).toEqual([
    { method: 'POST', body: 'body-1', headers: { 'Idempotency-Key': 'k.1' }, keepalive: true },
    { method: 'POST', body: 'body-2', headers: {}, keepalive: true },
  ]);
});

it('hands a refused exit request to sendBeacon, and answers it as a network error', async () => {
  const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true);
  // Chromium rejects a keepalive fetch at once when its 64 KiB in-flight budget is spent.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  expect(await post('/mj/collect', 'the-body', {}, true)).toEqual({ status: 0 });
  expect(beacon).toHaveBeenCalledExactlyOnceWith('/mj/collect', 'the-body');
});

it('uses no beacon for a batch that failed while the page lives, nor for an exit request that timed out', async () => {
  const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true);
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  expect(await post('/mj/collect', '{}', {}, false)).toEqual({ status: 0 });
  // A request that timed out may still arrive: a beacon would send it a second time.
  vi.useFakeTimers();
  vi.stubGlobal('fetch', () => new Promise(() => {}));
  const stalled = post('/mj/collect', '{}', {}, true);
  await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT);
  expect(await stalled).toEqual({ status: 0 });
  expect(beacon).not.toHaveBeenCalled();
});
