const UNITS: Record<string, number> = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };

/**
 * Milliseconds in a duration written `500ms`, `2s`, `30m`, `1h` or `7d` (a bare number is
 * milliseconds). Returns `NaN` for anything else, so callers can name the bad value.
 */
export function parseDuration(value: unknown): number {
  if (typeof value === 'number') return value >= 0 ? value : NaN;
  const m = typeof value == 'string' && /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(value.trim());
  return m ? +m[1]! * UNITS[m[2]!]! : NaN;
}
