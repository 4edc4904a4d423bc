import type { Detector, Fire } from './types';

type OnMetric = (report: (metric: { name: string; value: number; rating: string }) => void, options: { reportAllChanges: boolean }) => void;
/** web-vitals' reporters, from the vitals chunk. */
export interface VitalsModule {
  onLCP: OnMetric;
  onINP: OnMetric;
  onCLS: OnMetric;
}

/**
 * Poor web vitals: fires when LCP, INP or CLS is rated "poor" by the web-vitals thresholds
 * (LCP > 4 s, INP > 500 ms, CLS > 0.25), once per metric. web-vitals is loaded (`load`) only
 * when a rule waits for vitals; its observers cannot be removed, so `stop()` silences them.
 */
export function watchVitals(fire: Fire, load: () => Promise<VitalsModule>): Detector {
  let on = true;
  const fired = new Set<string>();
  load()
    .then(({ onLCP, onINP, onCLS }) => {
      const report = ({ name, value, rating }: { name: string; value: number; rating: string }) => {
        if (on && rating == 'poor' && !fired.has(name)) (fired.add(name), fire('vitals', { metric: name, value: Math.round(value * 1000) / 1000 }));
      };
      for (const onMetric of [onLCP, onINP, onCLS]) onMetric(report, { reportAllChanges: true });
    })
    .catch(() => {
      /* the chunk did not load (reported by the loader): no vitals moments */
    });
  return { stop: () => void (on = false) };
}
