import type { OwnState } from './outbox';
import { createMemoryStore, type Rec } from './store';
import type { MjEvent } from './types';

/**
 * Stores the events queued (`pending`) in one transaction; `saving` holds them until it commits.
 * When the store fails, goes on with a memory store holding every unacknowledged event.
 */
export async function writeQueued(state: OwnState, pending: MjEvent[], saving: Set<Rec>): Promise<void> {
  const recs = pending.splice(0).map((e) => ({ e, lease: 0 }));
  for (const r of recs) saving.add(r);
  const s = await state.store;
  try {
    await s.put(recs);
    for (const r of recs) saving.delete(r);
  } catch (err) {
    if (s.kind == 'memory') return;
    state.report('storage', (err as Error)?.message);
    state.store = Promise.resolve(createMemoryStore());
    await (await state.store).put([...state.mirror.values()].map((e) => ({ e, lease: 0 })));
  }
}
