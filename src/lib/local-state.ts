const memory = new Map<string, string>();

/**
 * Small JSON values in localStorage under an `mj_` prefix, shared by the site's tabs and read
 * synchronously. Where localStorage throws (sandboxed iframes, storage disabled) the values
 * live in memory for this page only.
 */
export function readState<T>(key: string): T | undefined {
  let raw: string | null | undefined;
  try {
    raw = localStorage.getItem('mj_' + key);
  } catch {
    raw = memory.get(key);
  }
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined; // a value another script mangled is treated as absent
  }
}

export function writeState(key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  try {
    if (value === undefined) localStorage.removeItem('mj_' + key);
    else localStorage.setItem('mj_' + key, raw);
  } catch {
    if (value === undefined) memory.delete(key);
    else memory.set(key, raw);
  }
}
