import { expect, it } from 'vitest';
import { getAllowance } from '../../src/consent';

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
