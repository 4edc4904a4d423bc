const UNITS: Record<string, number> = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };

/**
 * Milliseconds in a duration written `500ms`, `2s`, `1.5h`, `30m` or `7d`. Returns `NaN` for
 * anything else, so callers can name the bad value.
 */
export function parseDuration(value: unknown): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(value as string);
  return m ? +m[1]! * UNITS[m[2]!]! : NaN;
}
