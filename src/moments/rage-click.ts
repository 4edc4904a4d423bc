import type { Detector, Fire } from './types';

/** Rage clicks: at least `count` clicks within `within` ms and `radius` px of each other. */
export function watchRageClick(fire: Fire, { count = 3, within = 1000, radius = 30 } = {}): Detector {
  let clicks: { x: number; y: number; t: number }[] = [];
  const click = (e: MouseEvent) => {
    const now = e.timeStamp;
    clicks = clicks.filter((c) => now - c.t <= within && Math.hypot(c.x - e.clientX, c.y - e.clientY) <= radius);
    clicks.push({ x: e.clientX, y: e.clientY, t: now });
    if (clicks.length >= count) {
      const target = e.target as Element | null;
      fire('rage-click', { clicks: clicks.length, target: target?.id ? `#${target.id}` : target?.tagName?.toLowerCase() });
      clicks = [];
    }
  };
  document.addEventListener('click', click, { capture: true, passive: true });
  return { stop: () => document.removeEventListener('click', click, { capture: true }) };
}
