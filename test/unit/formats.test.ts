import { expect, it } from 'vitest';
import { encodeBatch } from '../../src/formats';
import type { Batch, MjEvent } from '../../src/types';

const base = {
  ts: '2026-11-22T10:00:00.000Z',
  anonymous_id: 'a1',
  session_id: 's1',
  user_id: 'u1',
  seq: 1,
  page: { url: 'https://shop.test/p', path: '/p', title: 'P', referrer: '' },
  channel: { touchpoint: 'web', source: { source: 'newsletter', medium: 'email', campaign: 'nov' }, first_touch: {}, last_touch: {} },
  journey: { stage: 'purchase', name: 'checkout', step: 'cart', seq: 2 },
} as unknown as MjEvent;
const batch: Batch = {
  sent_at: '2026-11-22T10:00:01.000Z',
  sdk: { name: 'microjourney', version: '0.1.0' },
  events: [
    { ...base, id: 'e1', type: 'page' },
    { ...base, id: 'e2', type: 'track', name: 'coupon', props: { code: 'X' } },
    { ...base, id: 'e3', type: 'identify', traits: { plan: 'pro' } },
    { ...base, id: 'e4', type: 'response', widget: { id: 'nps', type: 'nps' }, response: { score: 9 } },
  ],
};

it('ndjson: one native event per line', () => {
  const lines = encodeBatch('ndjson', batch).split('\n');
  expect(lines.map((l) => JSON.parse(l).id)).toEqual(['e1', 'e2', 'e3', 'e4']);
});

it('segment: the HTTP tracking API batch, with our journey and channel in the context', () => {
  const { batch: messages, sentAt } = JSON.parse(encodeBatch('segment', batch));
  expect(sentAt).toBe(batch.sent_at);
  expect(messages.map((m: any) => [m.type, m.event ?? m.name ?? null])).toEqual([
    ['page', 'P'],
    ['track', 'coupon'],
    ['identify', null],
    ['track', 'response'],
  ]);
  expect(messages[1]).toMatchObject({ messageId: 'e2', anonymousId: 'a1', userId: 'u1', timestamp: base.ts, properties: { code: 'X', name: 'coupon' } });
  expect(messages[1].context.campaign).toEqual({ source: 'newsletter', medium: 'email', name: 'nov' });
  expect(messages[1].context.microjourney.journey).toEqual(base.journey);
  expect(messages[2].traits).toEqual({ plan: 'pro' });
  expect(messages[3].properties).toMatchObject({ widget: { id: 'nps', type: 'nps' }, response: { score: 9 } });
});
