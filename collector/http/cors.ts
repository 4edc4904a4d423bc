import type { IncomingMessage } from 'node:http';

const LOOPBACK = /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/;

/**
 * Whether a page at `origin` may send events here: an origin of the list (`*` allows any), the
 * collector's own, and by default any loopback origin (a site under development).
 */
export function originAllowed(origin: string, allowed: string[], ownOrigin: string): boolean {
  if (allowed.includes('*') || allowed.includes(origin) || origin == ownOrigin) return true;
  return allowed.length == 0 && LOOPBACK.test(origin);
}

/**
 * CORS headers for the ingest endpoint (its POST of batches, its GET of which ids are held). The
 * SDK's default requests (text/plain, no custom header) need no preflight; `collector.headers` in a site's config make one, answered here.
 */
export function corsHeaders(req: IncomingMessage, allowed: string[], ownOrigin: string): Record<string, string> | null {
  const origin = req.headers.origin;
  if (!origin) return {};
  if (!originAllowed(origin, allowed, ownOrigin)) return null;
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': (req.headers['access-control-request-headers'] as string) || 'Content-Type, Idempotency-Key',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}
