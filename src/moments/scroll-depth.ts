import type { Detector, Fire } from './types';

/** How far down the page the visitor has seen, 0–1. */
export const scrollDepth = () => {
  const height = document.documentElement.scrollHeight - innerHeight;
  return height <= 0 ? 1 : Math.min(1, scrollY / height);
};

/** Scroll depth: reports the deepest point seen on the page so far, each time it grows; `reset()` on a new route. */
export function watchScroll(fire: Fire): Detector {
  let deepest = 0;
  const scroll = () => {
    const depth = Math.round(scrollDepth() * 100) / 100;
    if (depth > deepest) fire('scroll', { depth: (deepest = depth) });
  };
  addEventListener('scroll', scroll, { passive: true });
  return { stop: () => removeEventListener('scroll', scroll), reset: () => (deepest = 0) };
}
