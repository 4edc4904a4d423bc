import { expect, it, vi } from 'vitest';
import { watchRageClick } from '../../../src/moments/rage-click';

const click = (x: number, y: number, t: number) => {
  const e = new MouseEvent('click', { clientX: x, clientY: y, bubbles: true });
  Object.defineProperty(e, 'timeStamp', { value: t });
  document.body.dispatchEvent(e);
};

it('fires on three clicks within a second and 30 px, not on slow or scattered ones', () => {
  const fire = vi.fn();
  const { stop } = watchRageClick(fire);
  click(100, 100, 0);
  click(100, 100, 700);
  click(100, 100, 1500); // the first is too old by now
  expect(fire).not.toHaveBeenCalled();
  click(300, 300, 1600); // far away: the streak starts again
  click(102, 98, 1800);
  click(101, 99, 2000);
  expect(fire).not.toHaveBeenCalled();
  click(100, 100, 2200);
  expect(fire).toHaveBeenCalledWith('rage-click', { clicks: 3, target: 'body' });
  stop();
  for (const t of [5000, 5100, 5200]) click(10, 10, t);
  expect(fire).toHaveBeenCalledTimes(1);
});
