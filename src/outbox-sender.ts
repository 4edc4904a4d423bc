import type { Chunks } from './api';
import type { Backoff, FlushResult, OwnState } from './outbox';

/**
 * The sending side: a timer, and drains one after the other (the delivery chunk), whose
 * verdicts are applied here, the one place the outcome of sending changes the outbox; and the
 * exit path, also in the delivery chunk. Returns `schedule` (a drain in `delay` ms, never before
 * the backoff's retry time), `run` (one now), `delivery` (loads the chunk), `sendOnExit` (sends
 * what is unacknowledged with keepalive, once the chunk is loaded) and `wake` (the page is
 * visible again: the exit path may send again).
 */
export function createSender(state: OwnState, settled: () => Promise<void>) {
  const { mirror } = state;
  /** Ids sent with keepalive since the page was last visible: `visibilitychange` and `pagehide` both fire on a navigation. */
  const sentOnExit = new Set<string>();
  let exit: Chunks['delivery']['sendOnExit'] | undefined;
  let loading: Promise<Chunks['delivery']> | undefined;
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
    const [result, dead, next, pause, unsent] = await (await delivery()).drain(state, backoff);
    state.forget(dead);
    unsent?.forEach((e) => mirror.set(e.id, e));
    backoff = next;
    if (pause) state.paused = true;
    // A retry: the timer waits for its time.
    else if (backoff[1]) schedule(0);
    return result;
  }

  /** The delivery chunk, loaded once (again after a failed load): a call while it loads costs a comparison, not a promise. */
  function delivery() {
    if (!loading)
      (loading = state.load('delivery')).then(
        (c) => (exit = c.sendOnExit),
        () => (loading = undefined),
      );
    return loading;
  }

  /** One flush at a time in this tab, each after the last. */
  function run(): Promise<FlushResult> {
    const result = chain.then(drainOnce);
    chain = result.catch(() => {});
    return result;
  }

  return [schedule, run, delivery, () => exit?.(state, sentOnExit), () => sentOnExit.clear()] as const;
}
