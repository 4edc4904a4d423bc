// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeBody, IngestError } from '../../collector/ingest/decode-body';
import { fromSegment } from '../../collector/ingest/from-segment';
import { deviceFromHeaders, localeFromHeader } from '../../collector/ingest/request-context';
import { vitalsRating } from '../../collector/ingest/vitals-rating';
import { encodeBatch } from '../../src/formats';
import { nativeBatch, npsAnswer, wireEvent } from './wire-events';

describe('decodeBody', () => {
  const events = [wireEvent(), wireEvent({ type: 'step', name: 'checkout:cart' })];
  it('tells the three formats apart by their shape, whatever the text/plain says', () => {
    expect(decodeBody('text/plain;charset=UTF-8', JSON.stringify(nativeBatch(events)))).toEqual({ format: 'json', events, sdk: 'microjourney' });
    expect(decodeBody('text/plain', encodeBatch('ndjson', nativeBatch(events) as never))).toEqual({ format: 'ndjson', events });
    expect(decodeBody('text/plain', JSON.stringify(events[0]))).toEqual({ format: 'ndjson', events: [events[0]] });
    expect(decodeBody('application/x-ndjson', JSON.stringify(events[0]) + '\n\n')).toEqual({ format: 'ndjson', events: [events[0]] });
    expect(decodeBody(undefined, JSON.stringify(nativeBatch(events))).format).toBe('json');
    expect(decodeBody('application/json', encodeBatch('segment', nativeBatch(events) as never))).toMatchObject({ format: 'segment', sdk: 'microjourney' });
  });
  it('reads what sent the batch, as the batch says it, within 100 characters', () => {
    const batch = (sdk: unknown) => JSON.stringify({ sent_at: '', sdk, events });
    expect(decodeBody('text/plain', batch({ name: 'microjourney-synthetic', version: '0.1.0' })).sdk).toBe('microjourney-synthetic');
    expect(decodeBody('text/plain', batch({ name: ' ' })).sdk).toBeUndefined();
    expect(decodeBody('text/plain', batch(5)).sdk).toBeUndefined();
    expect(decodeBody('text/plain', batch({ name: 'x'.repeat(300) })).sdk).toHaveLength(100);
  });
  it('refuses with the status and a reason', () => {
    const refusal = (type: string, body: string) => {
      try {
        decodeBody(type, body);
      } catch (err) {
        return [(err as IngestError).status, (err as Error).message];
      }
    };
    expect(refusal('application/xml', '<a/>')).toEqual([415, expect.stringMatching(/content type "application\/xml" is not accepted/)]);
    expect(refusal('application/x-ndjson', '{"a":1}\n{oops')).toEqual([400, expect.stringMatching(/^line 2 of the ndjson body is not JSON/)]);
    expect(refusal('text/plain', '[1,2]')).toEqual([400, expect.stringMatching(/the body has no events/)]);
  });
});

describe('fromSegment', () => {
  it('reads back every event the SDK encodes as Segment, types, names and answers included', () => {
    const events = [
      wireEvent(),
      wireEvent({ type: 'step', name: 'checkout:cart', props: { a: 1 } }),
      wireEvent({ type: 'track', name: 'step', props: {} }),
      wireEvent({ type: 'journey_complete', name: 'checkout', props: {} }),
      npsAnswer(4, 'meh'),
      wireEvent({ type: 'identify', user_id: 'u1', traits: { plan: 'pro' } }),
    ];
    const back = (JSON.parse(encodeBatch('segment', nativeBatch(events) as never)).batch as object[]).map(fromSegment);
    for (const [i, e] of events.entries()) {
      expect(back[i]).toMatchObject({
        id: e.id,
        type: e.type,
        ts: e.ts,
        anonymous_id: e.anonymous_id,
        session_id: e.session_id,
        seq: e.seq,
        journey: e.journey,
        channel: e.channel,
      });
      if (e.name) expect(back[i].name).toBe(e.name);
    }
    expect(back[4]).toMatchObject({ widget: events[4].widget, response: events[4].response });
    expect(back[5]).toMatchObject({ user_id: 'u1', traits: { plan: 'pro' } });
  });
});

describe('what the request says', () => {
  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148', undefined, 'mobile'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36', undefined, 'mobile'],
    ['Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 Chrome/126 Safari/537.36', undefined, 'tablet'],
    ['Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)', undefined, 'tablet'],
    ['Mozilla/5.0 (X11; Linux x86_64) Chrome/156 Safari/537.36', undefined, 'desktop'],
    ['Mozilla/5.0 (X11; Linux x86_64) Chrome/156 Safari/537.36', '?1', 'mobile'],
  ])('%s → %s', (ua, hint, device) => expect(deviceFromHeaders(ua, hint)).toBe(device));
  it('takes the first language of Accept-Language', () => {
    expect(localeFromHeader('he-IL,he;q=0.9,en;q=0.8')).toBe('he-il');
    expect(localeFromHeader('*')).toBe(null);
    expect(localeFromHeader('')).toBe(null);
  });
  it('rates an answer by its worst vital (web-vitals thresholds)', () => {
    expect(vitalsRating({ lcp: 2500, inp: 200, cls: 0.1 })).toBe('good');
    expect(vitalsRating({ lcp: 2501, cls: 0 })).toBe('needs-improvement');
    expect(vitalsRating({ lcp: 1000, inp: 501 })).toBe('poor');
    expect(vitalsRating({ cls: 0.26 })).toBe('poor');
    expect(vitalsRating({})).toBe(null);
    expect(vitalsRating(undefined)).toBe(null);
  });
});
