import { expect, it, vi } from 'vitest';
import { type Allowance, applyConsent, getAllowance } from '../../src/consent';
import type { Hub } from '../../src/hub';
import { createMemoryStore } from '../../src/store';

it('maps the mode and the decision to what may happen', () => {
  expect(getAllowance(undefined, undefined)).toBe(2);
  expect(getAllowance({ consent: 'required' }, undefined)).toBe(0);
  expect(getAllowance({ consent: 'memory-until-consent' }, undefined)).toBe(1);
  expect(getAllowance({ consent: 'required' }, true)).toBe(2);
  expect(getAllowance(undefined, false)).toBe(0);
});

it('treats Global Privacy Control as a refusal when asked to, unless the visitor consents', () => {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  expect(getAllowance({ respectGPC: true }, undefined)).toBe(0);
  expect(getAllowance({}, undefined)).toBe(2);
  expect(getAllowance({ respectGPC: true }, true)).toBe(2);
  Reflect.deleteProperty(navigator, 'globalPrivacyControl');
});

it('stores nothing: the next page learns whether it may store from what an earlier page stored', () => {
  getAllowance({ consent: 'required' }, undefined);
  getAllowance({ consent: 'memory-until-consent' }, undefined);
  expect(Object.keys(localStorage)).toEqual([]);
});

it('works through the outbox: a withdrawal clears what came before it, a grant moves what waited in memory', async () => {
  const decide = async (granted: boolean, before: Allowance) => {
    const state = { clear: vi.fn(async () => {}), moveTo: vi.fn(async () => {}) };
    const store = Promise.resolve(createMemoryStore());
    await applyConsent(granted, before, { outbox: { state }, openStore: () => store } as unknown as Hub, 'decided-at');
    return { clear: state.clear.mock.calls, moveTo: state.moveTo.mock.calls, store };
  };
  expect((await decide(false, 2)).clear).toEqual([['decided-at']]);
  const granted = await decide(true, 1);
  expect(granted.moveTo).toEqual([[granted.store]]);
  expect(granted.clear).toEqual([]);
  expect((await decide(true, 0)).moveTo).toHaveLength(1);
  expect((await decide(true, 2)).moveTo).toEqual([]); // storing already
});
