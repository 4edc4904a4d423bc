import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { init } from '../../src/esm';
import { readState, writeState } from '../../src/lib/local-state';
import type { Config } from '../../src/types';
import { getSession } from '../../src/identity';

// The session is computed once per call and passed down to the events the call records.
vi.mock('../../src/identity', async (original) => {
  const identity = await original<typeof import('../../src/identity')>();
  return { ...identity, getSession: vi.fn(identity.getSession) };
});

// Issue 12: one step() with a named journey and a widget rule reads localStorage at most once
// and writes it at most once; the visitor's state is kept in memory between calls.
const config: Config = {
  collector: { url: 'http://localhost/collect' },
  journeys: { checkout: { steps: ['cart', 'shipping', 'payment'], stage: 'purchase' } },
  widgets: { 'nps-after-payment': { type: 'nps', trigger: { on: 'step', step: 'checkout:payment' }, frequency: { afterDismissDays: 14 } } },
};

// Spied once: in vitest 4 a spy made again after restoreAllMocks() counts nothing.
const get = vi.spyOn(Storage.prototype, 'getItem');
const set = vi.spyOn(Storage.prototype, 'setItem');
const remove = vi.spyOn(Storage.prototype, 'removeItem');

/** The `mj_` keys localStorage was asked to read, and to write or remove, while `fn` ran. */
function countStorage(fn: () => void): { reads: string[]; writes: string[] } {
  [get, set, remove].forEach((spy) => spy.mockClear());
  fn();
  const keys = (...spies: (typeof get)[]) => spies.flatMap((spy) => spy.mock.calls.map((call) => call[0])).filter((key) => key.startsWith('mj_'));
  return { reads: keys(get), writes: keys(set, remove) };
}

beforeEach(() => vi.stubGlobal('fetch', async () => new Response('{}', { status: 200 })));
afterEach(() => vi.unstubAllGlobals());

it('a step() with a journey and a widget rule: at most one read and one write of localStorage', async () => {
  const mj = init(config, { base: 'http://localhost/' });
  mj.step('checkout:cart');
  await mj.flush();
  const first = countStorage(() => mj.step('checkout:shipping'));
  expect(first.reads.length, `reads: ${first.reads}`).toBeLessThanOrEqual(1);
  expect(first.writes.length, `writes: ${first.writes}`).toBeLessThanOrEqual(1);
  // The state moved on: the journey's step and sequence were written.
  expect(JSON.parse(localStorage.getItem('mj_journey')!)).toMatchObject({ name: 'checkout', step: 'shipping' });
  const second = countStorage(() => mj.step('checkout:shipping', { again: true }));
  expect(second.reads.length, `reads: ${second.reads}`).toBeLessThanOrEqual(1);
  expect(second.writes.length, `writes: ${second.writes}`).toBeLessThanOrEqual(1);
  expect(JSON.parse(localStorage.getItem('mj_journey')!).seq).toBe(3);
});

it('a step() computes the session once, for the step and the events it causes', async () => {
  const mj = init(config, { base: 'http://localhost/' });
  mj.step('checkout:cart');
  await mj.flush();
  vi.mocked(getSession).mockClear();
  // The journey's last step: a step event and the journey's completion, in one session.
  mj.step('checkout:payment');
  expect(vi.mocked(getSession)).toHaveBeenCalledTimes(1);
  expect(JSON.parse(localStorage.getItem('mj_journey')!).open).toEqual({});
});

it('another tab’s write is seen by the next call: the memory copy follows the storage event', async () => {
  const mj = init(config, { base: 'http://localhost/' });
  mj.step('checkout:cart');
  await mj.flush();
  const journey = JSON.parse(localStorage.getItem('mj_journey')!);
  // Another tab moved the journey on; this tab hears of it through the storage event.
  const moved = JSON.stringify({ ...journey, step: 'payment', seq: 41 });
  localStorage.setItem('mj_journey', moved);
  window.dispatchEvent(new StorageEvent('storage', { key: 'mj_journey', newValue: moved, storageArea: localStorage }));
  mj.step('checkout:payment');
  expect(JSON.parse(localStorage.getItem('mj_journey')!).seq).toBe(42);
});

it('a value is written only when it changed, and read from localStorage once', () => {
  const { reads, writes } = countStorage(() => {
    writeState('same', { n: 1 });
    writeState('same', { n: 1 });
    expect(readState('same')).toEqual({ n: 1 });
    expect(readState('same')).toEqual({ n: 1 });
  });
  expect({ reads, writes }).toEqual({ reads: [], writes: ['mj_same'] });
});
