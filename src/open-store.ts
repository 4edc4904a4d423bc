import { handOverOnNavigation } from './hand-over-on-navigation';
import { openIdbStore, probeIdb } from './idb-store';
import type { Hub } from './hub';
import { createMemoryStore, type EventStore } from './store';
import { HANDED_OVER, LEFTOVERS } from './lib/storage-keys';
import { hasStored } from './lib/take-all';

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
    sendWhatTheLastPageHandedOver(outbox);
  }
  try {
    if (ok && !hasStored(LEFTOVERS)) return idb;
    const local = await options.load('local-store');
    if (!ok) return local.openLocalStore();
    await local.moveLeftovers(idb);
  } catch {
    /* no localStorage, or its chunk did not load: IndexedDB if it works, else memory */
  }
  return ok ? idb : createMemoryStore();
}

/**
 * Events the tab's last page handed over (hand-over-on-navigation.ts) are sent at once, not
 * with this page's first batch 5 s later. Not those a page kept as it closed or reloaded: its
 * keepalive copy may still be acknowledged (and removed) in the next moments, and sending them
 * at once would make a duplicate of every such copy.
 */
function sendWhatTheLastPageHandedOver(outbox: Hub['outbox']): void {
  try {
    if (!sessionStorage.getItem(HANDED_OVER)) return;
    sessionStorage.removeItem(HANDED_OVER);
    outbox.wake();
  } catch {
    /* no sessionStorage: they go with the first batch */
  }
}
