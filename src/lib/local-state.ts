const memory = new Map<string, string>();
let persist = true;

/**
 * Small JSON values under an `mj_` prefix in localStorage, shared by the site's tabs and read
 * synchronously. Until consent allows storing (`setPersist(false)`), or where localStorage
 * throws (sandboxed iframes, storage disabled), the values live in memory for this page only.
 */
export function readState<T>(key: string): T | undefined {
  let raw: string | null | undefined = memory.get(key);
  try {
    raw ??= localStorage.getItem('mj_' + key);
  } catch {
    /* no localStorage: memory only */
  }
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined; // a value another script mangled is treated as absent
  }
}

export function writeState(key: string, value: unknown): void {
  const raw = value === undefined ? undefined : JSON.stringify(value);
  memory.delete(key);
  try {
    if (!persist) throw 0;
    raw ? localStorage.setItem('mj_' + key, raw) : localStorage.removeItem('mj_' + key);
  } catch {
    if (raw) memory.set(key, raw);
  }
}

/** Whether values may go to localStorage; turning it on moves what waited in memory there. */
export function setPersist(on: boolean): void {
  persist = on;
  if (on) for (const [key, raw] of [...memory]) writeState(key, JSON.parse(raw));
}

/**
 * Reads and removes every array stored under `mj_<prefix>…`: lists that pages write under
 * keys of their own (never read-modify-write one key from several tabs, which loses writes).
 */
export function takeAll<T>(prefix: string): T[] {
  const all: T[] = [];
  try {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('mj_' + prefix)) {
        all.push(...JSON.parse(localStorage[key]));
        localStorage.removeItem(key);
      }
  } catch {
    /* no localStorage, or a mangled value: nothing to take */
  }
  return all;
}
