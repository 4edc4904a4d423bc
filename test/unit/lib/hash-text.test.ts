import { expect, it } from 'vitest';
import { hashText } from '../../../src/lib/hash-text';

it('is FNV-1a 32: stable, and different for different texts', () => {
  expect(hashText('')).toBe('811c9dc5');
  expect(hashText('a')).toBe('e40c292c');
  expect(hashText('{"a":1}')).not.toBe(hashText('{"a":2}'));
});
