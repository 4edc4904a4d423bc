import { DIRECT, isDirect, recordTouch, sourceKey } from './channel';
import { createUuid7 } from './lib/create-uuid7';
import { readState, writeState } from './lib/local-state';
import { UUID } from './lib/shape';
import { readAnonymousId, readSession, readTraits, type Session } from './identity-state';
import type { Source } from './types';

/** Inactivity after which the next event starts a new session. */
export const SESSION_TIMEOUT = 30 * 60 * 1000;
/** The URL parameter `handoff()` adds: the anonymous id that continues the journey elsewhere. */
export const HANDOFF_PARAM = 'mj_aid';

export type { Session } from './identity-state';

/**
 * The visitor's anonymous id: the stored one, else a new one. `url` is the landing URL: a
 * handoff link's `?mj_aid=<uuid>` continues a journey begun in another channel. Only a UUID
 * is adopted, and adopting it forgets the previous visitor here (user id, touches, session);
 * the parameter leaves the address bar, so a shared link does not hand the id on.
 */
export function getAnonymousId(url?: URL): string {
  const handed = url?.searchParams.get(HANDOFF_PARAM);
  let id = readAnonymousId(readState);
  if (handed != null) {
    const here = new URL(location.href);
    here.searchParams.delete(HANDOFF_PARAM);
    try {
      history.replaceState(history.state, '', here);
    } catch {
      /* a sandboxed document: the address bar keeps it */
    }
    if (UUID.test(handed) && handed != id) (forgetVisitor(), writeState('aid', (id = handed)));
  }
  if (!id) writeState('aid', (id = createUuid7()));
  return id;
}

/**
 * The current session, renewed after 30 minutes of inactivity or when the visitor arrives from
 * a different source (`arrival` is null for a navigation inside the site). Marks it active,
 * and counts `pages` more page views in it.
 */
export function getSession(now: number, arrival: Source | null, touchpoint: string, pages = 0): Session {
  let s = readSession(readState);
  if (!s || now - s.last > SESSION_TIMEOUT || (arrival && !isDirect(arrival) && sourceKey(arrival) != sourceKey(s.source))) {
    const src = arrival || DIRECT;
    s = { id: createUuid7(now), last: now, n: (s?.n || 0) + 1, pages: 0, source: src };
    recordTouch(src, touchpoint, now);
    // Activity is stored when it moves the session's end by more than a few seconds, or counts a
    // page: a burst of calls writes localStorage once, and a timeout comes at most 5 s early.
  } else if (now - s.last < 5e3 && !pages) return s;
  s.last = now;
  s.pages += pages;
  writeState('session', s);
  return s;
}

/** The known user, set by `identify()`. */
export const getUserId = () => readState<string>('uid') || null;

export function setUser(userId: string, traits?: Record<string, unknown>): void {
  writeState('uid', userId);
  if (traits) writeState('traits', Object.assign({}, readTraits(readState), traits));
}

/** Forgets the visitor: a new anonymous id and session, no user, touches or journey (logout). */
export function forgetVisitor(): void {
  for (const key of ['aid', 'uid', 'traits', 'session', 'touch', 'journey']) writeState(key, undefined);
}

/**
 * `url` with the anonymous id added, so that the journey continues in an app or a store
 * (a deep link, a QR code) without a login. Relative URLs are resolved against the page.
 */
export function decorateHandoff(url: string, anonymousId: string): string {
  const u = new URL(url, location.href);
  u.searchParams.set(HANDOFF_PARAM, anonymousId);
  return u.href;
}
