import { afterEach, describe, expect, it, vi } from 'vitest';
import { claim, LEASE, MAX_AGE, retryAfterMs, worth } from '../../src/delivery';
import type { Drops } from '../../src/outbox';
import type { Rec } from '../../src/store';
import type { MjEvent } from '../../src/types';

const now = Date.UTC(2026, 10, 22, 12);
let n = 0;
const rec = (extra: Partial<MjEvent> = {}, lease = 0, dead?: number): Rec => ({
  e: { id: `id-${String(++n).padStart(6, '0')}`, type: 'track', ts: new Date(now - 1000).toISOString(), ...extra } as MjEvent,
  lease,
  ...(dead ? { dead } : {}),
});
const drops = (): Drops => ({ age: 0, cap: 0, dead: 0 });

describe('claim', () => {
  it('removes malformed records (counted as dead), skips ones it cannot address, and still claims the rest', () => {
    const good = [rec(), rec()];
    const broken = [null, 'text', { e: 'x', lease: 0 }, { e: { id: 'no-ts', type: 'track' }, lease: 0 }, { e: { id: 'bad-lease', type: 'track', ts: new Date(now).toISOString() } }, { e: { type: 'track' } }] as unknown as Rec[];
    const d = drops();
    const { del, result } = claim([broken[0]!, good[0]!, ...broken.slice(1), good[1]!], now, [5000, 5e6], d);
    expect(result.map((e) => e.id)).toEqual(good.map((r) => r.e.id));
    expect(del.sort()).toEqual(['bad-lease', 'no-ts']);
    expect(d).toEqual({ age: 0, cap: 0, dead: 2 });
  });

  it('claims the oldest free events with a lease, skipping claimed and dead ones', () => {
    const recs = [rec(), rec({}, now + 5000), rec({}, now - 1), rec({}, 0, 400)];
    const d = drops();
    const { put, result } = claim(recs, now, [5000, 5e6], d);
    expect(result.map((e) => e.id)).toEqual([recs[0]!.e.id, recs[2]!.e.id]); // an expired lease is free again
    expect(put.every((r) => r.lease == now + LEASE)).toBe(true);
  });

  it('gives up events older than 7 days, and counts them', () => {
    const old = rec({ ts: new Date(now - MAX_AGE - 1).toISOString() });
    const d = drops();
    const { del, result } = claim([old, rec()], now, [5000, 5e6], d);
    expect(del).toEqual([old.e.id]);
    expect(result).toHaveLength(1);
    expect(d).toEqual({ age: 1, cap: 0, dead: 0 });
  });

  it('evicts the least valuable events first when over the cap', () => {
    const recs = [rec({ type: 'response' }), rec({ type: 'vitals' }), rec({ type: 'page' }), rec({ type: 'stage' }), rec({ type: 'vitals' })];
    const d = drops();
    const { del, result } = claim(recs, now, [3, 5e6], d);
    expect(del).toEqual([recs[1]!.e.id, recs[4]!.e.id]);
    expect(d.cap).toBe(2);
    expect(result.map((e) => e.type)).toEqual(['response', 'page', 'stage']);
  });

  it('evicts by bytes too, and keeps at most 100 dead letters', () => {
    const big = Array.from({ length: 4 }, () => rec({ props: { blob: 'x'.repeat(1000) } }));
    expect(claim(big, now, [100, 2500], drops()).del).toHaveLength(2);
    const dead = Array.from({ length: 103 }, () => rec({}, 0, 422));
    const d = drops();
    expect(claim(dead, now, [5000, 5e6], d).del).toHaveLength(3);
    expect(d.dead).toBe(3);
  });

  it('values responses and stages above steps, pages and vitals', () => {
    expect(['vitals', 'page', 'step', 'response'].map((type) => worth({ type } as MjEvent))).toEqual([0, 1, 2, 3]);
  });
});

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
