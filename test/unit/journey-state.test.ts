import { expect, it } from 'vitest';
import type { Session } from '../../src/identity';
import { createJourney } from '../../src/journey';
import { journeyUnderWay, readJourney } from '../../src/journey-state';
import { readState, type ReadState } from '../../src/lib/local-state';

const session = { id: 'state-test' } as Session;

it('the rules read the journey the core stored, with its named journeys under way', () => {
  const core = createJourney(() => {});
  core.step('checkout:cart', {}, session);
  const j = core.load(session.id);
  core.save({ ...j, open: { checkout: 1_000 } });
  expect(readJourney(readState)).toMatchObject({ name: 'checkout', step: 'cart', seq: 1, open: { checkout: 1_000 } });
  expect(journeyUnderWay(readState, 'checkout')).toBe(true);
  expect(journeyUnderWay(readState, 'signup')).toBe(false);
  // An inherited name is not a journey under way.
  expect(journeyUnderWay(readState, 'toString')).toBe(false);
});

it('reads through the reader it is given, by the journey key only', () => {
  const asked: string[] = [];
  const read: ReadState = <T>(key: string) => (asked.push(key), undefined as T | undefined);
  expect(readJourney(read)).toBeUndefined();
  expect(journeyUnderWay(read, 'checkout')).toBe(false);
  expect(asked).toEqual(['journey', 'journey']);
});
