import { expect, it, vi } from 'vitest';
import { openIdbStore, probeIdb } from '../../src/idb-store';
import type { MjEvent } from '../../src/types';

const rec = (id: string) => ({ e: { id, type: 'track', ts: '2026-11-22T10:00:00.000Z' } as MjEvent, lease: 0 });

it('stores records in IndexedDB and updates them in one transaction', async () => {
  const store = openIdbStore();
  expect(await probeIdb(store)).toBe(true);
  await store.put([rec('a'), rec('b'), rec('c')]);
  const seen = await store.update((recs) => ({ put: [{ ...recs[0]!, lease: 9 }], del: ['c'], result: recs.map((r) => r.e.id).sort() }));
  expect(seen).toEqual(['a', 'b', 'c']);
  expect(await store.update((recs) => ({ result: recs.map((r) => [r.e.id, r.lease]) }))).toEqual([
    ['a', 9],
    ['b', 0],
  ]);
  await store.remove(['a', 'b']);
  expect(await store.update((recs) => ({ result: recs.length }))).toBe(0);
});

it('a probe that hangs fails after its timeout', async () => {
  const hanging = { probe: () => new Promise<void>(() => {}) };
  expect(await probeIdb(hanging, 50)).toBe(false);
});

it('a probe writes and deletes its record in one transaction, leaves nothing, and fails when writes fail', async () => {
  const store = openIdbStore();
  localStorage.clear();
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
  expect(await probeIdb(store)).toBe(true);
  // Creating the database is a versionchange transaction (fake-indexeddb opens it through the same method).
  expect(transaction.mock.calls.map(([, mode]) => mode).filter((mode) => mode != 'versionchange')).toEqual(['readwrite']);
  transaction.mockRestore();
  // No crash copy: a probe has nothing to lose.
  expect(setItem).not.toHaveBeenCalled();
  expect(await store.update((recs) => ({ result: recs.length }))).toBe(0);
  const refusing = { probe: () => Promise.reject(new DOMException('refused', 'QuotaExceededError')) };
  expect(await probeIdb(refusing)).toBe(false);
  setItem.mockRestore();
});

it('keeps the records of a write in localStorage until it commits, for the next page should a crash abort it', async () => {
  const store = openIdbStore();
  localStorage.clear();
  const writing = store.put([rec('j1'), rec('j2')]);
  // Synchronously, before IndexedDB has done anything: what a renderer crash would leave.
  expect(JSON.parse(localStorage.getItem('mj_qwj1')!).map((r: { e: MjEvent }) => r.e.id)).toEqual(['j1', 'j2']);
  await writing;
  expect(Object.keys(localStorage)).toEqual([]);
  expect(await store.update((recs) => ({ result: recs.map((r) => r.e.id).sort() }))).toEqual(['j1', 'j2']);
  await store.remove(['j1', 'j2']);
});
