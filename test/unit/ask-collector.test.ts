import { afterEach, describe, expect, it, vi } from 'vitest';
import { alreadyHeld, mayHaveArrived, QUESTION_TIMEOUT } from '../../src/ask-collector';
import { REQUEST_TIMEOUT } from '../../src/transport';
import type { Config, MjEvent } from '../../src/types';

let n = 0;
const event = () => ({ id: `ask-${++n}`, type: 'track', ts: new Date().toISOString() }) as MjEvent;
/** A collector of its own per test: one that did not know the question is not asked again. */
const collectorAt = (path: string): NonNullable<Config['collector']> => ({ url: `/${path}?key=k`, headers: { 'X-Site': 's' } });

/** Stubs fetch with a collector's answer; returns the requests made. */
function answering(answer: () => Response | Promise<Response>) {
  const requests: { url: URL; init?: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => (requests.push({ url: new URL(url), init }), answer()));
  return requests;
}

afterEach(() => vi.unstubAllGlobals());

it('mayHaveArrived: an event this page did not queue', () => {
  const [earlier, own] = [event(), event()];
  const queuedHere = new Map([[own.id, own]]);
  expect([earlier, own].map((e) => mayHaveArrived(e, queuedHere))).toEqual([true, false]);
});

describe('alreadyHeld', () => {
  it("asks with GET ?mj_have=, keeping the URL's own query and the config's headers, and returns what is held", async () => {
    const [a, b] = [event(), event()];
    const requests = answering(() => Response.json({ have: [b.id, 'not-asked'] }));
    expect(await alreadyHeld(collectorAt('ours'), [a, b])).toEqual([b]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url.pathname + requests[0]!.url.search).toBe(`/ours?key=k&mj_have=${a.id}%2C${b.id}`);
    expect(requests[0]!.init).toEqual({ headers: { 'X-Site': 's' }, signal: expect.any(AbortSignal) });
  });

  it('returns a failure, a timeout, 408, 425, 429 or 5xx as the delivery it is, to back off and ask again', async () => {
    const collector = collectorAt('failing');
    answering(() => new Response('busy', { status: 503, headers: { 'Retry-After': '7' } }));
    const busy = await alreadyHeld(collector, [event()]);
    expect([(busy as Response).status, (busy as Response).headers.get('Retry-After')]).toEqual([503, '7']);
    for (const status of [408, 425, 429]) {
      answering(() => new Response('', { status }));
      expect(await alreadyHeld(collector, [event()])).toMatchObject({ status });
    }
    answering(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await alreadyHeld(collector, [event()])).toEqual({ status: 0 });
  });

  it("gives up a stalled question within its own timeout, shorter than a batch's, and aborts it", async () => {
    expect(QUESTION_TIMEOUT).toBeLessThan(REQUEST_TIMEOUT);
    vi.useFakeTimers();
    const requests = answering(() => new Promise<Response>(() => {}));
    let settled: unknown;
    void alreadyHeld(collectorAt('stalling'), [event()]).then((answer) => (settled = answer));
    await vi.advanceTimersByTimeAsync(QUESTION_TIMEOUT - 1);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ status: 0 });
    expect(requests[0]!.init!.signal!.aborted).toBe(true);
    vi.useRealTimers();
  });

  it('after three failures in a row, holds nothing on a timeout, so that the batch goes (a network too slow for the question)', async () => {
    const collector = collectorAt('slow');
    vi.useFakeTimers();
    answering(() => new Promise<Response>(() => {}));
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const answer = alreadyHeld(collector, [event()]);
      await vi.advanceTimersByTimeAsync(QUESTION_TIMEOUT);
      answers.push(await answer);
    }
    vi.useRealTimers();
    expect(answers.map((a) => (Array.isArray(a) ? a : a.status))).toEqual([0, 0, [], []]);
    // Not taken for a collector that does not know the question: still asked.
    const asked = answering(() => Response.json({ have: [] }));
    await alreadyHeld(collector, [event()]);
    expect(asked).toHaveLength(1);
  });

  it('waits on network errors however often they come: the collector is down, and the batch would fail too', async () => {
    const collector = collectorAt('down');
    answering(() => Promise.reject(new TypeError('Failed to fetch')));
    for (let i = 0; i < 5; i++) expect(await alreadyHeld(collector, [event()])).toEqual({ status: 0 });
  });

  it('waits on 408, 425 and 429 however often they come', async () => {
    const collector = collectorAt('limiting');
    answering(() => new Response('', { status: 429 }));
    for (let i = 0; i < 5; i++) expect(await alreadyHeld(collector, [event()])).toMatchObject({ status: 429 });
  });

  it('after three failures in a row, holds nothing on a 5xx, so that the batch goes (an endpoint may fail on any GET)', async () => {
    const collector = collectorAt('erring');
    const requests = answering(() => new Response('TypeError: cannot read body', { status: 500 }));
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await alreadyHeld(collector, [event()]));
    expect(answers.map((a) => (Array.isArray(a) ? a : a.status))).toEqual([500, 500, [], []]);
    expect(requests).toHaveLength(4); // still asked: an answer would count again
    answering(() => Response.json({ have: [] }));
    await alreadyHeld(collector, [event()]); // an answer ends the run of failures
    answering(() => new Response('', { status: 503 }));
    expect(await alreadyHeld(collector, [event()])).toMatchObject({ status: 503 });
  });

  it('holds nothing when the collector does not know the question, and does not ask it again on this page', async () => {
    for (const [i, answer] of [
      () => new Response('no such thing', { status: 405 }),
      () => new Response('not found', { status: 404 }),
      () => Response.json({ have: 'everything' }),
      () => new Response('<html>', { status: 200 }),
    ].entries()) {
      const collector = collectorAt(`foreign-${i}`);
      const requests = answering(answer);
      expect(await alreadyHeld(collector, [event()])).toEqual([]);
      expect(await alreadyHeld(collector, [event()])).toEqual([]);
      expect(requests).toHaveLength(1);
    }
  });

  it('does not ask a collector of a foreign body format or with a transform, nor about no events', async () => {
    const requests = answering(() => Response.json({ have: [] }));
    const collector = collectorAt('ours');
    for (const foreign of [
      { ...collector, format: 'segment' as const },
      { ...collector, format: 'ndjson' as const },
      { ...collector, transform: (b: unknown) => b },
    ])
      expect(await alreadyHeld(foreign, [event()])).toEqual([]);
    expect(await alreadyHeld(collector, [])).toEqual([]);
    expect(requests).toEqual([]);
  });
});
