type Entry = PerformanceEntry & { value?: number; hadRecentInput?: boolean; renderTime?: number; loadTime?: number };

/** The buffered performance entries of a type so far (none where the browser lacks the type). */
function entries(type: string): Entry[] {
  try {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type, buffered: true });
    const list = observer.takeRecords() as Entry[];
    observer.disconnect();
    return list;
  } catch {
    return [];
  }
}

const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The page's web vitals so far, sent with a response so feedback can be read against them: LCP
 * (ms, the latest largest-contentful-paint), CLS (the sum of layout shifts without recent input
 * — not web-vitals' session windows) and the longest interaction so far as an INP estimate
 * (ms). Each only where the browser reports it.
 */
export function vitalsSoFar(): Record<string, number> {
  const vitals: Record<string, number> = {};
  const lcp = entries('largest-contentful-paint').pop();
  if (lcp) vitals.lcp = round(lcp.startTime);
  const shifts = entries('layout-shift').filter((e) => !e.hadRecentInput);
  if (shifts.length || 'PerformanceObserver' in globalThis)
    vitals.cls = round(
      shifts.reduce((sum, e) => sum + (e.value || 0), 0),
      3,
    );
  const events = entries('event');
  if (events.length) vitals.inp = Math.max(...events.map((e) => e.duration));
  return vitals;
}
