import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { watchExitIntent } from '../../../src/moments/exit-intent';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const leave = (clientY: number) => document.dispatchEvent(new MouseEvent('mouseout', { clientY, relatedTarget: null, bubbles: true }));

it('desktop: the pointer leaving through the top counts after the minimum dwell, not through a side', () => {
  const fire = vi.fn();
  const { stop } = watchExitIntent(fire, { minDwell: 3000 });
  leave(0);
  expect(fire).not.toHaveBeenCalled();
  vi.advanceTimersByTime(3000);
  leave(400); // out through a side
  expect(fire).not.toHaveBeenCalled();
  leave(-5);
  expect(fire).toHaveBeenCalledWith('exit-intent', { how: 'pointer' });
  stop();
  leave(-5);
  expect(fire).toHaveBeenCalledTimes(1);
});

it('mobile: coming back after the page was hidden long enough', () => {
  const fire = vi.fn();
  const { stop } = watchExitIntent(fire, { hiddenFor: 10_000 });
  const visibility = (state: string) => {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  };
  visibility('hidden');
  vi.advanceTimersByTime(3000);
  visibility('visible');
  expect(fire).not.toHaveBeenCalled();
  visibility('hidden');
  vi.advanceTimersByTime(12_000);
  visibility('visible');
  expect(fire).toHaveBeenCalledWith('exit-intent', { how: 'return' });
  stop();
});
