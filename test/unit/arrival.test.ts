import { describe, expect, it } from 'vitest';
import { classifyArrival, parseArrival } from '../../src/arrival';

const arrive = (url: string, referrer = '') => parseArrival(new URL(url), referrer);

describe('parseArrival', () => {
  it('reads utm_* parameters', () => {
    expect(arrive('https://shop.test/?utm_source=newsletter&utm_medium=email&utm_campaign=nov&utm_content=hero')).toEqual({
      source: 'newsletter',
      medium: 'email',
      campaign: 'nov',
      content: 'hero',
    });
  });

  it('marks a source without a medium; a medium without a source names no source', () => {
    expect(arrive('https://shop.test/?utm_source=partner')).toMatchObject({ source: 'partner', medium: '(none)' });
    expect(arrive('https://shop.test/?utm_medium=cpc')).toEqual({ source: '(direct)', medium: '(none)' });
  });

  it.each([
    ['gclid', 'google', 'cpc'],
    ['msclkid', 'bing', 'cpc'],
    ['fbclid', 'facebook', 'social'],
    ['ttclid', 'tiktok', 'cpc'],
    ['li_fat_id', 'linkedin', 'cpc'],
  ])('reads the click id %s as %s / %s', (param, source, medium) => {
    expect(arrive(`https://shop.test/p?${param}=abc123`)).toEqual({ source, medium, [param]: 'abc123' });
  });

  it('keeps the click id next to utm_* when both are there', () => {
    expect(arrive('https://shop.test/?utm_source=google&utm_medium=cpc&gclid=x1')).toEqual({ source: 'google', medium: 'cpc', gclid: 'x1' });
  });

  it('leaves another site as a referral for the referrers chunk to classify', () => {
    expect(arrive('https://shop.test/', 'https://www.google.co.uk/search?q=x')).toEqual({ source: 'google.co.uk', medium: 'referral' });
  });

  it('is direct with no referrer, and null for a navigation inside the site', () => {
    expect(arrive('https://shop.test/')).toEqual({ source: '(direct)', medium: '(none)' });
    expect(arrive('https://shop.test/b', 'https://shop.test/a')).toBeNull();
  });
});

describe("classifyArrival: the arrival a call's page shows", () => {
  const page = (url: string, referrer = '') => ({ url, path: new URL(url).pathname, title: '', referrer });

  it('reads the cleaned URL and referrer a call kept, and classifies another site', () => {
    expect(classifyArrival(page('https://shop.test/?utm_source=newsletter&utm_medium=email'))).toEqual({ source: 'newsletter', medium: 'email' });
    expect(classifyArrival(page('https://shop.test/', 'https://www.google.co.uk/'))).toEqual({ source: 'google', medium: 'organic' });
    expect(classifyArrival(page('https://shop.test/?utm_medium=cpc', 'https://shop.test/a'))).toBeNull();
  });
});
