import { fromJson, toJson } from './json';
import { fits, isSource, UUID, type Shape } from './shape';
import { PREFIX } from './storage-keys';

/**
 * What this page knows of each key, as stored (JSON, or null for none): read from localStorage
 * once, kept by every write, and forgotten when another tab writes it (the `storage` event), so
 * a call reads localStorage at most once per key and never writes a value that is already there.
 */
const known = new Map<string, string | null>();
/** Each key's last value read, with the text it was read from: a burst of calls parses and checks it once. Callers change a value only to write it. */
const parsed = new Map<string, [string, unknown]>();
/** Keys written while storing was not allowed (or localStorage refused): they live in `known` only. */
const unsaved = new Set<string>();
/** Off until consent is known to allow storing: nothing reaches localStorage before. */
let persist = false;
addEventListener('storage', ({ key }) => {
  for (const k of key ? [key.slice(3)] : [...known.keys()]) if (!unsaved.has(k)) known.delete(k);
});

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
  cfg: '',
};

/** Told of a stored value that was not what the SDK wrote, once it was discarded. */
let onDiscard = (_key: string) => {};
export const setOnDiscard = (fn: (key: string) => void) => (onDiscard = fn);

/** Forgets a value another script, an extension or a manual edit mangled, and says so. */
function discard(key: string): undefined {
  known.set(key, null);
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    /* no localStorage: memory only */
  }
  onDiscard(key);
}

/** Reads one key of the visitor's state: `readState`'s shape, as the chunks receive it from the core. */
export type ReadState = <T>(key: string, shape?: Shape) => T | undefined;

/**
 * Small JSON values under an `mj_` prefix in localStorage, shared by the site's tabs and read
 * synchronously. Until consent allows storing (`setPersist(false)`), or where localStorage
 * throws (sandboxed iframes, storage disabled), the values live in memory for this page only.
 * A value that is not JSON, or not of its key's shape, is discarded (so it is rebuilt).
 */
export function readState<T>(key: string, shape: Shape = SHAPES[key] ?? (() => true)): T | undefined {
  let raw = known.get(key);
  if (raw === undefined) {
    raw = null;
    try {
      raw = localStorage.getItem(PREFIX + key);
    } catch {
      /* no localStorage: memory only */
    }
    known.set(key, raw);
  }
  if (!raw) return;
  const last = parsed.get(key);
  if (last?.[0] === raw) return last[1] as T;
  try {
    const value = fromJson(raw);
    if (fits(value, shape)) return (parsed.set(key, [raw, value]), value);
  } catch {
    /* not JSON: discarded below */
  }
  return discard(key);
}

/** Stores a value (undefined removes it); `always` stores it even before consent (the decision itself). */
export function writeState(key: string, value: unknown, always?: boolean): void {
  const raw = value === undefined ? null : toJson(value);
  if (known.get(key) === raw && !unsaved.has(key)) return;
  known.set(key, raw);
  // Removing is always allowed: it stores nothing (a withdrawal forgets the visitor at once).
  if (raw && !persist && !always) return void unsaved.add(key);
  try {
    raw ? localStorage.setItem(PREFIX + key, raw) : localStorage.removeItem(PREFIX + key);
    unsaved.delete(key);
  } catch {
    unsaved.add(key);
  }
}

/** Whether values may go to localStorage; turning it on moves what waited in memory there. */
export function setPersist(on: boolean): void {
  persist = on;
  if (on) for (const key of unsaved) writeState(key, fromJson(known.get(key) || 'null') ?? undefined);
}
