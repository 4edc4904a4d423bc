import { fromJson, toJson } from './json';

const memory = new Map<string, string>();
let persist = true;

/**
 * What a stored value must look like: `''` a string of at most 200 characters (the collector's
 * limit for the names it holds), `0` a number, `true` a boolean, `null` a string or null, `{…}`
 * an object with at least those fields, a function its own test.
 */
export type Shape = string | number | boolean | null | ((value: any) => boolean) | { [field: string]: Shape };

export const fits = (value: any, shape: Shape): boolean =>
  shape === null
    ? value === null || fits(value, '')
    : typeof shape == 'function'
      ? shape(value)
      : typeof shape == 'object'
        ? !!value && typeof value == 'object' && Object.keys(shape).every((field) => fits(value[field], shape[field]))
        : typeof value == typeof shape && !(value.length > 200);

export const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
/** A source or a touch: a source and a medium, and nothing but short strings. */
export const isSource = (s: any) => fits(s, { source: '', medium: '' }) && Object.values(s).every((v) => fits(v, ''));

/** The shape of each value the core keeps; the chunks pass their own. */
/** Each stored key's shape; `journey`'s doubles as the empty journey. */
export const SHAPES: Record<string, Shape> = {
  aid: (id) => UUID.test(id),
  uid: '',
  traits: {},
  session: { id: '', last: 0, n: 0, pages: 0, source: isSource },
  touch: { first: isSource, last: isSource },
  journey: { sid: '', seq: 0, stage: null, name: null, step: null, open: {} },
  consent: true,
  privacy: {},
  cfg: '',
};

/** Told of a stored value that was not what the SDK wrote, once it was discarded. */
let onDiscard = (_key: string) => {};
export const setOnDiscard = (fn: (key: string) => void) => (onDiscard = fn);

/** Forgets a value another script, an extension or a manual edit mangled, and says so. */
function discard(key: string): undefined {
  memory.delete(key);
  try {
    localStorage.removeItem('mj_' + key);
  } catch {
    /* no localStorage: memory only */
  }
  onDiscard(key);
}

/**
 * Small JSON values under an `mj_` prefix in localStorage, shared by the site's tabs and read
 * synchronously. Until consent allows storing (`setPersist(false)`), or where localStorage
 * throws (sandboxed iframes, storage disabled), the values live in memory for this page only.
 * A value that is not JSON, or not of its key's shape, is discarded (so it is rebuilt).
 */
export function readState<T>(key: string, shape: Shape = SHAPES[key] ?? (() => true)): T | undefined {
  let raw: string | null | undefined = memory.get(key);
  try {
    raw ??= localStorage.getItem('mj_' + key);
  } catch {
    /* no localStorage: memory only */
  }
  if (!raw) return;
  try {
    const value = fromJson(raw);
    if (fits(value, shape)) return value;
  } catch {
    /* not JSON: discarded below */
  }
  return discard(key);
}

export function writeState(key: string, value: unknown): void {
  const raw = value === undefined ? undefined : toJson(value);
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
  if (on) for (const [key, raw] of [...memory]) writeState(key, fromJson(raw));
}

/**
 * Reads and removes every array stored under `mj_<prefix>…`: lists that pages write under
 * keys of their own (never read-modify-write one key from several tabs, which loses writes).
 * Items not of `shape`, and values that are not JSON arrays, are discarded.
 */
export function takeAll<T>(prefix: string, shape: Shape): T[] {
  const all: T[] = [];
  try {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('mj_' + prefix)) {
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
