import { holdsHere } from './lib/match-url';
import { parseDuration } from './lib/parse-duration';
import { watchDwell } from './moments/dwell';
import { watchExitIntent } from './moments/exit-intent';
import { watchIdle } from './moments/idle';
import { watchRageClick } from './moments/rage-click';
import { watchScroll } from './moments/scroll-depth';
import type { Detector, Fire } from './moments/types';
import { watchVitals, type VitalsModule } from './moments/vitals';
import type { Trigger } from './types';

/** Whether a trigger's URL condition holds here; one that cannot be tested (a config used unchecked) counts, and its evaluation reports it. */
function holdsHereIfTestable(t: Trigger) {
  try {
    return holdsHere(t.url);
  } catch {
    return true;
  }
}

/** The shortest of the durations given, or undefined when none is. */
function least(values: (string | undefined)[]) {
  const ms = values.map((v) => parseDuration(v)).filter((v) => v >= 0);
  return ms.length ? Math.min(...ms) : undefined;
}

/**
 * Attaches each moment detector only when some trigger needs it (exit intent, scroll, rage
 * clicks, vitals, dwell and idle per duration). `stop()` removes them all; `newPage()` restarts
 * those that count per page view (scroll depth, dwell). Vitals wait for a page on which a
 * vitals trigger's URL condition holds: web-vitals (8 KB) is not loaded for the others.
 */
export function attachDetectors(triggers: Trigger[], fire: Fire, loadVitals: () => Promise<VitalsModule>) {
  const detectors: Detector[] = [];
  const exits = triggers.filter((t) => t.on == 'exit-intent');
  if (exits.length)
    detectors.push(watchExitIntent(fire, { minDwell: least(exits.map((t) => t.minDwell)) ?? 3000, hiddenFor: least(exits.map((t) => t.hiddenFor)) ?? 10_000 }));
  if (triggers.some((t) => t.on == 'scroll')) detectors.push(watchScroll(fire));
  if (triggers.some((t) => t.on == 'rage-click')) detectors.push(watchRageClick(fire));
  const vitals = triggers.filter((t) => t.on == 'vitals');
  let watchingVitals = false;
  const watchVitalsHere = () => {
    if (watchingVitals || !vitals.some(holdsHereIfTestable)) return;
    watchingVitals = true;
    detectors.push(watchVitals(fire, loadVitals));
  };
  watchVitalsHere();
  for (const after of new Set(triggers.filter((t) => t.on == 'dwell').map((t) => parseDuration(t.after)))) detectors.push(watchDwell(fire, after));
  for (const after of new Set(triggers.filter((t) => t.on == 'idle').map((t) => parseDuration(t.after)))) detectors.push(watchIdle(fire, after));
  return {
    stop: () => detectors.forEach((d) => d.stop()),
    newPage: () => (detectors.forEach((d) => d.reset?.()), watchVitalsHere()),
  };
}
