import { hearAcknowledged } from './acknowledged-elsewhere';
import { createBatchSender } from './batch-sender';
import { updateOutbox } from './update-outbox';
import { backoffDelay } from './lib/backoff-delay';
import { bytesOf, takeBatch } from './lib/take-batch';
import type { Backoff, Drops, OutboxState, Verdict } from './outbox';
import type { Rec } from './store';
import type { MjEvent } from './types';

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
 * Sends what the store holds, batch by batch, until it is empty or a batch fails
 * (DESIGN §5.5): 2xx deletes; 400/413/422 split the batch until the event at fault is alone,
 * which is dead-lettered, and the rest goes; 401/403/404 pause sending and keep everything;
 * 408/425/429/5xx, network errors and timeouts back off (full jitter, `Retry-After` honoured).
 * Returns what happened as a verdict: the outbox applies it (it alone changes its state).
 * The delivery chunk: loaded with the first event queued.
 */
export function drain(o: OutboxState, backoff: Backoff): Promise<Verdict> {
  // Heard before waiting for the lock: another tab may deliver this tab's events meanwhile.
  const otherTabs = hearAcknowledged(o);
  const locks = navigator.locks;
  // One tab flushes at a time, so two tabs never send the same stored batch together. Without
  // Web Locks, leases alone keep two tabs' drains apart.
  return locks ? locks.request('microjourney-flush', () => drainBatches(o, backoff, true, otherTabs)) : drainBatches(o, backoff, false, otherTabs);
}

/** `drain`, with the flush lock held when `locked`. */
async function drainBatches(o: OutboxState, backoff: Backoff, locked: boolean, otherTabs?: BroadcastChannel): Promise<Verdict> {
  const sender = createBatchSender(o, otherTabs);
  const { dead } = sender;
  for (;;) {
    const now = Date.now();
    let stored = new Set<unknown>();
    const { batch, leases } = await updateOutbox(
      o,
      (recs, cap, drops) => ((stored = new Set(recs.map((r) => r?.e?.id))), claim(recs, now, cap, drops, locked)),
    );
    // What the store no longer holds was delivered by a tab whose word this one missed (it had
    // no channel open yet): the exit path must not send it again. One not yet written is kept
    // by the exit path apart from the mirror (outbox.ts, keepUnsaved).
    o.forget([...o.mirror.keys()].filter((id) => !stored.has(id)));
    // What another tab's drain claimed is retried when its lease ends, should that tab not deliver it.
    if (!batch.length) return [{ ok: !leases.length, sent: sender.sent, pending: leases.length }, dead, [0, leases.length ? Math.min(...leases) : 0]];
    const failed = await sender.send(batch, o.allowedCollector());
    if (!failed) continue;
    // Unclaim what was not taken, so this tab's retry (or another tab) can send it. The mirror
    // gets back this tab's own events, for its exit path should it close before the retry
    // (another tab's events stay with the store: an exit copy here would only add duplicates).
    const [pending, unsent] = await updateOutbox(o, (recs) => {
      const mine = recs.filter((r) => r.lease > now && batch.some((e) => e.id == r.e.id));
      return {
        put: mine.map((r) => ({ ...r, lease: 0 })),
        result: [recs.filter((r) => !r.dead).length, mine.map((r) => r.e).filter((e) => sender.own.has(e.id))] as const,
      };
    });
    const { sent, url } = sender;
    const result = { ok: false, sent, pending };
    if (failed < 0 || failed == 401 || failed == 403 || failed == 404) {
      if (failed > 0) o.report('collector-paused', url, failed, pending);
      return [result, dead, sent ? [0, 0] : backoff, failed, unsent];
    }
    // Failures are counted from the last batch taken.
    const attempt = (sent ? 0 : backoff[0]) + 1;
    const until = Date.now() + backoffDelay(attempt, sender.retryAfter);
    o.report('collector', url, failed == 1 ? 0 : failed, batch.length);
    return [result, dead, [attempt, until], 0, unsent];
  }
}
