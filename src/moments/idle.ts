import type { Detector, Fire } from './types';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'scroll', 'touchstart'];

/** Idle: no pointer, key, scroll or touch for `after` ms. Each activity restarts one timer. */
export function watchIdle(fire: Fire, after: number): Detector {
  let timer: ReturnType<typeof setTimeout>;
  const active = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fire('idle', { ms: after }), after);
  };
  active();
  for (const type of ACTIVITY) addEventListener(type, active, { passive: true, capture: true });
  return {
    stop() {
      clearTimeout(timer);
      for (const type of ACTIVITY) removeEventListener(type, active, { capture: true });
    },
  };
}
