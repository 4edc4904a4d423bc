import { describe, expect, it } from 'vitest';
import { getChannel, readArrival, readTouchpoint, recordTouch } from '../../src/channel';

describe('readArrival: what the core tells alone', () => {
  const arrive = (url: string, referrer = '') => readArrival(new URL(url), referrer);

  it('is direct with no parameter and no referrer, and null for a navigation inside the site', () => {
    expect(arrive('https://shop.test/')).toEqual({ source: '(direct)', medium: '(none)' });
    expect(arrive('https://shop.test/b?mj_tp=app&q=shoes', 'https://shop.test/a')).toBeNull();
  });

  it('leaves campaign parameters, click ids and other sites to the referrers chunk, as a referral until it has read them', () => {
    expect(arrive('https://shop.test/?utm_source=newsletter')).toEqual({ source: '(direct)', medium: 'referral' });
    expect(arrive('https://shop.test/b?gclid=x1', 'https://shop.test/a')).toEqual({ source: 'shop.test', medium: 'referral' });
    expect(arrive('https://shop.test/', 'https://www.google.co.uk/search?q=x')).toEqual({ source: 'www.google.co.uk', medium: 'referral' });
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
