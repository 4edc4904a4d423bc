import type { Detector, Fire } from './types';

/**
 * Exit intent. Desktop: the pointer leaves the page through its top edge (towards the tabs and
 * the address bar), once the visitor has been on the page `minDwell` ms. Mobile, where there is
 * no pointer to watch: a fast scroll back up (`minSpeed` px/ms over at least 30% of the
 * viewport: looking for the browser's bar), or coming back to the page after it was hidden
 * for `hiddenFor` ms (they went to another app or tab and returned).
 */
export function watchExitIntent(fire: Fire, { minDwell = 3000, hiddenFor = 10_000, minSpeed = 1.2 } = {}): Detector {
  const start = Date.now();
  let hiddenAt = 0;
  let lastY = scrollY;
  let lastT = performance.now();
  let upFrom = scrollY;
  const out = (e: MouseEvent) => {
    if (!e.relatedTarget && e.clientY <= 0 && Date.now() - start >= minDwell) fire('exit-intent', { how: 'pointer' });
  };
  const scroll = () => {
    const y = scrollY;
    const t = performance.now();
    const speed = (lastY - y) / Math.max(1, t - lastT);
    if (y >= lastY || speed < minSpeed) upFrom = y > lastY ? y : upFrom;
    else if (upFrom - y > innerHeight * 0.3 && Date.now() - start >= minDwell) {
      upFrom = y;
      fire('exit-intent', { how: 'scroll-up' });
    }
    lastY = y;
    lastT = t;
  };
  const visibility = () => {
    if (document.visibilityState == 'hidden') hiddenAt = Date.now();
    else if (hiddenAt && Date.now() - hiddenAt >= hiddenFor) fire('exit-intent', { how: 'return' });
  };
  document.addEventListener('mouseout', out, { passive: true });
  addEventListener('scroll', scroll, { passive: true });
  document.addEventListener('visibilitychange', visibility);
  return {
    stop() {
      document.removeEventListener('mouseout', out);
      removeEventListener('scroll', scroll);
      document.removeEventListener('visibilitychange', visibility);
    },
  };
}
