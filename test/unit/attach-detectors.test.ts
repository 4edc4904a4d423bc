import { afterEach, expect, it, vi } from 'vitest';
import { attachDetectors } from '../../src/attach-detectors';
import type { VitalsModule } from '../../src/moments/vitals';

const at = (path: string) => history.replaceState(null, '', path);
/** web-vitals as the detector sees it: reporters that never report here. */
const vitalsChunk = (): VitalsModule => ({ onLCP: () => {}, onINP: () => {}, onCLS: () => {} });

afterEach(() => at('/'));

it('loads web-vitals only on a page where a vitals trigger can fire, once, and from a later route on', async () => {
  at('/help/returns');
  const load = vi.fn(async () => vitalsChunk());
  const detectors = attachDetectors([{ on: 'vitals', url: '/products/*' }], () => {}, load);
  expect(load).not.toHaveBeenCalled();
  detectors.newPage(); // another route, still no product page
  expect(load).not.toHaveBeenCalled();
  at('/products/blue-mug');
  detectors.newPage();
  detectors.newPage();
  expect(load).toHaveBeenCalledTimes(1);
  detectors.stop();
});

it('a URL condition that cannot be tested does not throw: web-vitals loads, and the evaluation reports it', () => {
  const load = vi.fn(async () => vitalsChunk());
  expect(() => attachDetectors([{ on: 'vitals', url: { regex: '(' } }], () => {}, load).stop()).not.toThrow();
  expect(load).toHaveBeenCalledTimes(1);
});

it('a vitals trigger without a URL condition loads web-vitals at once; no vitals trigger, never', () => {
  const load = vi.fn(async () => vitalsChunk());
  attachDetectors([{ on: 'vitals' }], () => {}, load).stop();
  expect(load).toHaveBeenCalledTimes(1);
  const none = vi.fn(async () => vitalsChunk());
  const detectors = attachDetectors([{ on: 'scroll' }], () => {}, none);
  detectors.newPage();
  expect(none).not.toHaveBeenCalled();
  detectors.stop();
});
