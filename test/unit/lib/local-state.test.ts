import { expect, it, vi } from 'vitest';
import { readState, writeState } from '../../../src/lib/local-state';

it('keeps JSON values under an mj_ prefix, and removes undefined', () => {
  writeState('x', { a: 1 });
  expect(localStorage.getItem('mj_x')).toBe('{"a":1}');
  expect(readState('x')).toEqual({ a: 1 });
  writeState('x', undefined);
  expect(localStorage.getItem('mj_x')).toBeNull();
});

it('treats a mangled value as absent, and falls back to memory when storage throws', () => {
  localStorage.setItem('mj_bad', '{nope');
  expect(readState('bad')).toBeUndefined();
  const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  const get = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  writeState('y', 5);
  expect(readState('y')).toBe(5);
  spy.mockRestore();
  get.mockRestore();
});

it('discards a stored value of the wrong shape, says which, and so lets it be rebuilt', async () => {
  const { setOnDiscard } = await import('../../../src/lib/local-state');
  const { takeAll } = await import('../../../src/lib/take-all');
  const discarded: string[] = [];
  setOnDiscard((key) => discarded.push(key));
  const source = { source: 'newsletter', medium: 'email' };
  const session = { id: '0190d5a0-0000-7000-8000-000000000001', last: 1, n: 1, pages: 0, source };
  const wrong: [string, string][] = [
    ['session', '1'],
    ['session', 'null'],
    ['session', JSON.stringify({ ...session, last: '1' })],
    ['session', JSON.stringify({ ...session, source: { ...source, campaign: 'c'.repeat(201) } })],
    ['aid', JSON.stringify('not-a-uuid')],
    ['aid', '42'],
    ['uid', JSON.stringify('u'.repeat(201))],
    ['uid', '{}'],
    ['traits', '"x"'],
    ['touch', JSON.stringify({ first: source, last: 7 })],
    ['journey', JSON.stringify({ sid: 's', seq: 0, stage: 5, name: null, step: null, open: {} })],
    ['journey', '"journey"'],
    ['consent', '"yes"'],
  ];
  for (const [key, raw] of wrong) {
    // Written by another tab (or before this page), which the storage event tells this one.
    localStorage.setItem('mj_' + key, raw);
    dispatchEvent(new StorageEvent('storage', { key: 'mj_' + key }));
    expect(readState(key), `${key} = ${raw}`).toBeUndefined();
    expect(localStorage.getItem('mj_' + key)).toBeNull();
  }
  expect(discarded).toEqual(wrong.map(([key]) => key));
  // Values of the right shape are kept.
  writeState('session', session);
  writeState('journey', { sid: 's', seq: 2, stage: 'purchase', name: null, step: 'cart', open: { checkout: 1 } });
  writeState('consent', false);
  expect(readState('session')).toEqual(session);
  expect(readState('journey')).toMatchObject({ stage: 'purchase' });
  expect(readState('consent')).toBe(false);
  // Lists written under keys of their own: what is not of the shape is left out, and said.
  localStorage.setItem('mj_early1', JSON.stringify([[1], 'x', null, [2]]));
  localStorage.setItem('mj_early2', '{broken');
  localStorage.setItem('mj_early3', '7');
  discarded.length = 0;
  expect(
    takeAll(
      'early',
      (item: unknown) => Array.isArray(item),
      (key) => discarded.push(key),
    ),
  ).toEqual([[1], [2]]);
  expect(discarded.sort()).toEqual(['early1', 'early2', 'early3']);
  expect(Object.keys(localStorage).filter((k) => k.startsWith('mj_early'))).toEqual([]);
  setOnDiscard(() => {});
});

it('stores nothing until storing is allowed, then moves what waited in memory; removing is always allowed', async () => {
  const { setPersist } = await import('../../../src/lib/local-state');
  localStorage.setItem('mj_gone', '1');
  setPersist(false);
  writeState('kept', { a: 1 });
  writeState('gone', undefined);
  expect(readState('kept')).toEqual({ a: 1 });
  expect(Object.keys(localStorage)).toEqual([]);
  setPersist(true);
  expect(localStorage.getItem('mj_kept')).toBe('{"a":1}');
});

it('parses and checks a value once while its stored text stays the same, and reads another tab’s change', () => {
  writeState('session', { id: 'a', last: 1, n: 1, pages: 0, source: { source: 'x', medium: 'y' } });
  const first = readState('session');
  // The same object: a burst of calls does not parse and check it again.
  expect(readState('session')).toBe(first);
  // Another tab writes: the storage event makes this page read the new text.
  localStorage.setItem('mj_session', JSON.stringify({ id: 'b', last: 2, n: 2, pages: 1, source: { source: 'x', medium: 'y' } }));
  dispatchEvent(new StorageEvent('storage', { key: 'mj_session' }));
  expect(readState('session')).toMatchObject({ id: 'b', n: 2 });
  writeState('session', { id: 'c', last: 3, n: 3, pages: 0, source: { source: 'x', medium: 'y' } });
  expect(readState('session')).toMatchObject({ id: 'c' });
});
