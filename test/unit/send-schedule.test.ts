import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { drain } from '../../src/delivery';
import type { Backoff, Verdict } from '../../src/outbox';
import type { MjEvent } from '../../src/types';
import { stubCollector } from './stub-network';
import { testOutbox } from './test-outbox';

// When the outbox sends (the delivery chunk's schedule, send-schedule.ts), and how it applies a
// drain's verdict (settle): the chunk is the real one, but for its drain, which answers the
// verdicts given and records the backoff it was handed each time; the exit path sends to a
// stubbed collector.
const fake = vi.hoisted(() => ({ verdicts: [] as unknown[], given: [] as unknown[] }));
vi.mock('../../src/delivery', async (original) => ({
  ...(await original<object>()),
  drain: vi.fn(
    async (_state: unknown, backoff: unknown) => (fake.given.push(backoff), fake.verdicts.shift() ?? [{ ok: true, sent: 0, pending: 0 }, [], [0, 0]]),
  ),
}));

let n = 0;
const event = () => ({ id: `id-${String(++n).padStart(6, '0')}`, type: 'track', ts: new Date().toISOString() }) as MjEvent;

function setup(verdicts: Verdict[]) {
  fake.verdicts = verdicts;
  fake.given = [];
  vi.mocked(drain).mockClear();
  const { sent } = stubCollector();
  const outbox = testOutbox();
  return { outbox, drain: vi.mocked(drain), given: fake.given as Backoff[], sent };
}
const done: Verdict = [{ ok: true, sent: 0, pending: 0 }, [], [0, 0]];
const failed = { ok: false, sent: 0, pending: 1 };

beforeEach(() => vi.useFakeTimers());
afterEach(() => (vi.useRealTimers(), vi.unstubAllGlobals()));

it('resolves flush() to the verdict’s result, and hands the backoff back on the next drain', async () => {
  const until = Date.now() + 3000;
  const { outbox, given } = setup([[failed, [], [1, until]]]);
  expect(await outbox.flush()).toEqual(failed);
  expect(await outbox.flush()).toEqual(done[0]);
  expect(given).toEqual([
    [0, 0],
    [1, until],
  ]);
});

it('retries at the time a retry verdict names, and not before, whatever is queued meanwhile', async () => {
  const { outbox, drain } = setup([[failed, [], [1, Date.now() + 30_000]]]);
  await outbox.flush();
  await outbox.add(event(), true); // urgent: would send at once, but for the backoff
  await vi.advanceTimersByTimeAsync(29_999);
  expect(drain).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(drain).toHaveBeenCalledTimes(2);
});

it('pauses on a pause verdict: no drain, no send at exit, until flush()', async () => {
  const { outbox, drain, sent } = setup([[failed, [], [0, 0], 403]]);
  await outbox.add(event());
  await outbox.flush();
  expect(outbox.state.paused).toBe(true);
  outbox.wake();
  await vi.advanceTimersByTimeAsync(60_000);
  outbox.flushOnExit();
  expect(drain).toHaveBeenCalledTimes(1);
  expect(sent).toEqual([]);
  await outbox.flush();
  expect(outbox.state.paused).toBe(false);
  expect(drain).toHaveBeenCalledTimes(2);
});

it('forgets the dead-lettered events in the mirror: the exit path does not send them again', async () => {
  const [bad, good] = [event(), event()];
  const { outbox, sent } = setup([[{ ok: true, sent: 2, pending: 0 }, [bad.id], [0, 0]]]);
  await outbox.add(bad);
  await outbox.add(good);
  await outbox.flush();
  expect([...outbox.state.mirror.keys()]).toEqual([good.id]);
  outbox.flushOnExit();
  expect(sent.flat().map((e) => e.id)).toEqual([good.id]);
});

it('takes back into the mirror the events of a failed batch, for the exit path', async () => {
  const e = event();
  // The drain's keepalive request had the mirror forget the batch; it failed, and the tab closes before the retry.
  const { outbox, sent } = setup([[failed, [], [1, Date.now() + 30_000], 0, [e]]]);
  await outbox.flush();
  expect([...outbox.state.mirror.keys()]).toEqual([e.id]);
  outbox.flushOnExit();
  expect(sent).toEqual([[e]]);
});
