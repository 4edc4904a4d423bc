import { expect, it, vi } from 'vitest';
import { watchScroll } from '../../../src/moments/scroll-depth';

it('reports the deepest point seen, each time it grows, and again after reset()', () => {
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: 2000, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: 1000, configurable: true });
  const fire = vi.fn();
  const scroll = watchScroll(fire);
  const to = (y: number) => {
    Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
    dispatchEvent(new Event('scroll'));
  };
  to(500);
  to(200); // back up: nothing new
  to(750);
  expect(fire.mock.calls).toEqual([
    ['scroll', { depth: 0.5 }],
    ['scroll', { depth: 0.75 }],
  ]);
  scroll.reset();
  to(100);
  expect(fire).toHaveBeenLastCalledWith('scroll', { depth: 0.1 });
  scroll.stop();
  to(1000);
  expect(fire).toHaveBeenCalledTimes(3);
});
