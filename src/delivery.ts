import { hearAcknowledged } from './acknowledged-elsewhere';
import { alreadyHeld, mayHaveArrived } from './ask-collector';
import { updateOutbox } from './update-outbox';
import { backoffDelay } from './lib/backoff-delay';
import { bytesOf, takeBatch } from './lib/take-batch';
import type { Backoff, Drops, OutboxState, Verdict } from './outbox';
import type { Rec } from './store';
import type { Delivery } from './transport';
import type { Config, MjEvent } from './types';

/** How long a claimed batch is reserved for the tab that claimed it (longer than a request's 10 s timeout). */
export const LEASE = 30_000;
/** Events older than this are given up. */
export const MAX_AGE = 7 * 864e5;
/** At most this many dead-lettered events are kept for inspection. */
export const MAX_DEAD = 100;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

/** How much an event is worth keeping when room is short: vitals go first, responses and stages last. */
export const worth = (e: MjEvent) => (e.type == 'vitals' ? 0 : /^(response|stage|sdk_dropped)$/.test(e.type) ? 3 : /^(page|track)$/.test(e.type) ? 1 : 2);

/**
 * One claim, in one transaction: gives up events past their age, evicts the least valuable when
 * the store is over its cap, then reserves the oldest free events for `LEASE` ms and returns
 * them, with the leases that kept others back. Free: never claimed, or the lease ran out, or
 * `locked` (the flush lock is held, so no other drain is running: a lease still found is a
 * drain's that died mid-request with its tab, which crashed, closed or left).
 */
export function claim(recs: Rec[], now: number, [maxEvents, maxBytes]: [number, number], drops: Drops, locked?: boolean) {
  const del: string[] = [];
  const drop = (r: Rec, reason: keyof Drops) => (del.push(r.e.id), drops[reason]++, false);
  // A record of the wrong shape (a tampered or half-written store) can never be sent: it used to
  // throw here and stop sending for good. With an id it is removed and counted as dead; without
  // one it is no event of ours and cannot be addressed, so it is only skipped.
  const malformed = (r: Rec) =>
    !(
      r &&
      typeof r == 'object' &&
      r.e &&
      typeof r.e == 'object' &&
      typeof r.e.id == 'string' &&
      typeof r.e.type == 'string' &&
      typeof r.e.ts == 'string' &&
      typeof r.lease == 'number'
    );
  recs = recs.filter((r) => !malformed(r) || (typeof r?.e?.id == 'string' && drop(r, 'dead')));
  let live = recs.filter((r) => now - Date.parse(r.e.ts) <= MAX_AGE || drop(r, 'age'));
  live
    .filter((r) => r.dead)
    .sort((a, b) => byId(b.e, a.e))
    .slice(MAX_DEAD)
    .forEach((r) => drop(r, 'dead'));
  let bytes = 0;
  live.forEach((r) => (bytes += bytesOf(r.e)));
  if (live.length > maxEvents || bytes > maxBytes) {
    // Least valuable first, oldest first within a value.
    for (const r of [...live].sort((a, b) => worth(a.e) - worth(b.e) || byId(a.e, b.e))) {
      if (live.length - del.length <= maxEvents && bytes <= maxBytes) break;
      bytes -= bytesOf(r.e);
      drop(r, 'cap');
    }
  }
  live = live.filter((r) => !del.includes(r.e.id));
  const free: Rec[] = [];
  const leases: number[] = [];
  for (const r of live) if (!r.dead) locked || r.lease < now ? free.push(r) : leases.push(r.lease);
  const batch = takeBatch(free.map((r) => r.e).sort(byId));
  return { del, put: batch.map((e) => ({ e, lease: now + LEASE })), result: { batch, leases } };
}

/**
 * `Retry-After` (RFC 9110 §10.2.3) in milliseconds from now: delay-seconds (`120`), or an HTTP
 * date (`Wed, 21 Oct 2015 07:28:00 GMT`; a date already past is 0); anything else is undefined,
 * and plain backoff applies. A date trusts the visitor's clock: one that is hours off waits no
 * longer than `BACKOFF_CAP`, as any Retry-After. Read here, not in the core (issue 12 §4).
 */
export function retryAfterMs(value?: string | null): number | undefined {
  if (!value) return;
  const seconds = +value;
  const ms = isNaN(seconds) ? Math.max(0, Date.parse(value) - Date.now()) : seconds * 1000;
  return ms >= 0 ? ms : undefined;
}

/**
 * Sends what the store holds, batch by batch, until it is empty or a batch fails
 * (DESIGN §5.5): 2xx deletes; 400/413/422 split the batch until the event at fault is alone,
 * which is dead-lettered, and the rest goes; 401/403/404 pause sending and keep everything;
 * 408/425/429/5xx, network errors and timeouts back off (full jitter, `Retry-After` honoured).
 * Returns what happened as a verdict: the outbox applies it (it alone changes its state).
 * The delivery chunk: loaded the first time something is due to be sent.
 */
export function drain(o: OutboxState, backoff: Backoff): Promise<Verdict> {
  // Heard before waiting for the lock: another tab may deliver this tab's events meanwhile.
  const otherTabs = hearAcknowledged(o);
  const locks = navigator.locks;
  // One tab flushes at a time, so two tabs never send the same stored batch together. Without
  // Web Locks, leases alone keep two tabs' drains apart.
  return locks ? locks.request('microjourney-flush', () => drainBatches(o, backoff, true, otherTabs)) : drainBatches(o, backoff, false, otherTabs);
}

/** `drain`, with the flush lock held when `locked`; tells the other tabs what was acknowledged. */
async function drainBatches(o: OutboxState, backoff: Backoff, locked: boolean, otherTabs?: BroadcastChannel): Promise<Verdict> {
  let retryAfter: number | undefined;
  const dead: string[] = [];
  /** The collector the batch in hand goes to, named in messages. */
  let url = '';
  /** The exit paths of this tab and of the tab that queued them no longer send these: they are taken care of. */
  const taken = (batch: MjEvent[], ids = batch.map((e) => e.id)) => (otherTabs?.postMessage(ids), o.forget(ids));
  /** 0 when the whole batch was taken, else the status that stopped it (-1: nowhere to send). */
  async function deliver(batch: MjEvent[]): Promise<number> {
    // Sent with keepalive, the request outlives a page that closes or reloads meanwhile: an exit
    // copy of the same events would only arrive twice (issue 12 §4). If it fails, they are still
    // stored: this tab's retry, or the next page, asks the collector about them and sends them.
    taken(batch);
    const delivery = await o.send(batch, false);
    if (!delivery) return -1;
    const { status } = delivery;
    if (status > 199 && status < 300) return o.acknowledge(batch, status).then(() => 0);
    if (status == 400 || status == 413 || status == 422) {
      if (batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        return (await deliver(batch.slice(0, half))) || deliver(batch.slice(half));
      }
      const [event] = batch as [MjEvent];
      dead.push(event.id);
      o.report('dead-letter', url, status, event.type);
      return updateOutbox(o, (recs) => ({ put: recs.filter((r) => r.e.id == event.id).map((r) => ({ ...r, dead: status })), result: 0 }));
    }
    return failure(delivery);
  }
  /** A failed request (0: network error or timeout): the backoff heeds its `Retry-After`. */
  const failure = ({ status, headers }: Delivery) => ((retryAfter = retryAfterMs(headers?.get('Retry-After'))), status || 1);

  let sent = 0;
  /** Sends a batch, after asking which of its events another page's exit path delivered already; as `deliver`. */
  async function askThenDeliver(batch: MjEvent[], collector: Config['collector']): Promise<number> {
    const held = collector
      ? await alreadyHeld(
          collector,
          batch.filter((e) => mayHaveArrived(e, o.mirror)),
        )
      : [];
    if (!Array.isArray(held)) return failure(held);
    if (held.length) (taken(held), await o.acknowledge(held, 200));
    sent += held.length;
    const rest = batch.filter((e) => !held.includes(e));
    const failed = rest.length && (await deliver(rest));
    if (!failed) sent += rest.length;
    return failed;
  }

  for (;;) {
    const now = Date.now();
    const { batch, leases } = await updateOutbox(o, (recs, cap, drops) => claim(recs, now, cap, drops, locked));
    // What another tab's drain claimed is retried when its lease ends, should that tab not deliver it.
    if (!batch.length) return [{ ok: !leases.length, sent, pending: leases.length }, dead, [0, leases.length ? Math.min(...leases) : 0]];
    const collector = o.allowedCollector();
    url = collector?.url || '';
    const failed = await askThenDeliver(batch, collector);
    if (!failed) continue;
    // Unclaim what was not taken, so this tab's retry (or another tab) can send it.
    const pending = await updateOutbox(o, (recs) => ({
      put: recs.filter((r) => r.lease > now && batch.some((e) => e.id == r.e.id)).map((r) => ({ ...r, lease: 0 })),
      result: recs.filter((r) => !r.dead).length,
    }));
    const result = { ok: false, sent, pending };
    if (failed < 0 || failed == 401 || failed == 403 || failed == 404) {
      if (failed > 0) o.report('collector-paused', url, failed, pending);
      return [result, dead, sent ? [0, 0] : backoff, failed];
    }
    // Failures are counted from the last batch taken.
    const attempt = (sent ? 0 : backoff[0]) + 1;
    const until = Date.now() + backoffDelay(attempt, retryAfter);
    o.report('collector', url, failed == 1 ? 0 : failed, batch.length);
    return [result, dead, [attempt, until]];
  }
}
