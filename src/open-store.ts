import type { Chunks } from './api';
import { handOverOnNavigation } from './hand-over-on-navigation';
import { openIdbStore, probeIdb } from './idb-store';
import type { OutboxState } from './outbox';
import { createMemoryStore, type EventStore } from './store';
import { LEFTOVERS, PREFIX } from './lib/storage-keys';

/**
 * The store for queued events: IndexedDB when it passes its probe (moving back any events a
 * fallback left in localStorage), else localStorage (capped; its code is a chunk loaded only
 * then), else memory.
 */
export async function openStore(load: () => Promise<Chunks['local-store']>, outbox: OutboxState): Promise<EventStore> {
  const idb = openIdbStore();
  const ok = await probeIdb(idb);
  if (ok) handOverOnNavigation(outbox, idb);
  try {
    if (ok && !Object.keys(localStorage).some((k) => k.startsWith(PREFIX + LEFTOVERS))) return idb;
    const local = await load();
    if (!ok) return local.openLocalStore();
    await local.moveLeftovers(idb);
  } catch {
    /* no localStorage, or its chunk did not load: IndexedDB if it works, else memory */
  }
  return ok ? idb : createMemoryStore();
}
