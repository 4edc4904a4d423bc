import { expect, it } from 'vitest';
import { moveLeftovers, openLocalStore } from '../../src/local-store';
import { createMemoryStore } from '../../src/store';
import type { MjEvent } from '../../src/types';

const rec = (id: string) => ({ e: { id, type: 'track', ts: '2026-11-22T10:00:00.000Z' } as MjEvent, lease: 0 });

it('keeps records in one localStorage value, updated atomically', async () => {
  const store = openLocalStore();
  await store.put([rec('a'), rec('b')]);
  expect(await store.update((recs) => ({ put: [{ ...recs[0]!, lease: 5 }], del: ['b'], result: recs.length }))).toBe(2);
  expect(JSON.parse(localStorage.getItem('mj_q')!)).toEqual([{ ...rec('a'), lease: 5 }]);
  await store.remove(['a']);
  expect(localStorage.getItem('mj_q')).toBeNull();
});

it('hands back its leftovers, and those pages kept at exit, once IndexedDB works again', async () => {
  await openLocalStore().put([rec('x')]);
  localStorage.setItem('mj_q0193abc', JSON.stringify([rec('y')]));
  localStorage.setItem('mj_session', '{}');
  const idb = createMemoryStore();
  await moveLeftovers(idb);
  expect(await idb.update((recs) => ({ result: recs.map((r) => r.e.id).sort() }))).toEqual(['x', 'y']);
  expect(Object.keys(localStorage)).toEqual(['mj_session']);
});

it('keeps the leftovers when writing them fails, for the next page', async () => {
  localStorage.setItem('mj_q0193abc', JSON.stringify([rec('y')]));
  const failing = { ...createMemoryStore(), put: () => Promise.reject(new Error('aborted')) };
  await expect(moveLeftovers(failing)).rejects.toThrow('aborted');
  expect(localStorage.getItem('mj_q0193abc')).toBe(JSON.stringify([rec('y')]));
});
