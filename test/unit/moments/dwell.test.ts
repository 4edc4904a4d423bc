import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { watchDwell } from '../../../src/moments/dwell';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('fires once the visitor stayed `after` ms on the page, restarting on a new page, and stops', () => {
  const fire = vi.fn();
  const dwell = watchDwell(fire, 30_000);
  vi.advanceTimersByTime(20_000);
  dwell.reset!(); // a route change
  vi.advanceTimersByTime(20_000);
  expect(fire).not.toHaveBeenCalled();
  vi.advanceTimersByTime(10_000);
  expect(fire).toHaveBeenCalledWith('dwell', { ms: 30_000 });
  dwell.reset!();
  dwell.stop();
  vi.advanceTimersByTime(60_000);
  expect(fire).toHaveBeenCalledTimes(1);
});
