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

it('computes the page context once per page, and again when the URL, the referrer or the title change', async () => {
  const { getPage } = await import('../../src/page');
  history.replaceState(null, '', '/first?email=a@b.c');
  document.title = 'First';
  const first = getPage('');
  expect(getPage('')).toBe(first);
  expect(first).toMatchObject({ path: '/first', title: 'First', referrer: '' });
  document.title = 'Renamed';
  expect(getPage('')).toMatchObject({ path: '/first', title: 'Renamed' });
  history.replaceState(null, '', '/second');
  expect(getPage('')).toMatchObject({ path: '/second', url: `${location.origin}/second` });
  expect(getPage(`${location.origin}/first`)).toMatchObject({ path: '/second', referrer: `${location.origin}/first` });
});
