import type { Fire } from './types';

/**
 * Dwell: the visitor has been on the page (this route) for `after` ms. One timer, restarted by
 * `restart()` on each page view; nothing polls.
 */
export function watchDwell(fire: Fire, after: number) {
  let timer: ReturnType<typeof setTimeout>;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fire('dwell', { ms: after }), after);
  };
  restart();
  return { restart, stop: () => clearTimeout(timer) };
}
