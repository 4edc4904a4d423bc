import type { Chunks } from './api';
import type { FlushResult, OwnState } from './outbox';
import type { Schedule } from './send-schedule';

/**
 * The outbox's handle on the sending side, which is the delivery chunk's (send-schedule.ts): it
 * loads the chunk, once (again after a failed load), with the first event queued, so the exit
 * path is at hand when the page hides. Returns `schedule` (a drain in `delay` ms, or the chunk
 * loaded, which schedules what is queued by then, as soon as any call asked), `run` (a drain now, once the chunk is there),
 * `exit` (nothing before the chunk arrived: the events are stored for the next page) and `wake`.
 */
export function createSender(state: OwnState, settled: () => Promise<void>) {
  let sending: Schedule | undefined;
  let loading: Promise<Chunks['delivery']> | undefined;
  /** 0 once a drain at once was asked for before the chunk arrived: an answer queued then goes when it does, not a batch later. */
  let soonest: 0 | undefined;
  /** The chunk: a call while it loads costs a comparison, not a promise. */
  function delivery() {
    if (!loading)
      (loading = state.load('delivery')).then(
        (c) => (sending = c.createSchedule(state, settled, soonest)),
        () => (loading = undefined),
      );
    return loading;
  }
  return [
    (delay: number) => (sending ? sending[0](delay) : (delay || (soonest = 0), delivery())),
    (): Promise<FlushResult> => delivery().then(() => sending![1]()),
    () => sending?.[2](),
    () => (sending ? sending[3]() : state.mirror.size && delivery()),
  ] as const;
}
