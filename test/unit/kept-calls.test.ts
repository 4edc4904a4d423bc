import { afterEach, expect, it, vi } from 'vitest';
import { takeKeptCalls } from '../../src/kept-calls';
import { hasStored } from '../../src/lib/take-all';

const page = { url: 'https://shop.example/a', path: '/a', title: '', referrer: '' };
const commands = { track: () => {}, page: () => {} };

afterEach(() => localStorage.clear());

it('takes the calls earlier pages kept, each as it was kept, and removes them', () => {
  const track = ['track', ['added', { n: 1 }], 1_700_000_000_000, page, null];
  const arrival = ['page', ['https://shop.example/a'], 1_700_000_000_001, page, { source: 'partner', medium: 'referral' }];
  localStorage.setItem('mj_early1', JSON.stringify([track]));
  localStorage.setItem('mj_early2', JSON.stringify([arrival]));
  localStorage.setItem('mj_other', '1');
  const report = vi.fn();
  expect(hasStored('early')).toBe(true);
  expect(takeKeptCalls(commands, report).sort((a, b) => a[2] - b[2])).toEqual([track, arrival]);
  expect(report).not.toHaveBeenCalled();
  expect(hasStored('early')).toBe(false);
  expect(localStorage.getItem('mj_other')).toBe('1');
});

it('leaves out what is not a call of a known command, and reports the key it was under', () => {
  const call = (...overrides: unknown[]) => Object.assign(['track', ['x'], 1, page, null], overrides);
  const wrong = [
    call('toString'), // a prototype name, not a command
    call('erase'),
    call(undefined, 'x'), // arguments not a list
    call(undefined, undefined, '1'), // time not a number
    call(undefined, undefined, undefined, null), // no page
    call(undefined, undefined, undefined, undefined, { source: 1 }), // not an arrival
  ];
  localStorage.setItem('mj_early7', JSON.stringify([...wrong, call()]));
  const report = vi.fn();
  expect(takeKeptCalls(commands, report)).toEqual([call()]);
  expect(report.mock.calls).toEqual([['stored', 'early7']]);
});

it('finds nothing stored where localStorage throws', () => {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  expect(hasStored('early')).toBeFalsy();
  vi.restoreAllMocks();
});
