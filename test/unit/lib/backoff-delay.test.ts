import { expect, it } from 'vitest';
import { BACKOFF_CAP, backoffDelay } from '../../../src/lib/backoff-delay';

it('draws uniformly up to 1 s × 2^(attempt-1), capped at 5 minutes (full jitter)', () => {
  const top = () => 0.999999;
  expect([1, 2, 3, 4].map((a) => backoffDelay(a, 0, top))).toEqual([999, 1999, 3999, 7999]);
  expect(backoffDelay(30, 0, top)).toBe(BACKOFF_CAP - 1);
  expect(backoffDelay(5, 0, () => 0)).toBe(0);
});

it('waits at least Retry-After, but never past the cap', () => {
  expect(backoffDelay(1, 30_000, () => 0.5)).toBe(30_000);
  expect(backoffDelay(1, 3_600_000, () => 0.5)).toBe(BACKOFF_CAP);
});
