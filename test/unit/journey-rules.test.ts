import { describe, expect, it, vi } from 'vitest';
import { createJourney } from '../../src/journey';
import { withJourneys } from '../../src/journey-rules';
import type { Session } from '../../src/identity';

/** A session as the hub passes it down: the journey reads its id. */
const session = (id: string) => ({ id }) as Session;

const journeys = { checkout: { steps: ['cart', 'shipping', 'payment', 'confirmation'], stage: 'purchase', abandonAfter: '30m' } };

function setup() {
  const events: { type: string; name?: string; journey: unknown }[] = [];
  const report = vi.fn();
  const record = (type: string, fields: { name?: string } = {}) => events.push({ type, name: fields.name, journey: journey.context('s1') });
  const journey = withJourneys(createJourney(record as never), journeys, record as never, report);
  return { journey, events, report };
}

describe('journey', () => {
  it('starts a named journey on a step, enters its stage, and completes on its last step', () => {
    const { journey, events } = setup();
    const t = Date.UTC(2026, 0, 1);
    for (const step of ['cart', 'shipping', 'payment', 'confirmation']) journey.step(`checkout:${step}`, {}, session('s1'), t);
    expect(events.map((e) => `${e.type}:${e.name}`)).toEqual([
      'stage:purchase',
      'step:checkout:cart',
      'step:checkout:shipping',
      'step:checkout:payment',
      'step:checkout:confirmation',
      'journey_complete:checkout',
    ]);
    expect(events[4]!.journey).toEqual({ stage: 'purchase', name: 'checkout', step: 'confirmation', seq: 4 });
  });

  it('does not complete a journey that never started', () => {
    const { journey, events } = setup();
    journey.step('checkout:confirmation', {}, session('s1'), 0);
    expect(events.map((e) => e.type)).toEqual(['step']);
  });

  it('numbers steps per session', () => {
    const { journey } = setup();
    journey.step('a', {}, session('s1'), 0);
    journey.step('b', {}, session('s1'), 0);
    expect(journey.context('s1').seq).toBe(2);
    expect(journey.context('s2')).toMatchObject({ seq: 0, step: 'b' });
  });

  it('abandons a journey not completed within abandonAfter', () => {
    const { journey, events } = setup();
    const t = Date.UTC(2026, 0, 1);
    journey.step('checkout:cart', {}, session('s1'), t);
    journey.abandonExpired(session('s1'), t + 29 * 60_000);
    expect(events.some((e) => e.type == 'journey_abandon')).toBe(false);
    journey.abandonExpired(session('s1'), t + 31 * 60_000);
    expect(events.filter((e) => e.type == 'journey_abandon').map((e) => e.name)).toEqual(['checkout']);
    journey.abandonExpired(session('s1'), t + 90 * 60_000);
    expect(events.filter((e) => e.type == 'journey_abandon')).toHaveLength(1);
  });

  it('records an unknown step of a known journey, and says so', () => {
    const { journey, events, report } = setup();
    journey.step('checkout:shiping', {}, session('s1'), 0);
    expect(events.map((e) => e.type)).toEqual(['step']);
    expect(report).toHaveBeenCalledWith('unknown-step', 'checkout', 'shiping', journeys.checkout.steps);
  });

  it('records a stage change once', () => {
    const { journey, events } = setup();
    journey.setStage('awareness', session('s1'));
    journey.setStage('awareness', session('s1'));
    expect(events.map((e) => `${e.type}:${e.name}`)).toEqual(['stage:awareness']);
  });
});

describe('journey entered midway', () => {
  it('starts at any step but the last, and a repeated last step completes once', () => {
    const { journey, events } = setup();
    journey.step('checkout:payment', {}, session('s1'), 0);
    journey.step('checkout:confirmation', {}, session('s1'), 0);
    journey.step('checkout:confirmation', {}, session('s1'), 0);
    expect(events.map((e) => e.type)).toEqual(['stage', 'step', 'step', 'journey_complete', 'step']);
  });
});

describe('a journey left mid-way', () => {
  it('is abandoned when the visitor comes back in a later session', () => {
    const { journey, events } = setup();
    const t = Date.UTC(2026, 0, 1);
    journey.step('checkout:cart', {}, session('019b5f5a-0000-7000-8000-000000000000'), t);
    // A new session whose id (a UUIDv7) says it started an hour later.
    const later = (t + 36e5).toString(16).padStart(12, '0');
    const sid = `${later.slice(0, 8)}-${later.slice(8, 12)}-7000-8000-000000000000`;
    journey.abandonExpired(session(sid), t + 36e5);
    expect(events.filter((e) => e.type == 'journey_abandon').map((e) => e.name)).toEqual(['checkout']);
  });
});
