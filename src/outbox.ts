import type { Chunks } from './api';
import type { Report } from './lib/create-reporter';
import { BATCH_EVENTS } from './lib/take-batch';
import { keepUnsaved, sendOnExit } from './send-on-exit';
import { createMemoryStore, type EventStore, type Rec } from './store';
import type { Delivery } from './transport';
import type { MjEvent } from './types';

/** A batch goes this long after its oldest event was queued (or at 20 events, or at once when urgent). */
export const BATCH_DELAY = 5000;

/** What `flush()` resolves to. */
export interface FlushResult {
  /** True when everything queued was acknowledged by the collector. */
  ok: boolean;
  /** Events the collector acknowledged during this flush. */
  sent: number;
  /** Events still queued (they are retried, unless sending is paused). */
  pending: number;
}

/** Events given up, by reason: `age` (over 7 days), `cap` (evicted for room), `dead` (dead letters beyond 100). */
export type Drops = Record<'age' | 'cap' | 'dead', number>;

export interface OutboxOptions {
  store: Promise<EventStore>;
  /** Sends a batch; `null` when there is nowhere to send it yet (no collector, no consent). */
  send(events: MjEvent[], keepalive: boolean): Promise<Delivery> | null;
  /** Told when the collector refuses a batch or storage fails. */
  report: Report;
  /** The collector's URL, for messages. */
  url(): string;
  /** Told after each acknowledged batch. */
  onFlush(info: { events: number; status: number }): void;
  /** Told when events were given up, to record them in an `sdk_dropped` event. */
  onDrop(drops: Drops): void;
  /** Whether consent allows storing (events are not written to localStorage at exit otherwise). */
  mayPersist(): boolean;
  /** Loads the delivery chunk (`delivery.ts`), the first time something is due to be sent. */
  loadDelivery(): Promise<Chunks['delivery']>;
}

/** What the delivery and consent chunks work with. */
export interface OutboxState extends Pick<OutboxOptions, 'send' | 'report' | 'url'> {
  /** The store in use: chosen once consent is known, memory after a write failed. */
  store: Promise<EventStore>;
  mirror: Map<string, MjEvent>;
  /** Resolves once every event queued so far is written. */
  settled(): Promise<void>;
  attempt: number;
  retryAt: number;
  /** 401/403/404 or nowhere to send: keep everything, send nothing until `flush()` or the next page. */
  paused: boolean;
  /** Until when the page is leaving for another page of the site, which sends what is stored (hand-over-on-navigation.ts). */
  leavingUntil?: number;
  schedule(delay: number): void;
  acknowledge(batch: MjEvent[], status: number): Promise<void>;
  /** Told when events were given up (see `updateOutbox`). */
  onDrop(drops: Drops): void;
}

/** The outbox as the core uses it. */
export interface Outbox {
  state: OutboxState;
  /** Queues an event; resolves once it is stored. `urgent` sends it without waiting for a batch. */
  add(event: MjEvent, urgent?: boolean): Promise<void>;
  /** Sends everything queued now, one batch at a time; resolves when done or when a batch failed. Lifts a pause. */
  flush(): Promise<FlushResult>;
  /** The page is back (visible, online, restored): flush soon, and let the exit path send again. */
  wake(): void;
  /**
   * The page may be going away: keeps what is not stored yet for the next page (when consent
   * allows storing), and sends the oldest unacknowledged events with keepalive (send-on-exit.ts).
   */
  flushOnExit(): void;
}

/** Sends what is stored, batch by batch (the delivery chunk), once the writes so far are done. */
async function drainOnce(state: OutboxState, loadDelivery: OutboxOptions['loadDelivery']): Promise<FlushResult> {
  await state.settled();
  // Offline is not an attempt: `online` wakes the outbox instead of a backoff.
  if (!navigator.onLine || state.paused) return { ok: false, sent: 0, pending: state.mirror.size };
  return (await loadDelivery()).drain(state);
}

/**
 * The durable queue between the tracking calls and the collector (DESIGN §5). Every event is
 * written to the store before it is sent (writes of one tick share a transaction) and deleted
 * only when the collector answered 2xx. One tab flushes at a time (Web Locks); the delivery
 * chunk claims batches with a lease, so a closed tab's claimed events are sent by another tab,
 * or the next page, once the lease runs out. A memory mirror of the unacknowledged events lets
 * the page-exit path build its payload synchronously.
 */
export function createOutbox(o: OutboxOptions): Outbox {
  let pending: MjEvent[] = [];
  let written = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let chain: Promise<unknown> = Promise.resolve();
  /** Ids sent with keepalive since the page was last visible: `visibilitychange` and `pagehide` both fire on a navigation. */
  const sentOnExit = new Set<string>();

  const state: OutboxState = {
    ...o,
    mirror: new Map(),
    async settled() {
      while (pending.length) await written;
      await written;
    },
    attempt: 0,
    retryAt: 0,
    paused: false,
    schedule(delay) {
      const at = Math.max(Date.now() + delay, state.retryAt);
      // Keep an earlier timer, unless a backoff started since: it must not fire before the retry time.
      if (timer && dueAt <= at && dueAt >= state.retryAt) return;
      clearTimeout(timer);
      dueAt = at;
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, at - Date.now());
    },
    async acknowledge(batch, status) {
      const ids = batch.map((e) => e.id);
      ids.forEach((id) => state.mirror.delete(id));
      await written;
      await (await state.store).remove(ids);
      o.onFlush({ events: batch.length, status });
    },
  };
  const { mirror, schedule } = state;

  /** Records handed to the store and not yet committed. */
  let saving: Rec[] = [];
  async function write(): Promise<void> {
    const recs = pending.map((e) => ({ e, lease: 0 }));
    pending = [];
    saving = [...saving, ...recs];
    const s = await state.store;
    try {
      await s.put(recs);
      saving = saving.filter((r) => !recs.includes(r));
    } catch (err) {
      if (s.kind == 'memory') return;
      o.report('storage', (err as Error)?.message);
      const memory = createMemoryStore();
      state.store = Promise.resolve(memory);
      await memory.put([...mirror.values()].map((e) => ({ e, lease: 0 })));
    }
  }

  /** One flush at a time in this tab, each after the last. */
  function run(): Promise<FlushResult> {
    const result = chain.then(() => drainOnce(state, o.loadDelivery));
    chain = result.catch(() => {});
    return result;
  }

  return {
    state,

    add(event, urgent) {
      mirror.set(event.id, event);
      if (!pending.length) written = Promise.resolve().then(write);
      pending.push(event);
      // The next event resumes sending after being offline (not during a backoff or a pause).
      schedule(urgent || mirror.size >= BATCH_EVENTS ? 0 : BATCH_DELAY);
      return written;
    },

    flush() {
      state.paused = false;
      return run();
    },

    wake() {
      sentOnExit.clear();
      if (mirror.size || pending.length) schedule(0);
    },

    flushOnExit() {
      if (o.mayPersist()) keepUnsaved([...saving, ...pending.map((e) => ({ e, lease: 0 }))]);
      sendOnExit(state, sentOnExit);
    },
  };
}

