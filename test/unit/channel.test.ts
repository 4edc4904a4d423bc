import { describe, expect, it } from 'vitest';
import { getChannel, readArrival, readTouchpoint, recordTouch } from '../../src/channel';

const arrive = (url: string, referrer = '') => readArrival(new URL(url), referrer);

describe('readArrival', () => {
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

describe('readTouchpoint', () => {
  it('defaults to web, then the config, and mj_tp wins and is remembered for the tab', () => {
    expect(readTouchpoint(new URL('https://shop.test/'))).toBe('web');
    expect(readTouchpoint(new URL('https://shop.test/'), 'kiosk')).toBe('kiosk');
    expect(readTouchpoint(new URL('https://shop.test/?mj_tp=app'), 'kiosk', true)).toBe('app');
    expect(readTouchpoint(new URL('https://shop.test/next'), 'kiosk')).toBe('app');
  });

  it('remembers nothing before consent allows storing', () => {
    expect(readTouchpoint(new URL('https://shop.test/?mj_tp=app'), 'kiosk', false)).toBe('app');
    expect(sessionStorage.length).toBe(0);
    expect(readTouchpoint(new URL('https://shop.test/next'), 'kiosk')).toBe('kiosk');
  });

  it('ignores an mj_tp that is not a touchpoint name', () => {
    expect(readTouchpoint(new URL('https://shop.test/?mj_tp=%3Cscript%3E'))).toBe('web');
  });
});

describe('first and last touch', () => {
  it('keeps the first touch, and the last non-direct one', () => {
    const email = { source: 'newsletter', medium: 'email' };
    const direct = { source: '(direct)', medium: '(none)' };
    const search = { source: 'google', medium: 'organic' };
    recordTouch(email, 'web', Date.UTC(2026, 0, 1));
    recordTouch(direct, 'web', Date.UTC(2026, 0, 2));
    let channel = getChannel(direct, 'web');
    expect(channel.first_touch).toMatchObject({ ...email, touchpoint: 'web', ts: '2026-01-01T00:00:00.000Z' });
    expect(channel.last_touch).toMatchObject(email);
    recordTouch(search, 'app', Date.UTC(2026, 0, 3));
    channel = getChannel(search, 'app');
    expect(channel.first_touch).toMatchObject(email);
    expect(channel.last_touch).toMatchObject({ ...search, touchpoint: 'app' });
    expect(channel).toMatchObject({ touchpoint: 'app', source: search });
  });
});
