import type { Delivery } from './transport';
import type { Config, MjEvent } from './types';

/** Collectors (by URL) that answered the question with something other than an answer: not ours, not asked again on this page. */
const unanswered = new Set<string>();

/** Questions that failed in a row on this page, by collector URL. */
const failures = new Map<string, number>();
/** After this many failures in a row, a timeout or a 5xx is taken for an endpoint that fails on any GET: the batch goes without the answer. */
const GIVE_UP = 3;
/**
 * How long the question may take: shorter than a batch's 10 s. It is one more request before
 * the batch, and a stalled one held the flush lock, and every tab's delivery, for 10 s:
 * bench:delivery's p90 drain went from 2.0 s to 7.6 s with the question.
 */
export const QUESTION_TIMEOUT = 3000;

/** An answer after which the question waits, as a batch would (DESIGN §5.5): none (a network error or timeout), 408, 425, 429, 5xx. */
const later = (status: number) => !status || status == 408 || status == 425 || status == 429 || status > 499;

/**
 * Events another page may have sent already: not queued by this one, so left by a page whose
 * exit path sent them with keepalive and never saw the answer (a reload, a closed tab), or by a
 * drain that died mid-request, or queued by another tab, which may be sending them as it hides.
 */
export const mayHaveArrived = (e: MjEvent, queuedHere: ReadonlyMap<string, MjEvent>) => !queuedHere.has(e.id);

/**
 * Which of `events` the collector already holds, asked with `GET <url>?mj_have=<id>,<id>…` before
 * they are sent again (issue 12 §4: the next page cannot otherwise learn whether the exit copy
 * arrived). A collector that answers `200 {"have": [ids]}` (ours does) saves the duplicates. A
 * network error, a timeout, 408, 425, 429 or 5xx is returned as the delivery it is: the drain
 * backs off and asks again, as it would resend; but a timeout or a 5xx that is the third failure
 * in a row holds nothing and the batch goes (an endpoint that fails or stalls on any GET, or a
 * network too slow for the question's timeout, must not stop delivery).
 * Any other answer means a collector that does not know the question: nothing is held, and it
 * is not asked again on this page. Not asked with a `transform` or a foreign body format, whose
 * collector is not ours.
 */
export async function alreadyHeld(collector: NonNullable<Config['collector']>, events: MjEvent[]): Promise<MjEvent[] | Delivery> {
  const url = new URL(collector.url, location.href);
  const where = url.href;
  if (!events.length || collector.transform || (collector.format || 'json') != 'json' || unanswered.has(where)) return [];
  url.searchParams.set('mj_have', events.map((e) => e.id).join());
  let res: Response | undefined;
  let body: { have?: unknown } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const abort = new AbortController();
  try {
    // As in transport.ts, the timeout settles the question even if a page's fetch wrapper
    // ignores the abort, which frees the connection a stalled request holds.
    [res, body] = await new Promise<[Response, typeof body]>((resolve, reject) => {
      timer = setTimeout(() => reject(abort.abort()), QUESTION_TIMEOUT);
      fetch(url.href, { headers: collector.headers, signal: abort.signal })
        .then(async (r) => [r, r.ok ? await r.json().catch(() => undefined) : undefined] as [Response, typeof body])
        .then(resolve, reject);
    });
  } catch {
    /* a network error or a timeout: status 0 */
  } finally {
    clearTimeout(timer);
  }
  const status = res?.status ?? 0;
  const failed = later(status) ? (failures.get(where) || 0) + 1 : 0;
  failures.set(where, failed);
  // A network error (the collector is down, the batch would fail too), 408, 425 and 429 wait, however often.
  if (failed) return failed < GIVE_UP || (status < 500 && !abort.signal.aborted) ? res || { status } : [];
  const have = body?.have;
  if (!Array.isArray(have)) {
    unanswered.add(where);
    return [];
  }
  return events.filter((e) => have.includes(e.id));
}
