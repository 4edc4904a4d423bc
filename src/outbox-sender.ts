import type { Backoff, FlushResult, OwnState } from './outbox';
import type { MjEvent } from './types';

/**
 * The sending side: a timer, and drains one after the other (the delivery chunk), whose
 * verdicts are applied here, the one place the outcome of sending changes the outbox. Returns
 * `schedule` (a drain in `delay` ms, never before the backoff's retry time) and `run` (one now).
 */
export function createSender(state: OwnState, mirror: Map<string, MjEvent>, settled: () => Promise<void>) {
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

  /** Sends what is stored, once the writes so far are done, and applies the verdict. */
  async function drainOnce(): Promise<FlushResult> {
    await settled();
    // Offline is not an attempt: `online` wakes the outbox instead of a backoff.
    if (!navigator.onLine || state.paused) return { ok: false, sent: 0, pending: mirror.size };
    const [result, dead, next, pause, unsent] = await (await state.load('delivery')).drain(state, backoff);
    state.forget(dead);
    unsent?.forEach((e) => mirror.set(e.id, e));
    backoff = next;
    if (pause) state.paused = true;
    // A retry: the timer waits for its time.
    else if (backoff[1]) schedule(0);
    return result;
  }

  /** One flush at a time in this tab, each after the last. */
  function run(): Promise<FlushResult> {
    const result = chain.then(drainOnce);
    chain = result.catch(() => {});
    return result;
  }

  return [schedule, run] as const;
}
