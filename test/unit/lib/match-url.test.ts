import { describe, expect, it } from 'vitest';
import { holdsHere, matchUrl } from '../../../src/lib/match-url';

const at = (path: string) => new URL(`https://shop.test${path}`);

describe('matchUrl', () => {
  it('matches globs on the path: * within a segment, ** across', () => {
    expect(matchUrl('/products/*', at('/products/42'))).toBe(true);
    expect(matchUrl('/products/*', at('/products/42/reviews'))).toBe(false);
    expect(matchUrl('/products/**', at('/products/42/reviews'))).toBe(true);
    expect(matchUrl('/help', at('/help'))).toBe(true);
    expect(matchUrl('/help', at('/help/faq'))).toBe(false);
    expect(matchUrl('/a.b', at('/aXb'))).toBe(false); // the dot is literal
  });

  it('matches regexes, and the whole URL when the pattern names a scheme', () => {
    expect(matchUrl({ regex: '^/p/\\d+$' }, at('/p/12'))).toBe(true);
    expect(matchUrl({ regex: '^/p/\\d+$' }, at('/p/x'))).toBe(false);
    expect(matchUrl('https://shop.test/checkout/*', at('/checkout/done'))).toBe(true);
  });

  it('combines include and exclude lists', () => {
    const cond = { include: ['/help/*', '/faq'], exclude: [{ regex: 'draft' }] };
    expect(matchUrl(cond, at('/help/returns'))).toBe(true);
    expect(matchUrl(cond, at('/help/draft-1'))).toBe(false);
    expect(matchUrl(cond, at('/blog'))).toBe(false);
    expect(matchUrl({ exclude: ['/admin/**'] }, at('/blog'))).toBe(true);
  });

  it('holdsHere tests a condition against the current page, and no condition holds everywhere', () => {
    history.replaceState(null, '', '/help/returns?x=1');
    expect(holdsHere(undefined)).toBe(true);
    expect(holdsHere('/help/*')).toBe(true);
    expect(holdsHere({ include: ['/faq'] })).toBe(false);
    history.replaceState(null, '', '/');
    expect(holdsHere('/help/*')).toBe(false);
  });
});
