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
  /** The most events, and bytes of events, it may hold: beyond, the delivery chunk evicts. None: `MEMORY_CAP`. */
  cap?: [events: number, bytes: number];
  put(recs: Rec[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Reads every record and applies `fn`'s changes atomically (one readwrite transaction in IndexedDB). */
  update<T>(fn: (recs: Rec[]) => Change<T>): Promise<T>;
  /** Set once a write failed (IndexedDB): the outbox then keeps events in memory, which no next page sees. */
  failed?: boolean;
}

/** Applies a change to a map of records: the shared body of the synchronous stores. */
export function apply<T>(map: Map<string, Rec>, { put, del, result }: Change<T>): T {
  put?.forEach((r) => map.set(r.e.id, r));
  del?.forEach((id) => map.delete(id));
  return result;
}

/** Records in memory only: they do not survive the page. The last resort, and the store before consent. */
export function createMemoryStore(): EventStore {
  const map = new Map<string, Rec>();
  return {
    kind: 'memory',
    // Its cap, MEMORY_CAP, is the delivery chunk's: the core does not carry it.
    put: async (put) => apply(map, { put } as Change<void>),
    remove: async (del) => apply(map, { del } as Change<void>),
    update: async (fn) => apply(map, fn([...map.values()])),
  };
}
