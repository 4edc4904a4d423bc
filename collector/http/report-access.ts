import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const COOKIE = 'mj_report';

/** Whether a host name or address is loopback only (the report is then open without a token). */
export const isLoopbackHost = (host: string) => /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/.test(host);

const same = (a: string, b: string) => a.length == b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The token a request presents: `Authorization: Bearer …`, the report's cookie, or `?token=`. */
function presented(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const cookie = (req.headers.cookie || '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k == COOKIE);
  if (cookie) return decodeURIComponent(cookie[1] || '');
  return url.searchParams.get('token');
}

/** Whether the report may be shown: no token configured, or the right one presented. */
export function mayReadReport(req: IncomingMessage, url: URL, token: string | undefined): boolean {
  if (!token) return true;
  const given = presented(req, url);
  return !!given && same(given, token);
}

/** The cookie that keeps a browser signed in once it opened the report with `?token=`. */
export const reportCookie = (token: string) => `${COOKIE}=${encodeURIComponent(token)}; Path=/report; HttpOnly; SameSite=Strict; Max-Age=2592000`;
