import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { watchIdle } from '../../../src/moments/idle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('fires after `after` ms without pointer, key, scroll or touch; activity restarts it; stop removes it', () => {
  const fire = vi.fn();
  const { stop } = watchIdle(fire, 10_000);
  vi.advanceTimersByTime(8_000);
  dispatchEvent(new Event('keydown'));
  vi.advanceTimersByTime(8_000);
  expect(fire).not.toHaveBeenCalled();
  vi.advanceTimersByTime(2_000);
  expect(fire).toHaveBeenCalledWith('idle', { ms: 10_000 });
  stop();
  dispatchEvent(new Event('pointermove'));
  vi.advanceTimersByTime(20_000);
  expect(fire).toHaveBeenCalledTimes(1);
});
