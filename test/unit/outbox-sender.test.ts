import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import * as chunk from '../../src/chunks/delivery';
import type { OutboxOptions } from '../../src/outbox';
import type { MjEvent } from '../../src/types';
import { stubCollector } from './stub-network';
import { testOutbox } from './test-outbox';

// The outbox's handle on the delivery chunk (outbox-sender.ts): when the chunk is loaded, and
// what the exit path does before it is. The chunk is the real one, sending to a stubbed collector.
let n = 0;
const event = () => ({ id: `id-${String(++n).padStart(6, '0')}`, type: 'track', ts: new Date().toISOString() }) as MjEvent;

function setup(load: OutboxOptions['load']) {
  const { sent } = stubCollector();
  const outbox = testOutbox({ load });
  return { outbox, sent };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => (vi.useRealTimers(), vi.unstubAllGlobals()));

it('loads the delivery chunk with the first event, once, and again after a failed load', async () => {
  const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(chunk);
  const { outbox, sent } = setup(load);
  await outbox.add(event());
  await vi.advanceTimersByTimeAsync(0);
  expect(load).toHaveBeenCalledTimes(1);
  await outbox.add(event()); // the failed load is tried again
  for (let i = 0; i < 5; i++) await outbox.add(event());
  expect(load).toHaveBeenCalledTimes(2);
  // Loaded, the chunk schedules what was queued: the first batch 5 s later.
  await vi.advanceTimersByTimeAsync(4000);
  expect(sent).toEqual([]);
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent.map((batch) => batch.length)).toEqual([7]);
  expect(load).toHaveBeenCalledTimes(2);
});

it('an answer queued while the chunk loads goes as soon as it arrives, not a batch later', async () => {
  let arrive!: (c: typeof chunk) => void;
  const { outbox, sent } = setup(() => new Promise((resolve) => (arrive = resolve)) as never);
  await outbox.add(event());
  await outbox.add(event(), true);
  arrive(chunk);
  await vi.advanceTimersByTimeAsync(10);
  expect(sent.map((batch) => batch.length)).toEqual([2]);
});

it('a page that hides before the chunk arrived sends nothing, and keeps what is not stored yet for the next page', () => {
  const { outbox, sent } = setup(() => new Promise(() => {}));
  const e = event();
  outbox.add(e); // not written yet either
  outbox.flushOnExit();
  expect(sent).toEqual([]);
  const kept = Object.keys(localStorage).filter((key) => key.startsWith('mj_q'));
  expect(kept.map((key) => JSON.parse(localStorage[key]).map((r: { e: MjEvent }) => r.e.id))).toEqual([[e.id]]);
});
