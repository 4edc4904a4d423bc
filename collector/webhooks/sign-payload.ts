import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The `Microjourney-Signature` header for a webhook body: `t=<unix seconds>,v1=<hex HMAC-SHA256
 * of "<t>.<body>">`, the scheme receivers know from payment webhooks. The timestamp is signed
 * too, so a receiver can refuse an old delivery replayed (see `verifySignature`).
 */
export function signPayload(secret: string, body: string, now = Date.now()): string {
  const t = Math.floor(now / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/**
 * What a receiver does with the header: recompute the HMAC and compare in constant time, and
 * refuse a timestamp older than `toleranceSeconds` (default 5 minutes). Exported for receivers
 * written in Node and for the tests.
 */
export function verifySignature(secret: string, body: string, header: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || Math.abs(now / 1000 - t) > toleranceSeconds || !parts.v1) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return expected.length == parts.v1.length && timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1));
}
