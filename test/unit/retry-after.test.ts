import { afterEach, describe, expect, it, vi } from 'vitest';
import { retryAfterMs } from '../../src/retry-after';

describe('retryAfterMs', () => {
  afterEach(() => vi.useRealTimers());

  it('reads delay-seconds', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('0')).toBe(0);
  });

  it('reads an HTTP date as the milliseconds from now, never fewer than 0 (RFC 9110 §10.2.3)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2015, 9, 21, 7, 27, 30));
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT')).toBe(30_000);
    expect(retryAfterMs('Wednesday, 21-Oct-15 07:28:00 GMT')).toBe(30_000); // the obsolete RFC 850 form
    expect(retryAfterMs('Wed, 21 Oct 2015 07:00:00 GMT')).toBe(0); // already past
  });

  it('ignores what is neither (plain backoff applies)', () => {
    for (const value of [null, undefined, '', '-5', 'soon', 'Wed, 32 Foo 2015 07:28:00 GMT']) expect(retryAfterMs(value)).toBeUndefined();
  });
});
