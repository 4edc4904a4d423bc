import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { setPersist } from '../../src/lib/local-state';

beforeEach(() => {
  // Storing allowed (as without a privacy block), and what the last test kept in memory saved…
  setPersist(true);
  localStorage.clear();
  sessionStorage.clear();
  // …then forgotten: the state module hears of the clear as it would of another tab's.
  dispatchEvent(new StorageEvent('storage', { key: null }));
  // A new, empty IndexedDB: what an earlier test's instance left queued is not this test's.
  globalThis.indexedDB = new IDBFactory();
});
