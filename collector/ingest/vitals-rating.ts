/** web-vitals thresholds: [good up to, needs improvement up to]; above is poor. */
const THRESHOLDS: Record<string, [number, number]> = { lcp: [2500, 4000], inp: [200, 500], cls: [0.1, 0.25] };
const RATINGS = ['good', 'needs-improvement', 'poor'];

/**
 * The worst rating of the vitals an answer carries (`good`, `needs-improvement`, `poor`), by the
 * web-vitals thresholds (shared/REPORT.md); null when it carries none.
 */
export function vitalsRating(vitals: unknown): string | null {
  if (!vitals || typeof vitals != 'object') return null;
  let worst = -1;
  for (const [metric, [good, fair]] of Object.entries(THRESHOLDS)) {
    const value = (vitals as Record<string, unknown>)[metric];
    if (typeof value != 'number' || !Number.isFinite(value)) continue;
    worst = Math.max(worst, value <= good ? 0 : value <= fair ? 1 : 2);
  }
  return worst < 0 ? null : RATINGS[worst];
}
