import { handOverOnNavigation } from './hand-over-on-navigation';
import { openIdbStore, probeIdb } from './idb-store';
import type { Hub } from './hub';
import { createMemoryStore, type EventStore } from './store';
import { LEFTOVERS, PREFIX } from './lib/storage-keys';

/**
 * The store for queued events: IndexedDB when it passes its probe (moving back any events a
 * fallback left in localStorage), else localStorage (capped; its code is a chunk loaded only
 * then), else memory.
 */
export async function openStore({ options, outbox }: Pick<Hub, 'options' | 'outbox'>): Promise<EventStore> {
  const idb = openIdbStore();
  const ok = await probeIdb(idb);
  if (ok) {
    handOverOnNavigation(outbox.state, idb);
    sendWhatEarlierPagesLeft(outbox, idb);
  }
  try {
    if (ok && !Object.keys(localStorage).some((k) => k.startsWith(PREFIX + LEFTOVERS))) return idb;
    const local = await options.load('local-store');
    if (!ok) return local.openLocalStore();
    await local.moveLeftovers(idb);
  } catch {
    /* no localStorage, or its chunk did not load: IndexedDB if it works, else memory */
  }
  return ok ? idb : createMemoryStore();
}

/**
 * Events an earlier page left in the store (handed over on a navigation, or kept as it closed)
 * are sent at once, not with this page's first batch 5 s later: what the store holds beyond
 * this page's own events wakes the outbox.
 */
function sendWhatEarlierPagesLeft(outbox: Hub['outbox'], store: EventStore): void {
  store
    .update((recs) => ({ result: recs.some((r) => !outbox.state.mirror.has(r.e.id)) }))
    .then((left) => left && outbox.wake())
    .catch(() => {});
}
