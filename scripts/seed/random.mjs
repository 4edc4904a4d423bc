/**
 * A seeded random source (mulberry32): the same seed gives the same visitors, run after run,
 * whatever the machine. Everything a visitor will do is drawn up front from it.
 */
export function createRandom(seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = {
    next,
    /** True with probability `p`. */
    chance: (p) => next() < p,
    /** A whole number from `min` to `max`, both included. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    /** One of `[value, weight]` pairs, by weight. */
    weighted(pairs) {
      let draw = next() * pairs.reduce((sum, [, w]) => sum + w, 0);
      for (const [value, weight] of pairs) if ((draw -= weight) < 0) return value;
      return pairs.at(-1)[0];
    },
    /** A random UUID (version 4 layout), for handoff ids. */
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
      hex[12] = '4';
      hex[16] = '89ab'[Math.floor(next() * 4)];
      return hex.join('').replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
    },
  };
  return random;
}
