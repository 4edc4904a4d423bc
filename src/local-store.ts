import { fromJson, toJson } from './lib/json';
import { fits, type Shape } from './lib/shape';
import { apply, type EventStore, type Rec } from './store';
import { LEFTOVERS, PREFIX } from './lib/storage-keys';

const KEY = PREFIX + LEFTOVERS;

/** What a queued record must hold to be sent (the delivery chunk checks the rest). */
const RECORD: Shape = { e: { id: '', type: '', ts: '' }, lease: 0 };

/** The records in a stored list; anything else in it (or a value that is not JSON) is left out. */
function takeRecords(raw: string | null): Rec[] {
  try {
    const recs = fromJson(raw || '[]');
    return Array.isArray(recs) ? recs.filter((r) => fits(r, RECORD)) : [];
  } catch {
    return [];
  }
}

/**
 * The fallback when IndexedDB fails its probe: records in one localStorage value, capped at
 * 500 events and 1 MB so the host site's own storage is never filled. Synchronous, so each
 * operation is atomic within the tab. Throws (and the outbox falls back to memory) when
 * localStorage is unavailable too.
 */
export function openLocalStore(): EventStore {
  // A value another script mangled is read as what of it is still records; the next save rewrites it.
  const read = () => new Map<string, Rec>(takeRecords(localStorage.getItem(KEY)).map((r) => [r.e.id, r]));
  const save = (map: Map<string, Rec>) => (map.size ? localStorage.setItem(KEY, toJson([...map.values()])) : localStorage.removeItem(KEY));
  const change = async <T>(fn: (map: Map<string, Rec>) => T) => {
    const map = read();
    const result = fn(map);
    save(map);
    return result;
  };
  localStorage.setItem(KEY + '_probe', '1');
  localStorage.removeItem(KEY + '_probe');
  return {
    kind: 'local',
    cap: [500, 1e6],
    put: (recs) => change((map) => void recs.forEach((r) => map.set(r.e.id, r))),
    remove: (ids) => change((map) => void ids.forEach((id) => map.delete(id))),
    update: (fn) => change((map) => apply(map, fn([...map.values()]))),
  };
}

/**
 * Moves into `store` (IndexedDB) the events a fallback left in localStorage (`mj_q`), those
 * a page kept at exit while their IndexedDB write was in flight (`mj_q<id>`), and those of a
 * write a crash cut short (`mj_qw<id>`, idb-store.ts). A key is removed
 * only once its records are written: a page that closes meanwhile leaves them to the next one,
 * and writing an event twice keeps it once (the store is keyed by id).
 */
export async function moveLeftovers(store: EventStore): Promise<void> {
  const keys = Object.keys(localStorage).filter((key) => key.startsWith(KEY));
  await store.put(keys.flatMap((key) => takeRecords(localStorage.getItem(key))).map((r) => ({ ...r, lease: 0 })));
  keys.forEach((key) => localStorage.removeItem(key));
}
