import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { setPersist } from '../../src/lib/local-state';

beforeEach(() => {
  // Storing allowed (as without a privacy block), and what the last test kept in memory saved…
  setPersist(true);
  localStorage.clear();
  sessionStorage.clear();
  // …then forgotten: the state module hears of the clear as it would of another tab's.
  dispatchEvent(new StorageEvent('storage', { key: null }));
});
