import type { Drops, OutboxState } from './outbox';
import type { Change, Rec } from './store';

/** The memory store's cap (events, bytes): stores in the core name none. */
export const MEMORY_CAP: [number, number] = [1000, 1e6];

/**
 * Updates the outbox's store in one transaction; counts what `fn` gave up and reports it
 * (`onDrop`, which records an `sdk_dropped` event). Used by the delivery chunk, so the core
 * does not carry it.
 */
export async function updateOutbox<T>(o: OutboxState, fn: (recs: Rec[], cap: [number, number], drops: Drops) => Change<T>): Promise<T> {
  const s = await o.store;
  const drops: Drops = { age: 0, cap: 0, dead: 0 };
  const result = await s.update((recs) => fn(recs, s.cap || MEMORY_CAP, drops));
  if (drops.age + drops.cap + drops.dead) o.onDrop(drops);
  return result;
}
