import type { Detector, Fire } from './types';

/**
 * Dwell: the visitor has been on the page (this route) for `after` ms. One timer, restarted by
 * `restart()` on each page view; nothing polls.
 */
export function watchDwell(fire: Fire, after: number): Detector {
  let timer: ReturnType<typeof setTimeout>;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fire('dwell', { ms: after }), after);
  };
  restart();
  return { reset: restart, stop: () => clearTimeout(timer) };
}
