import { describe, expect, it } from 'vitest';
import { decorateHandoff, forgetVisitor, getAnonymousId, getSession, getUserId, SESSION_TIMEOUT, setUser } from '../../src/identity';
import { readState } from '../../src/lib/local-state';

const email = { source: 'newsletter', medium: 'email', campaign: 'nov' };
const search = { source: 'google', medium: 'organic' };
const direct = { source: '(direct)', medium: '(none)' };

describe('anonymous id', () => {
  it('is created once and persisted', () => {
    const id = getAnonymousId();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(getAnonymousId()).toBe(id);
    expect(readState('aid')).toBe(id);
  });

  it('is adopted from a handoff link only as a UUID, which forgets the previous visitor and leaves the address bar', () => {
    const handed = '0190d5a0-1234-7abc-8def-0123456789ab';
    getAnonymousId();
    setUser('previous-user');
    for (const bad of ['app-device-1234', '<img src=x onerror=alert(1)>', `${handed}x`]) {
      history.replaceState(null, '', `/cart?mj_aid=${encodeURIComponent(bad)}&utm_source=x`);
      expect(getAnonymousId(new URL(location.href))).not.toBe(bad);
      expect(location.search).toBe('?utm_source=x');
      expect(getUserId()).toBe('previous-user');
    }
    history.replaceState(null, '', `/cart?mj_aid=${handed}`);
    expect(getAnonymousId(new URL(location.href))).toBe(handed);
    expect(location.href).not.toContain('mj_aid');
    expect(getUserId()).toBeNull();
    expect(readState('touch')).toBeUndefined();
    // The same link opened again (a reload) keeps what the visitor did since.
    setUser('new-user');
    expect(getAnonymousId(new URL(`https://shop.test/?mj_aid=${handed}`))).toBe(handed);
    expect(getUserId()).toBe('new-user');
  });
});

describe('sessions', () => {
  const t0 = Date.UTC(2026, 10, 22, 10);

  it('continue within 30 minutes of inactivity and renew after', () => {
    const first = getSession(t0, email, 'web');
    expect(first).toMatchObject({ n: 1, source: email });
    expect(getSession(t0 + SESSION_TIMEOUT - 1, null, 'web').id).toBe(first.id);
    const later = getSession(t0 + 2 * SESSION_TIMEOUT, null, 'web');
    expect(later.id).not.toBe(first.id);
    expect(later).toMatchObject({ n: 2, source: direct });
  });

  it('renew when the visitor arrives from another source, not on a direct return', () => {
    const first = getSession(t0, email, 'web');
    expect(getSession(t0 + 1000, direct, 'web').id).toBe(first.id);
    expect(getSession(t0 + 2000, email, 'web').id).toBe(first.id);
    const second = getSession(t0 + 3000, search, 'web');
    expect(second.id).not.toBe(first.id);
    expect(second.source).toEqual(search);
  });

  it('count page views', () => {
    getSession(t0, null, 'web', 1);
    expect(getSession(t0 + 1, null, 'web', 1).pages).toBe(2);
  });
});

describe('identify, reset and handoff', () => {
  it('stores the user and merges traits; reset forgets everything', () => {
    const id = getAnonymousId();
    setUser('u1', { plan: 'pro' });
    setUser('u1', { seats: 3 });
    expect(getUserId()).toBe('u1');
    expect(readState('traits')).toEqual({ plan: 'pro', seats: 3 });
    forgetVisitor();
    expect(getUserId()).toBeNull();
    expect(getAnonymousId()).not.toBe(id);
  });

  it('adds the anonymous id to app links and relative links', () => {
    expect(decorateHandoff('myapp://checkout?cart=42', 'abc-123-def')).toBe('myapp://checkout?cart=42&mj_aid=abc-123-def');
    expect(decorateHandoff('/store/qr', 'abc-123-def')).toBe(`${location.origin}/store/qr?mj_aid=abc-123-def`);
  });
});
