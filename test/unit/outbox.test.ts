import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BATCH_BYTES, createOutbox, takeBatch } from '../../src/outbox';
import { createMemoryStore, type EventStore } from '../../src/store';
import type { Delivery } from '../../src/transport';
import type { MjEvent } from '../../src/types';

let n = 0;
const event = (extra: Partial<MjEvent> = {}) => ({ id: `id-${String(++n).padStart(6, '0')}`, type: 'track', name: 'x', ...extra }) as MjEvent;

function setup(answers: number[] = [], store: EventStore = createMemoryStore()) {
  const sent: MjEvent[][] = [];
  const report = vi.fn();
  const outbox = createOutbox({
    store,
    send: (events) => {
      sent.push(events);
      return Promise.resolve<Delivery>({ status: answers.shift() ?? 200 });
    },
    report,
    url: () => '/c',
    onFlush: () => {},
  });
  return { outbox, sent, report, store };
}

describe('takeBatch', () => {
  it('takes at most 20 events', () => {
    expect(takeBatch(Array.from({ length: 45 }, () => event()))).toHaveLength(20);
  });

  it('takes at most 32 KB, but always one event', () => {
    const big = Array.from({ length: 5 }, () => event({ props: { blob: 'x'.repeat(10_000) } }));
    expect(takeBatch(big)).toHaveLength(3);
    expect(takeBatch([event({ props: { blob: 'x'.repeat(BATCH_BYTES * 2) } })])).toHaveLength(1);
  });

  it('measures UTF-8 bytes, not characters', () => {
    const hebrew = Array.from({ length: 5 }, () => event({ props: { text: 'ש'.repeat(5_000) } }));
    expect(takeBatch(hebrew)).toHaveLength(3); // 10 KB each in UTF-8
  });
});

describe('outbox', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stores before sending, sends after 5 s, and deletes on 2xx', async () => {
    const { outbox, sent, store } = setup();
    await outbox.add(event());
    expect(await store.all()).toHaveLength(1);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
    expect(await store.all()).toHaveLength(0);
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
    const result = await outbox.flush();
    expect(result).toEqual({ ok: false, sent: 0, pending: 1 });
    expect(report).toHaveBeenCalledWith('collector', '/c', 503, 1);
    expect(await store.all()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000); // the first retry waits at most 1 s
    expect(sent).toHaveLength(2);
    expect(await store.all()).toHaveLength(0);
  });

  it('flush() resolves once everything queued was acknowledged, oldest first, batch by batch', async () => {
    const { outbox, sent } = setup();
    const events = Array.from({ length: 45 }, () => event());
    for (const e of [...events].reverse()) outbox.add(e);
    expect(await outbox.flush()).toEqual({ ok: true, sent: 45, pending: 0 });
    expect(sent.map((b) => b.length)).toEqual([20, 20, 5]);
    expect(sent.flat().map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('falls back to memory when the store cannot write, and says so', async () => {
    const broken: EventStore = { put: () => Promise.reject(new Error('QuotaExceededError')), all: async () => [], remove: async () => {} };
    const { outbox, report, sent } = setup([], broken);
    await outbox.add(event());
    expect(report).toHaveBeenCalledWith('storage', 'QuotaExceededError');
    await outbox.flush();
    expect(sent.flat()).toHaveLength(1);
  });
});
