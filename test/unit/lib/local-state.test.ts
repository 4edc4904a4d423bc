import { expect, it, vi } from 'vitest';
import { readState, writeState } from '../../../src/lib/local-state';

it('keeps JSON values under an mj_ prefix, and removes undefined', () => {
  writeState('x', { a: 1 });
  expect(localStorage.getItem('mj_x')).toBe('{"a":1}');
  expect(readState('x')).toEqual({ a: 1 });
  writeState('x', undefined);
  expect(localStorage.getItem('mj_x')).toBeNull();
});

it('treats a mangled value as absent, and falls back to memory when storage throws', () => {
  localStorage.setItem('mj_bad', '{nope');
  expect(readState('bad')).toBeUndefined();
  const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  const get = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  writeState('y', 5);
  expect(readState('y')).toBe(5);
  spy.mockRestore();
  get.mockRestore();
});
