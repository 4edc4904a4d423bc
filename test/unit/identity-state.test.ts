import { expect, it } from 'vitest';
import { getAnonymousId, getSession, setUser } from '../../src/identity';
import { readAnonymousId, readSession, readTraits } from '../../src/identity-state';
import { readState, type ReadState } from '../../src/lib/local-state';

it('the rules read the identity the core stored: the anonymous id, the session, the traits merged', () => {
  const aid = getAnonymousId();
  const session = getSession(Date.now(), null, 'web', 1);
  setUser('u1', { plan: 'pro' });
  setUser('u1', { seats: 3 });
  expect(readAnonymousId(readState)).toBe(aid);
  expect(readSession(readState)).toEqual(session);
  expect(readTraits(readState)).toEqual({ plan: 'pro', seats: 3 });
});

it('traits that cannot be stored leave the stored ones as they were', () => {
  setUser('u1', { plan: 'pro' });
  expect(() => setUser('u1', { seats: 1n })).toThrow();
  expect(readTraits(readState)).toEqual({ plan: 'pro' });
});

it('reads through the reader it is given, by the identity keys only', () => {
  const asked: string[] = [];
  const read: ReadState = <T>(key: string) => (asked.push(key), undefined as T | undefined);
  [readAnonymousId, readSession, readTraits].forEach((reader) => expect(reader(read)).toBeUndefined());
  expect(asked).toEqual(['aid', 'session', 'traits']);
});
