import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as delivery from '../../src/chunks/delivery';
import { createOutbox } from '../../src/outbox';
import { createMemoryStore, type EventStore } from '../../src/store';
import type { Delivery } from '../../src/transport';
import type { Config, MjEvent } from '../../src/types';
import { stubCollector } from './stub-network';

afterEach(() => vi.unstubAllGlobals());

let n = 0;
export const event = (extra: Partial<MjEvent> = {}) =>
  ({ id: `id-${String(++n).padStart(6, '0')}`, type: 'track', name: 'x', ts: new Date().toISOString(), ...extra }) as MjEvent;

/**
 * An outbox over `store` whose batches the collector answers with `answers`, then 200 (it holds
 * none of the events a retry asks about); `allowed` says where it may send (nowhere: undefined).
 */
export function setup(answers: (number | Delivery)[] = [], store: EventStore = createMemoryStore(), allowed = (): Config['collector'] => ({ url: '/c' })) {
  const { sent } = stubCollector(answers);
  const report = vi.fn();
  const onDrop = vi.fn();
  const outbox = createOutbox({
    store: Promise.resolve(store),
    encode: (batch) => batch,
    report,
    allowedCollector: allowed,
    onFlush: () => {},
    onDrop,
    load: async () => delivery as never,
    mayPersist: () => true,
  });
  return { outbox, sent, report, store, onDrop };
}

describe('outbox', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stores before sending, sends after 5 s, and deletes on 2xx', async () => {
    const { outbox, sent, store } = setup();
    await outbox.add(event());
    expect(await store.update((r) => ({ result: r.length }))).toBe(1);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
    expect(await store.update((r) => ({ result: r.length }))).toBe(0);
  });

  it('shares one write for the events of one tick', async () => {
    const store = createMemoryStore();
    const put = vi.spyOn(store, 'put');
    const { outbox } = setup([], store);
    outbox.add(event());
    outbox.add(event());
    await outbox.add(event());
    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]![0]).toHaveLength(3);
  });

  it('sends at once at 20 events, and for urgent events', async () => {
    const { outbox, sent } = setup();
    for (let i = 0; i < 20; i++) outbox.add(event());
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((b) => b.length)).toEqual([20]);
    outbox.add(event({ type: 'response' }), true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((b) => b.length)).toEqual([20, 1]);
  });

  it('keeps a refused batch, reports it, and retries with backoff', async () => {
    const { outbox, sent, report, store } = setup([503]);
    await outbox.add(event());
    expect(await outbox.flush()).toEqual({ ok: false, sent: 0, pending: 1 });
    expect(report).toHaveBeenCalledWith('collector', '/c', 503, 1);
    expect(await store.update((r) => ({ result: r.map((x) => x.lease) }))).toEqual([0]); // unclaimed for the retry
    await vi.advanceTimersByTimeAsync(1000); // the first retry waits at most 1 s
    expect(sent).toHaveLength(2);
    expect(await store.update((r) => ({ result: r.length }))).toBe(0);
  });

  it('honours Retry-After as the least wait', async () => {
    const { outbox, sent } = setup([{ status: 429, headers: new Headers({ 'Retry-After': '30' }) }]);
    await outbox.add(event());
    await outbox.flush();
    await vi.advanceTimersByTimeAsync(29_000);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
  });

  it('pauses on 401, 403 and 404, keeps everything, and resumes on flush()', async () => {
    const { outbox, sent, report, store } = setup([403]);
    await outbox.add(event());
    expect((await outbox.flush()).ok).toBe(false);
    expect(report).toHaveBeenCalledWith('collector-paused', '/c', 403, 1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent).toHaveLength(1);
    expect(await outbox.flush()).toEqual({ ok: true, sent: 1, pending: 0 });
    expect(await store.update((r) => ({ result: r.length }))).toBe(0);
  });

  it('isolates the event a 400 refuses by splitting, dead-letters it and sends the rest', async () => {
    const events = Array.from({ length: 8 }, () => event());
    const bad = events[5]!.id;
    const store = createMemoryStore();
    const { outbox } = setup([], store);
    const sent: string[][] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const ids = (JSON.parse(String(init.body)).events as MjEvent[]).map((e) => e.id);
      sent.push(ids);
      return new Response(null, { status: ids.includes(bad) ? 400 : 200 });
    });
    events.forEach((e) => outbox.add(e));
    expect(await outbox.flush()).toEqual({ ok: true, sent: 8, pending: 0 });
    const left = await store.update((r) => ({ result: r }));
    expect(left.map((r) => [r.e.id, r.dead])).toEqual([[bad, 400]]);
    expect(sent.length).toBeLessThanOrEqual(1 + 2 * Math.ceil(Math.log2(8)));
  });

  it('splits on 413 until each half fits', async () => {
    const { outbox, sent } = setup([413, 413]);
    for (let i = 0; i < 8; i++) outbox.add(event());
    expect(await outbox.flush()).toEqual({ ok: true, sent: 8, pending: 0 });
    expect(sent.map((b) => b.length)).toEqual([8, 4, 2, 2, 4]);
  });

  it('does not count offline as an attempt', async () => {
    const { outbox, sent } = setup();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await outbox.add(event());
    expect((await outbox.flush()).ok).toBe(false);
    expect(sent).toHaveLength(0);
    vi.restoreAllMocks();
    outbox.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
  });

  it('flush() sends everything, oldest first, batch by batch', async () => {
    const { outbox, sent } = setup();
    const events = Array.from({ length: 45 }, () => event());
    for (const e of [...events].reverse()) outbox.add(e);
    expect(await outbox.flush()).toEqual({ ok: true, sent: 45, pending: 0 });
    expect(sent.map((b) => b.length)).toEqual([20, 20, 5]);
    expect(sent.flat().map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('falls back to memory when the store cannot write, and says so', async () => {
    const broken: EventStore = { ...createMemoryStore(), kind: 'idb', put: () => Promise.reject(new Error('QuotaExceededError')) };
    const { outbox, report, sent } = setup([], broken);
    await outbox.add(event());
    expect(report).toHaveBeenCalledWith('storage', 'QuotaExceededError');
    await outbox.flush();
    expect(sent.flat()).toHaveLength(1);
  });
});

describe('consent: clear() and moveTo()', () => {
  afterEach(() => vi.useRealTimers());

  it('clear(before) forgets what was recorded before, in the mirror and the store, writes in flight included', async () => {
    const { outbox, store } = setup();
    const [a, b, c] = [event(), event(), event()];
    outbox.add(a);
    outbox.add(b);
    outbox.add(c); // not written yet: clear() waits for the write, then deletes
    await outbox.state.clear(c.id);
    expect([...outbox.state.mirror.keys()]).toEqual([c.id]);
    expect(await store.update((r) => ({ result: r.map((x) => x.e.id) }))).toEqual([c.id]);
  });

  it('clear() leaves the exit path nothing withdrawn to send', async () => {
    const { outbox, sent } = setup();
    await outbox.add(event());
    await outbox.state.clear(event().id);
    outbox.flushOnExit();
    expect(sent).toEqual([]);
  });

  it('moveTo(store) moves what waited into the store, uses it from then on, and resumes sending', async () => {
    vi.useFakeTimers();
    // Nowhere to send until consent: the first drain pauses.
    let granted = false;
    const { outbox, sent } = setup([], undefined, () => (granted ? { url: '/c' } : undefined));
    const waiting = [event(), event()];
    for (const e of waiting) await outbox.add(e);
    expect((await outbox.flush()).ok).toBe(false);
    expect(outbox.state.paused).toBe(true);
    const durable = createMemoryStore();
    const put = vi.spyOn(durable, 'put');
    granted = true;
    await outbox.state.moveTo(Promise.resolve(durable));
    expect(put.mock.calls[0]![0].map((r) => r.e.id)).toEqual(waiting.map((e) => e.id));
    expect(await outbox.state.store).toBe(durable);
    expect(outbox.state.paused).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.flat().map((e) => e.id)).toEqual(waiting.map((e) => e.id));
    expect(await durable.update((r) => ({ result: r.length }))).toBe(0);
  });
});
