import { expect, it, vi } from 'vitest';
import { createJourney } from '../../src/journey';
import { splitStep } from '../../src/lib/split-step';
import type { Session } from '../../src/identity';

/** A session as the hub passes it down: the journey reads its id. */
const session = (id: string) => ({ id }) as Session;

it('splits journey:step names', () => {
  expect(splitStep('checkout:shipping')).toEqual(['checkout', 'shipping']);
  expect(splitStep('product_view')).toEqual([null, 'product_view']);
});

it('records plain steps and stages, and numbers steps per session', () => {
  const events: string[] = [];
  const journey = createJourney((type, fields = {}) => void events.push(`${type}:${fields.name}`));
  journey.step('checkout:cart', {}, session('s1'));
  journey.setStage('purchase', session('s1'));
  journey.setStage('purchase', session('s1'));
  journey.step('faq', {}, session('s1'));
  expect(events).toEqual(['step:checkout:cart', 'stage:purchase', 'step:faq']);
  expect(journey.context('s1')).toEqual({ stage: 'purchase', name: null, step: 'faq', seq: 2 });
  expect(journey.context('s2')).toMatchObject({ seq: 0, stage: 'purchase' });
});

it('records a step and a stage with the time of the call that made them (a queued call keeps its time)', () => {
  const record = vi.fn();
  const journey = createJourney(record);
  const sid1 = session('sid-1');
  journey.step('checkout:cart', {}, sid1, 1_000);
  journey.setStage('purchase', sid1, 2_000);
  // With the session the call computed: the envelope does not compute it again.
  expect(record).toHaveBeenCalledWith('step', { name: 'checkout:cart', props: {} }, 1_000, sid1);
  expect(record).toHaveBeenCalledWith('stage', { name: 'purchase', props: {} }, 2_000, sid1);
});

it('leaves the stored journey alone when it only reads the context of a new session', async () => {
  const { readState } = await import('../../src/lib/local-state');
  const journey = createJourney(() => {});
  journey.step('faq', {}, session('old-session'));
  journey.step('help', {}, session('old-session'));
  // The value read is shared until written (local-state.ts): reading a new session's context must not change it.
  expect(journey.context('new-session')).toMatchObject({ seq: 0 });
  expect(readState('journey')).toMatchObject({ sid: 'old-session', seq: 2 });
  expect(journey.context('old-session')).toMatchObject({ seq: 2, step: 'help' });
});
