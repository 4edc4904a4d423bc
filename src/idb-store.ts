import { createStore, promisifyRequest } from 'idb-keyval';
import { toJson } from './lib/json';
import { LEFTOVERS, PREFIX } from './lib/storage-keys';
import type { EventStore, Rec } from './store';
import type { MjEvent } from './types';

/**
 * Writes records with `write`, keeping them in localStorage too until it is done. A renderer
 * crash aborts an IndexedDB write that has not committed, even one the page has let go of (under
 * load, 5 tracked events were not in the store 200 ms later); localStorage lives in the browser
 * process and survives it. The next page moves what is left (`mj_qw<id>`: `mj_q<id>` is the exit
 * path's) into IndexedDB, where an event written twice is kept once (moveLeftovers). At once, not
 * after a delay: a copy made only once a write had taken 50 ms lost 5 crashes of 16 where this
 * lost none of 28, at 0.01 ms more per `track()` in bench:track's steady state.
 */
async function journaled(recs: Rec[], write: () => Promise<void>): Promise<void> {
  const key = PREFIX + LEFTOVERS + 'w' + recs[0]?.e.id;
  const keep = (value?: string) => {
    try {
      value ? localStorage.setItem(key, value) : localStorage.removeItem(key);
    } catch {
      /* full, or no localStorage: IndexedDB alone */
    }
  };
  if (recs.length) keep(toJson(recs));
  try {
    await write();
  } finally {
    keep();
  }
}

/** The IndexedDB store, with its probe: a record written and deleted in one transaction. */
export type IdbStore = EventStore & { probe(): Promise<void> };

/** The probe's record. */
const PROBE: Rec = { e: { id: 'mj-probe' } as MjEvent, lease: 0 };

/**
 * The events store in IndexedDB: database `microjourney`, object store `events`, its own, never
 * the site's. idb-keyval's `createStore` opens it; the operations are written here so the
 * bundle does not carry idb-keyval's default store.
 */
export function openIdbStore(): IdbStore {
  const db = createStore('microjourney', 'events');
  const write = <T>(fn: (store: IDBObjectStore) => T | Promise<T>) =>
    db('readwrite', async (store) => {
      const result = await fn(store);
      await promisifyRequest(store.transaction);
      return result;
    }).catch((err) => {
      idb.failed = true;
      throw err;
    });
  const idb: IdbStore = {
    kind: 'idb',
    cap: [5000, 5e6],
    put: (recs) => journaled(recs, () => write((store) => void recs.forEach((r) => store.put(r, r.e.id)))),
    remove: (ids) => write((store) => void ids.forEach((id) => store.delete(id))),
    // The transaction stays active across the awaited getAll: its success handler resolves it.
    update: (fn) =>
      write(async (store) => {
        const { put, del, result } = fn(await promisifyRequest(store.getAll()));
        put?.forEach((r) => store.put(r, r.e.id));
        del?.forEach((id) => store.delete(id));
        return result;
      }),
    // No copy in localStorage (a probe has nothing to lose), and no read of what is stored.
    probe: () => write((store) => void (store.put(PROBE, PROBE.e.id), store.delete(PROBE.e.id))),
  };
  return idb;
}

/**
 * Opens IndexedDB, then writes and deletes a probe record in one transaction, within `timeout`
 * ms: Safari can hang on a first open, sandboxed iframes throw `SecurityError`, some private
 * modes refuse writes. The page load pays one IndexedDB commit for it (it was two, and two
 * localStorage writes, when the probe went through `put` and `remove`).
 */
export function probeIdb(store: Pick<IdbStore, 'probe'>, timeout = 2000): Promise<boolean> {
  return Promise.race([
    // Via then(): an open() that throws at once (some private modes) must become a rejection.
    Promise.resolve()
      .then(store.probe)
      .then(
        () => true,
        () => false,
      ),
    new Promise<boolean>((resolve) => setTimeout(resolve, timeout, false)),
  ]);
}
