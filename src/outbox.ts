import type { Options } from './api';
import type { Report } from './lib/create-reporter';
import { BATCH_EVENTS } from './lib/take-batch';
import { createSender } from './outbox-sender';
import { keepUnsaved, writeQueued } from './outbox-write';
import type { EventStore, Rec } from './store';
import type { Batch, Config, MjEvent } from './types';

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
  /** The body of a batch in the config's format (`collector.format`): the delivery chunk sends it (send-batch.ts). */
  encode(batch: Batch): unknown;
  /** Told when the collector refuses a batch or storage fails. */
  report: Report;
  /** The collector events may go to now (its URL names it in messages): none without one, or before consent allows sending, and nothing is sent. */
  allowedCollector(): Config['collector'];
  /** Told after each acknowledged batch. */
  onFlush(info: { events: number; status: number }): void;
  /** Told when events were given up, to record them in an `sdk_dropped` event. */
  onDrop(drops: Drops): void;
  /** Whether consent allows storing (events are not written to localStorage at exit otherwise). */
  mayPersist(): boolean;
  /** Loads a chunk: the delivery chunk (`chunks/delivery.ts`), with the first event queued: it holds the exit path. */
  load: Options['load'];
}

/**
 * Failed attempts in a row, and the time (ms since the epoch) before which nothing is sent;
 * [0, 0] once a batch was taken. The delivery chunk's schedule keeps it and hands it to each drain.
 */
export type Backoff = readonly [attempt: number, until: number];

/**
 * What a drain (the delivery chunk) decided, for the outbox to apply (`settle`): done
 * (everything stored was taken: no pause, backoff [0, 0]), retry (a later `backoff[1]`: after a
 * failure, or, with attempt 0, when another tab's claim on the rest runs out), or pause.
 */
export type Verdict = [
  /** What `flush()` resolves to. */
  result: FlushResult,
  /** Ids of the events dead-lettered: the memory mirror forgets them. */
  dead: string[],
  /** The backoff from now on: a failed batch, or a batch another tab claimed, is retried at its `until`. */
  backoff: Backoff,
  /** Sending pauses: the collector's 401/403/404, or -1 when there is nowhere to send (no collector, no consent). */
  pause?: number,
  /**
   * The events of the batch that failed: back in the mirror, for the exit path (the drain made
   * the mirror forget them while its keepalive request was out).
   */
  unsent?: readonly MjEvent[],
];

/** What the delivery and consent chunks work with: they read it, and the outbox alone changes it. */
export interface OutboxState extends Pick<OutboxOptions, 'encode' | 'report' | 'allowedCollector' | 'onDrop'> {
  /** The store in use: chosen once consent is known, memory after a write failed. */
  readonly store: Promise<EventStore>;
  /** The unacknowledged events, for the page-exit path. */
  readonly mirror: ReadonlyMap<string, MjEvent>;
  /** 401/403/404 or nowhere to send: keep everything, send nothing until `flush()` or the next page. */
  readonly paused?: boolean;
  /** Forgets a batch the collector acknowledged, in the mirror and the store. */
  acknowledge(batch: MjEvent[], status: number): Promise<void>;
  /**
   * Forgets events in the mirror only, so the page-exit path does not send them: another tab
   * delivered them, or the page is leaving for a page of the site that will send them from the store.
   */
  forget(ids: string[]): void;
  /** Consent withdrawn: forgets the events recorded before `before` (a uuid7 id: ids sort by time), in the mirror and the store. */
  clear(before: string): Promise<void>;
  /** Consent granted: moves what waited (in memory) into `store`, and resumes sending. */
  moveTo(store: Promise<EventStore>): Promise<void>;
  /**
   * Applies a drain's verdict (the delivery chunk's schedule hands it over): forgets the
   * dead-lettered events in the mirror, takes back the unsent, pauses; returns what `flush()` resolves to.
   */
  settle(verdict: Verdict): FlushResult;
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

/** The state as the outbox itself holds it (here and in outbox-write.ts): writable, the mirror a Map, with the options. */
export type OwnState = { -readonly [K in keyof OutboxState]: OutboxState[K] } & OutboxOptions & { mirror: Map<string, MjEvent> };

/**
 * The durable queue between the tracking calls and the collector (DESIGN §5). Every event is
 * written to the store before it is sent (writes of one tick share a transaction) and deleted
 * only when the collector answered 2xx. One tab flushes at a time (Web Locks); the delivery
 * chunk claims batches with a lease, so a closed tab's claimed events are sent by another tab,
 * or the next page, once the lease runs out. A memory mirror of the unacknowledged events lets
 * the page-exit path build its payload synchronously.
 */
export function createOutbox(o: OutboxOptions): Outbox {
  const pending: MjEvent[] = [];
  /** Records handed to the store and not yet committed. */
  const saving = new Set<Rec>();
  let written = Promise.resolve();
  const mirror = new Map<string, MjEvent>();

  const state: OwnState = {
    ...o,
    mirror,
    async acknowledge(batch, status) {
      const ids = batch.map((e) => e.id);
      state.forget(ids);
      await written;
      await (await state.store).remove(ids);
      o.onFlush({ events: batch.length, status });
    },
    forget(ids) {
      for (const id of ids) mirror.delete(id);
    },
    async clear(before) {
      // Never what a grant after the withdrawal recorded.
      const earlier = (id: string) => id < before;
      state.forget([...mirror.keys()].filter(earlier));
      await settled();
      await (await state.store).update((recs) => ({ del: recs.map((r) => r.e.id).filter(earlier), result: 0 }));
    },
    async moveTo(store) {
      await settled();
      const recs = await (await state.store).update((all) => ({ result: all }));
      state.store = store;
      await (await state.store).put(recs);
      // Sending paused while there was nowhere it was allowed to go: it may go now.
      state.paused = false;
      schedule(0);
    },
    settle([result, dead, , pause, unsent]) {
      state.forget(dead);
      unsent?.forEach((e) => mirror.set(e.id, e));
      if (pause) state.paused = true;
      return result;
    },
  };

  const [schedule, run, sendOnExit, wake] = createSender(state, settled);

  /** Resolves once every event queued so far is written. */
  async function settled() {
    while (pending.length) await written;
    await written;
  }

  return {
    state,

    add(event, urgent) {
      mirror.set(event.id, event);
      if (!pending.length) written = Promise.resolve().then(() => writeQueued(state, pending, saving));
      pending.push(event);
      // The next event resumes sending after being offline (not during a backoff or a pause); the
      // first loads the delivery chunk, which holds the exit path too.
      schedule(urgent || mirror.size >= BATCH_EVENTS ? 0 : BATCH_DELAY);
      return written;
    },

    flush() {
      state.paused = false;
      return run();
    },

    wake,

    flushOnExit() {
      if (o.mayPersist()) keepUnsaved([...saving, ...pending.map((e) => ({ e, lease: 0 }))]);
      sendOnExit();
    },
  };
}
