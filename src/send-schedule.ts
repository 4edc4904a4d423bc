import { drain } from './delivery';
import { BATCH_EVENTS } from './lib/take-batch';
import { BATCH_DELAY, type Backoff, type FlushResult, type OutboxState } from './outbox';
import { sendOnExit } from './send-on-exit';

/** What the outbox calls on its schedule (`createSchedule`), by position: the core names no property of it. */
export type Schedule = readonly [schedule: (delay: number) => void, run: () => Promise<FlushResult>, exit: () => void, wake: () => void];

/**
 * When the outbox sends (the delivery chunk): a timer, and drains one after the other, each
 * verdict applied by the outbox (`settle`), the one place the outcome of sending changes it; and
 * the exit path. `settled` resolves once every event queued so far is written. Returns
 * `schedule` (a drain in `delay` ms, never before the backoff's retry time), `run` (one now),
 * `exit` (the page may be going away: sends with keepalive what is unacknowledged) and `wake`
 * (the page is back: the exit path may send again, and sending resumes). Created when the chunk
 * loads, with the first event queued: what was queued by then goes with the first batch, `soonest`
 * ms later (0 when an answer was queued meanwhile).
 */
export function createSchedule(state: OutboxState, settled: () => Promise<void>, soonest = BATCH_DELAY): Schedule {
  const { mirror } = state;
  /** Ids sent with keepalive since the page was last visible: `visibilitychange` and `pagehide` both fire on a navigation. */
  const sentOnExit = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let chain: Promise<unknown> = Promise.resolve();
  let backoff: Backoff = [0, 0];

  function schedule(delay: number) {
    const until = backoff[1];
    const at = Math.max(Date.now() + delay, until);
    // Keep an earlier timer, unless a backoff started since: it must not fire before the retry time.
    if (timer && dueAt <= at && dueAt >= until) return;
    clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      run();
    }, at - Date.now());
  }

  /** Sends what is stored, once the writes so far are done; the outbox applies the verdict. */
  async function drainOnce(): Promise<FlushResult> {
    await settled();
    // Offline is not an attempt: `online` wakes the outbox instead of a backoff.
    if (!navigator.onLine || state.paused) return { ok: false, sent: 0, pending: mirror.size };
    const verdict = await drain(state, backoff);
    backoff = verdict[2];
    // A retry, unless sending pauses: the timer waits for its time.
    if (!verdict[3] && backoff[1]) schedule(0);
    return state.settle(verdict);
  }

  /** One flush at a time in this tab, each after the last. */
  function run(): Promise<FlushResult> {
    const result = chain.then(drainOnce);
    chain = result.catch(() => {});
    return result;
  }

  if (mirror.size) schedule(mirror.size >= BATCH_EVENTS ? 0 : soonest);
  return [
    schedule,
    run,
    () => sendOnExit(state, sentOnExit),
    () => {
      sentOnExit.clear();
      if (mirror.size) schedule(0);
    },
  ];
}
