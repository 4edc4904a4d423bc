import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { MjEvent } from './types';

/** Where queued events wait for the collector: one key per event id. */
export interface EventStore {
  put(events: MjEvent[]): Promise<void>;
  all(): Promise<MjEvent[]>;
  remove(ids: string[]): Promise<void>;
}

/**
 * The events store in IndexedDB: database `microjourney`, object store `events`, its own, never
 * the site's. idb-keyval's `createStore` opens it; the operations are written here so the
 * bundle does not carry idb-keyval's default store.
 */
export function openIdbStore(): EventStore {
  const db: UseStore = createStore('microjourney', 'events');
  const write = (fn: (store: IDBObjectStore) => void) =>
    db('readwrite', (store) => {
      fn(store);
      return promisifyRequest(store.transaction);
    });
  return {
    put: (events) => write((store) => events.forEach((e) => store.put(e, e.id))),
    all: () => db('readonly', (store) => promisifyRequest(store.getAll())),
    remove: (ids) => write((store) => ids.forEach((id) => store.delete(id))),
  };
}

/** Events in memory only: they do not survive the page. The last resort when storage fails. */
export function createMemoryStore(): EventStore {
  const map = new Map<string, MjEvent>();
  return {
    put: async (events) => void events.forEach((e) => map.set(e.id, e)),
    all: async () => [...map.values()],
    remove: async (ids) => void ids.forEach((id) => map.delete(id)),
  };
}
