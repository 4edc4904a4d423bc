import { createStore, promisifyRequest } from 'idb-keyval';
import type { MjEvent } from './types';

/** A queued event as stored: the event, the time its claim expires (0: free), and whether it is dead-lettered. */
export interface Rec {
  e: MjEvent;
  lease: number;
  /** The status that made it undeliverable (400, 413, 422): kept aside, never sent again. */
  dead?: number;
}

/** What `update` writes back, and what it returns. */
export interface Change<T> {
  put?: Rec[];
  del?: string[];
  result: T;
}

/** Where queued events wait for the collector, one record per event id. */
export interface EventStore {
  /** `idb`, `local` or `memory`. */
  kind: string;
  /** The most events, and bytes of events, it may hold: beyond, the outbox evicts. */
  cap: [events: number, bytes: number];
  put(recs: Rec[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Reads every record and applies `fn`'s changes atomically (one readwrite transaction in IndexedDB). */
  update<T>(fn: (recs: Rec[]) => Change<T>): Promise<T>;
}

/** Applies a change to a map of records: the shared body of the synchronous stores. */
export function apply<T>(map: Map<string, Rec>, { put, del, result }: Change<T>): T {
  put?.forEach((r) => map.set(r.e.id, r));
  del?.forEach((id) => map.delete(id));
  return result;
}

/**
 * The events store in IndexedDB: database `microjourney`, object store `events`, its own, never
 * the site's. idb-keyval's `createStore` opens it; the operations are written here so the
 * bundle does not carry idb-keyval's default store.
 */
export function openIdbStore(): EventStore {
  const db = createStore('microjourney', 'events');
  const write = <T>(fn: (store: IDBObjectStore) => T | Promise<T>) =>
    db('readwrite', async (store) => {
      const result = await fn(store);
      await promisifyRequest(store.transaction);
      return result;
    });
  return {
    kind: 'idb',
    cap: [5000, 5e6],
    put: (recs) => write((store) => void recs.forEach((r) => store.put(r, r.e.id))),
    remove: (ids) => write((store) => void ids.forEach((id) => store.delete(id))),
    // The transaction stays active across the awaited getAll: its success handler resolves it.
    update: (fn) =>
      write(async (store) => {
        const { put, del, result } = fn(await promisifyRequest(store.getAll()));
        put?.forEach((r) => store.put(r, r.e.id));
        del?.forEach((id) => store.delete(id));
        return result;
      }),
  };
}

/** Records in memory only: they do not survive the page. The last resort, and the store before consent. */
export function createMemoryStore(): EventStore {
  const map = new Map<string, Rec>();
  return {
    kind: 'memory',
    cap: [1000, 1e6],
    put: async (recs) => apply(map, { put: recs, result: undefined }),
    remove: async (ids) => apply(map, { del: ids, result: undefined }),
    update: async (fn) => apply(map, fn([...map.values()])),
  };
}

/**
 * Opens, writes and deletes a probe record in IndexedDB, within `timeout` ms: Safari can hang
 * on a first open, sandboxed iframes throw `SecurityError`, some private modes refuse writes.
 */
export function probeIdb(store: EventStore, timeout = 2000): Promise<boolean> {
  const probe: Rec = { e: { id: 'mj-probe' } as MjEvent, lease: 0 };
  return Promise.race([
    // Via then(): an open() that throws at once (some private modes) must become a rejection.
    Promise.resolve()
      .then(() => store.put([probe]))
      .then(() => store.remove([probe.e.id]))
      .then(() => true, () => false),
    new Promise<boolean>((resolve) => setTimeout(resolve, timeout, false)),
  ]);
}
