import { fromJson } from './json';
import { fits, type Shape } from './shape';
import { PREFIX } from './storage-keys';

/**
 * Reads and removes every array stored under `mj_<prefix>…`: lists that pages write under
 * keys of their own (never read-modify-write one key from several tabs, which loses writes).
 * Items not of `shape`, and values that are not JSON arrays, are discarded, and `onDiscard` told.
 */
export function takeAll<T>(prefix: string, shape: Shape, onDiscard = (_key: string) => {}): T[] {
  const all: T[] = [];
  try {
    for (const key of Object.keys(localStorage))
      if (key.startsWith(PREFIX + prefix)) {
        let items: any;
        try {
          items = fromJson(localStorage.getItem(key)!);
        } catch {
          /* not JSON: discarded */
        }
        localStorage.removeItem(key);
        const kept: T[] = Array.isArray(items) ? items.filter((item) => fits(item, shape)) : [];
        if (kept.length != items?.length) onDiscard(key.slice(3));
        all.push(...kept);
      }
  } catch {
    /* no localStorage: nothing to take */
  }
  return all;
}

/** Whether any key `mj_<prefix>…` is stored: what `takeAll` would read, without loading it. */
export function hasStored(prefix: string): boolean | void {
  try {
    return Object.keys(localStorage).some((key) => key.startsWith(PREFIX + prefix));
  } catch {
    /* no localStorage: nothing stored */
  }
}
