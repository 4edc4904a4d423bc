import type { OwnState } from './outbox';
import { toJson } from './lib/json';
import { LEFTOVERS, PREFIX } from './lib/storage-keys';
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

/**
 * Writes still in flight may be aborted with the document: keeps those records, synchronously,
 * where the next page's store looks for leftovers (`mj_q…`, under a key of this write's own).
 */
export function keepUnsaved(unsaved: Rec[]): void {
  if (unsaved.length)
    try {
      localStorage[PREFIX + LEFTOVERS + unsaved[0]!.e.id] = toJson(unsaved);
    } catch {
      /* no localStorage: the keepalive is the only chance */
    }
}
