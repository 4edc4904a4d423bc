import { afterEach, describe, expect, it, vi } from 'vitest';
import { claim, drain, LEASE, MAX_AGE, worth } from '../../src/delivery';
import type { Drops, OutboxState } from '../../src/outbox';
import { createMemoryStore, type Rec } from '../../src/store';
import type { Delivery } from '../../src/transport';
import type { Config, MjEvent } from '../../src/types';
import { stubCollector } from './stub-network';

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
    const broken = [
      null,
      'text',
      { e: 'x', lease: 0 },
      { e: { id: 'no-ts', type: 'track' }, lease: 0 },
      { e: { id: 'bad-lease', type: 'track', ts: new Date(now).toISOString() } },
      { e: { type: 'track' } },
    ] as unknown as Rec[];
    const d = drops();
    const { del, result } = claim([broken[0]!, good[0]!, ...broken.slice(1), good[1]!], now, [5000, 5e6], d);
    expect(result.batch.map((e) => e.id)).toEqual(good.map((r) => r.e.id));
    expect(del.sort()).toEqual(['bad-lease', 'no-ts']);
    expect(d).toEqual({ age: 0, cap: 0, dead: 2 });
  });

  it('claims the oldest free events with a lease, skipping claimed and dead ones', () => {
    const recs = [rec(), rec({}, now + 5000), rec({}, now - 1), rec({}, 0, 400)];
    const d = drops();
    const { put, result } = claim(recs, now, [5000, 5e6], d);
    expect(result.batch.map((e) => e.id)).toEqual([recs[0]!.e.id, recs[2]!.e.id]); // an expired lease is free again
    expect(put.every((r) => r.lease == now + LEASE)).toBe(true);
    expect(result.leases).toEqual([now + 5000]); // what kept the claimed one back
  });

  it('with the flush lock held, takes what a dead drain left claimed', () => {
    // No other drain runs while this one holds the lock: the claim is a crashed or closed tab's.
    const recs = [rec({}, now + 5000), rec(), rec({}, 0, 400)];
    const { put, result } = claim(recs, now, [5000, 5e6], drops(), true);
    expect(result).toEqual({ batch: [recs[0]!.e, recs[1]!.e], leases: [] });
    expect(put.map((r) => r.lease)).toEqual([now + LEASE, now + LEASE]);
  });

  it('gives up events older than 7 days, and counts them', () => {
    const old = rec({ ts: new Date(now - MAX_AGE - 1).toISOString() });
    const d = drops();
    const { del, result } = claim([old, rec()], now, [5000, 5e6], d);
    expect(del).toEqual([old.e.id]);
    expect(result.batch).toHaveLength(1);
    expect(d).toEqual({ age: 1, cap: 0, dead: 0 });
  });

  it('evicts the least valuable events first when over the cap', () => {
    const recs = [rec({ type: 'response' }), rec({ type: 'vitals' }), rec({ type: 'page' }), rec({ type: 'stage' }), rec({ type: 'vitals' })];
    const d = drops();
    const { del, result } = claim(recs, now, [3, 5e6], d);
    expect(del).toEqual([recs[1]!.e.id, recs[4]!.e.id]);
    expect(d.cap).toBe(2);
    expect(result.batch.map((e) => e.type)).toEqual(['response', 'page', 'stage']);
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

describe('drain: the verdict', () => {
  afterEach(() => (vi.restoreAllMocks(), vi.unstubAllGlobals()));

  /**
   * A frozen outbox state over a memory store: the chunk may call its methods but never write
   * its fields (a write throws), and `mirror` shows whether the chunk changed the mirror.
   */
  async function outboxWith(answers: (number | Delivery)[], count = 3, lease = 0, allowed: () => Config['collector'] = () => ({ url: '/c' })) {
    const store = createMemoryStore();
    const events = Array.from({ length: count }, () => rec().e);
    await store.put(events.map((e) => ({ e, lease })));
    const mirror = new Map(events.map((e) => [e.id, e]));
    const report = vi.fn();
    const acknowledged: string[] = [];
    /** What other tabs' acknowledgements made this outbox forget (every test's drains share the channel). */
    const forgotten: string[] = [];
    const { sent } = stubCollector(answers);
    const state: OutboxState = Object.freeze({
      store: Promise.resolve(store),
      mirror,
      encode: (batch: unknown) => batch,
      report,
      allowedCollector: allowed,
      onDrop: vi.fn(),
      async acknowledge(batch: MjEvent[]) {
        acknowledged.push(...batch.map((e) => e.id));
        await store.remove(batch.map((e) => e.id));
      },
      forget: (ids: string[]) => void forgotten.push(...ids),
      clear: async () => {},
      moveTo: async () => {},
    });
    const left = () => store.update((r) => ({ result: r.map((x) => [x.e.id, x.lease, x.dead]) }));
    return { state, events, mirror, report, acknowledged, forgotten, left, sent };
  }

  it('names what it sends to the other tabs, whose outboxes forget it as its own does', async () => {
    const sender = await outboxWith([]);
    const other = await outboxWith([]);
    await drain(other.state, [0, 0]); // the other tab's chunk listens from its first drain on
    other.forgotten.length = 0;
    await drain(sender.state, [0, 0]);
    const ids = sender.events.map((e) => e.id);
    await vi.waitFor(() => expect(other.forgotten).toEqual(expect.arrayContaining(ids)));
    expect(new Set(sender.forgotten.filter((id) => ids.includes(id)))).toEqual(new Set(ids));
  });

  it("asks the collector which of an earlier page's events it holds, and sends only the rest", async () => {
    const { state, events, mirror, acknowledged } = await outboxWith([]);
    const [a, b, c] = events.map((e) => e.id) as [string, string, string];
    [a, b].forEach((id) => mirror.delete(id)); // queued by an earlier page, which sent them on its way out
    const { sent, asked } = stubCollector([], [a, 'other']);
    expect(await drain(state, [0, 0])).toEqual([{ ok: true, sent: 3, pending: 0 }, [], [0, 0]]);
    expect(asked).toEqual([`${a},${b}`]); // c is this page's own: never asked about
    expect(sent.map((batch) => batch.map((e) => e.id))).toEqual([[b, c]]);
    expect(acknowledged.sort()).toEqual([a, b, c]);
  });

  it('backs off, sending nothing, when the question fails as a batch would', async () => {
    const { state, events, mirror, report } = await outboxWith([]);
    mirror.delete(events[0]!.id);
    const { sent } = stubCollector([], () => new Response('', { status: 429, headers: { 'Retry-After': '40' } }));
    const [result, , [attempt, until]] = await drain(state, [0, 0]);
    expect([result, attempt, sent, until - Date.now() > 39_000]).toEqual([{ ok: false, sent: 0, pending: 3 }, 1, [], true]);
    expect(report).toHaveBeenCalledWith('collector', '/c', 429, 3);
  });

  it('is done when every batch was taken, and ends a backoff', async () => {
    const { state, acknowledged, events } = await outboxWith([]);
    expect(await drain(state, [3, Date.now() + 9000])).toEqual([{ ok: true, sent: 3, pending: 0 }, [], [0, 0]]);
    expect(acknowledged).toEqual(events.map((e) => e.id));
  });

  it("without Web Locks, leaves another tab's claim to that tab, and retries when it runs out", async () => {
    vi.stubGlobal('navigator', { locks: undefined });
    const until = Date.now() + 20_000;
    const { state, acknowledged } = await outboxWith([], 3, until);
    expect(await drain(state, [0, 0])).toEqual([{ ok: false, sent: 0, pending: 3 }, [], [0, until]]);
    expect(acknowledged).toEqual([]);
    vi.unstubAllGlobals();
  });

  it('with the flush lock, sends at once what a drain left claimed when its tab died mid-request', async () => {
    const request = vi.fn((_name: string, fn: () => unknown) => Promise.resolve(fn()));
    vi.stubGlobal('navigator', { locks: { request } });
    const { state, acknowledged, events } = await outboxWith([], 3, Date.now() + 20_000);
    expect(await drain(state, [0, 0])).toEqual([{ ok: true, sent: 3, pending: 0 }, [], [0, 0]]);
    expect(acknowledged).toEqual(events.map((e) => e.id));
    expect(request).toHaveBeenCalledWith('microjourney-flush', expect.any(Function));
    vi.unstubAllGlobals();
  });

  it('retries after a 5xx: attempt after attempt, at a time within the full-jitter ceiling, the batch unclaimed', async () => {
    const { state, report, left, events } = await outboxWith([503, 503]);
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const before = Date.now();
    const [result, dead, [attempt, until], pause, unsent] = await drain(state, [0, 0]);
    // The mirror forgot the batch as it went (no exit copy of a request out); it gets back this tab's own events.
    expect([result, dead, attempt, pause, unsent]).toEqual([{ ok: false, sent: 0, pending: 3 }, [], 1, 0, events]);
    expect(until - before).toBeGreaterThanOrEqual(998);
    expect(until - Date.now()).toBeLessThanOrEqual(1000);
    expect(report).toHaveBeenCalledWith('collector', '/c', 503, 3);
    expect((await left()).map(([, lease]) => lease)).toEqual([0, 0, 0]);
    const [, , [second, later]] = await drain(state, [attempt, until]);
    expect(second).toBe(2); // counted on from the backoff given
    expect(later - Date.now()).toBeGreaterThan(1000); // the ceiling doubled
  });

  it('honours Retry-After as the least wait, and counts from the last batch taken', async () => {
    const { state } = await outboxWith([200, { status: 429, headers: new Headers({ 'Retry-After': '30' }) }], 30);
    const [result, , [attempt, until]] = await drain(state, [4, 0]);
    expect(result).toEqual({ ok: false, sent: 20, pending: 10 });
    expect(attempt).toBe(1);
    expect(until - Date.now()).toBeGreaterThan(29_000);
  });

  it('pauses on 401/403/404, keeping the backoff, says so, and gives back to the mirror only what this tab queued', async () => {
    const { state, report, events, mirror } = await outboxWith([403]);
    mirror.delete(events[0]!.id); // another tab's: that tab forgot it when this one sent it
    const backoff = [2, Date.now() + 5000] as const;
    expect(await drain(state, backoff)).toEqual([{ ok: false, sent: 0, pending: 3 }, [], backoff, 403, events.slice(1)]);
    expect(report).toHaveBeenCalledWith('collector-paused', '/c', 403, 3);
  });

  it('pauses, unreported, when there is nowhere to send', async () => {
    const { state, report } = await outboxWith([], 3, 0, () => undefined);
    const [, , , pause] = await drain(state, [0, 0]);
    expect(pause).toBe(-1);
    expect(report).not.toHaveBeenCalled();
  });

  it('forgets, in the mirror, what the store no longer holds: another tab delivered it unheard', async () => {
    const { state, mirror, forgotten } = await outboxWith([]);
    const delivered = { id: 'delivered-by-another-tab', type: 'track', ts: new Date().toISOString() } as MjEvent;
    mirror.set(delivered.id, delivered);
    await drain(state, [0, 0]);
    expect(forgotten).toContain(delivered.id);
  });

  it('names the events it dead-lettered, and leaves the mirror to the outbox', async () => {
    const { state, events, mirror, left, report } = await outboxWith([400, 200, 400]);
    // [a b c] → 400; [a b] → 200; [c] → 400, alone: dead. The batch counts as taken, as flush() always counted it.
    const bad = events[2]!;
    expect(await drain(state, [0, 0])).toEqual([{ ok: true, sent: 3, pending: 0 }, [bad.id], [0, 0]]);
    expect(await left()).toEqual([[bad.id, expect.any(Number), 400]]);
    expect(mirror.has(bad.id)).toBe(true);
    expect(report).toHaveBeenCalledWith('dead-letter', '/c', 400, 'track');
  });
});
