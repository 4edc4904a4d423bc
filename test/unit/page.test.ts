import { expect, it } from 'vitest';
import { cleanReferrer, cleanUrl } from '../../src/page';

it('keeps only attribution parameters and drops the hash', () => {
  expect(cleanUrl(new URL('https://shop.test/p?email=a@b.c&utm_source=x&token=1&gclid=g#access_token=t'))).toBe('https://shop.test/p?utm_source=x&gclid=g');
});

it('records another site only by its origin', () => {
  expect(cleanReferrer('https://search.example/q?query=private+words')).toBe('https://search.example/');
  expect(cleanReferrer(`${location.origin}/cart?coupon=SECRET&utm_medium=email`)).toBe(`${location.origin}/cart?utm_medium=email`);
  expect(cleanReferrer('')).toBe('');
});
