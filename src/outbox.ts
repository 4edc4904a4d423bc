import { backoffDelay } from './lib/backoff-delay';
import type { Report } from './lib/create-reporter';
import { createMemoryStore, type EventStore } from './store';
import type { Delivery } from './transport';
import type { MjEvent } from './types';

/** A batch goes when it holds this many events… */
export const BATCH_EVENTS = 20;
/** …or this many bytes of events (UTF-8, as sent)… */
export const BATCH_BYTES = 32 * 1024;
/** …or this long after its oldest event was queued. */
export const BATCH_DELAY = 5000;

/** What `flush()` resolves to. */
export interface FlushResult {
  /** True when everything queued was acknowledged by the collector. */
  ok: boolean;
  /** Events the collector acknowledged during this flush. */
  sent: number;
  /** Events still queued (they are retried). */
  pending: number;
}

export interface OutboxOptions {
  store: EventStore;
  /** Sends a batch; `null` when there is nowhere to send it yet (no valid collector). */
  send(events: MjEvent[], keepalive: boolean): Promise<Delivery> | null;
  /** Told when the collector refuses a batch or storage fails. */
  report: Report;
  /** The collector's URL, for messages. */
  url(): string;
  /** Told after each acknowledged batch. */
  onFlush(info: { events: number; status: number }): void;
}

const byId = (a: MjEvent, b: MjEvent) => (a.id < b.id ? -1 : 1);
const encoder = new TextEncoder();

/** The oldest events that fit in one batch: at most 20 events and 32 KB (at least one event). */
export function takeBatch(queued: MjEvent[]): MjEvent[] {
  const batch: MjEvent[] = [];
  let bytes = 0;
  for (const event of queued) {
    bytes += encoder.encode(JSON.stringify(event)).length + 1;
    if (batch.length && (batch.length == BATCH_EVENTS || bytes > BATCH_BYTES)) break;
    batch.push(event);
  }
  return batch;
}

/**
 * The durable queue between the tracking calls and the collector. Every event is written to
 * the store before it is sent (writes of one tick share a transaction), and deleted only when
 * the collector answered 2xx. A memory mirror of the unacknowledged events lets the page-exit
 * path build its payload synchronously.
 */
export function createOutbox(o: OutboxOptions) {
  let store = o.store;
  const mirror = new Map<string, MjEvent>();
  let pending: MjEvent[] = [];
  let written = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let attempt = 0;
  let retryAt = 0;
  let chain: Promise<unknown> = Promise.resolve();
  /** Ids sent with keepalive since the page was last visible: `visibilitychange` and `pagehide` both fire on a navigation. */
  let sentOnExit = new Set<string>();

  async function write(): Promise<void> {
    const events = pending;
    pending = [];
    try {
      await store.put(events);
    } catch (err) {
      if (store != o.store) return; // already in memory
      o.report('storage', (err as Error)?.message);
      store = createMemoryStore();
      await store.put([...mirror.values()]);
    }
  }

  function schedule(delay: number): void {
    const at = Math.max(Date.now() + delay, retryAt);
    if (timer && dueAt <= at) return;
    clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      flush();
    }, at - Date.now());
  }

  const isOk = (status: number) => status > 199 && status < 300;

  /** The collector took the batch: forget it here and in the store. */
  async function acknowledge(batch: MjEvent[], status: number): Promise<void> {
    const ids = batch.map((e) => e.id);
    ids.forEach((id) => mirror.delete(id));
    await written;
    await store.remove(ids);
    o.onFlush({ events: batch.length, status });
  }

  async function drain(): Promise<FlushResult> {
    let sent = 0;
    for (;;) {
      const queued = (await store.all()).sort(byId);
      if (!queued.length) return { ok: true, sent, pending: 0 };
      const batch = takeBatch(queued);
      const delivery = await o.send(batch, false);
      if (!delivery) return { ok: false, sent, pending: queued.length };
      const { status } = delivery;
      if (isOk(status)) {
        await acknowledge(batch, status);
        attempt = retryAt = 0;
        sent += batch.length;
        continue;
      }
      attempt++;
      retryAt = Date.now() + backoffDelay(attempt, delivery.retryAfter);
      o.report('collector', o.url(), status, batch.length);
      schedule(0);
      return { ok: false, sent, pending: queued.length };
    }
  }

  /** Sends everything queued now, one batch at a time; resolves when done or when a batch failed. */
  function flush(): Promise<FlushResult> {
    const run = chain.then(async () => {
      while (pending.length) await written;
      await written;
      if (!navigator.onLine) {
        // Offline is not an attempt: wait for `online` instead of backing off.
        return { ok: false, sent: 0, pending: mirror.size };
      }
      // One tab flushes at a time, so two tabs never send the same stored batch together.
      return navigator.locks ? navigator.locks.request('microjourney-flush', drain) : drain();
    });
    chain = run.catch(() => {});
    return run;
  }

  return {
    /** Queues an event; resolves once it is stored. `urgent` sends it without waiting for a batch. */
    add(event: MjEvent, urgent = false): Promise<void> {
      mirror.set(event.id, event);
      if (!pending.length) written = Promise.resolve().then(write);
      pending.push(event);
      schedule(urgent || mirror.size >= BATCH_EVENTS ? 0 : BATCH_DELAY);
      return written;
    },

    /** Loads events an earlier page left in the store and schedules them. */
    async restore(): Promise<void> {
      const left = await store.all();
      left.forEach((e) => mirror.set(e.id, e));
      if (left.length) schedule(0);
    },

    flush,

    /** The page is back (visible, online, restored): flush soon, and let the exit path send again. */
    wake(): void {
      sentOnExit = new Set();
      if (mirror.size || pending.length) schedule(0);
    },

    /**
     * The page may be going away: send the oldest unacknowledged events (≤ 32 KB) with
     * keepalive, synchronously. They are deleted only if a 2xx arrives while the page lives;
     * otherwise the next page load sends them again, and the collector de-duplicates.
     */
    flushOnExit(): void {
      const batch = takeBatch([...mirror.values()].filter((e) => !sentOnExit.has(e.id)).sort(byId));
      if (!batch.length) return;
      batch.forEach((e) => sentOnExit.add(e.id));
      o.send(batch, true)
        ?.then(({ status }) => {
          if (isOk(status)) return acknowledge(batch, status);
        })
        .catch(() => {});
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
