import { afterEach, expect, it, vi } from 'vitest';
import { post, REQUEST_TIMEOUT } from '../../src/transport';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it('gives up after its timeout even when the page’s fetch ignores the abort signal', async () => {
  vi.useFakeTimers();
  let signal: AbortSignal | undefined;
  // A wrapper that never settles and never looks at the signal.
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => ((signal = init.signal!), new Promise(() => {})));
  const result = post('/mj/collect', '{}', {});
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
  expect(await post('/mj/collect', '{}', {})).toEqual({ status: 0 });
});

it('reads the status and passes Retry-After on as sent, seconds or a date (the delivery chunk reads it)', async () => {
  vi.stubGlobal('fetch', async () => new Response(null, { status: 503, headers: { 'Retry-After': '2' } }));
  expect(await post('/mj/collect', '{}', {})).toEqual({ status: 503, retryAfter: '2' });
  vi.stubGlobal('fetch', async () => new Response(null, { status: 429, headers: { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' } }));
  expect(await post('/mj/collect', '{}', {})).toEqual({ status: 429, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' });
  vi.stubGlobal('fetch', async () => new Response(null, { status: 200 }));
  expect(await post('/mj/collect', '{}', {})).toEqual({ status: 200, retryAfter: null });
});
