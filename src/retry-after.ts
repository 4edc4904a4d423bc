/**
 * `Retry-After` (RFC 9110 §10.2.3) in milliseconds from now: delay-seconds (`120`), or an HTTP
 * date (`Wed, 21 Oct 2015 07:28:00 GMT`; a date already past is 0); anything else is undefined,
 * and plain backoff applies. A date trusts the visitor's clock: one that is hours off waits no
 * longer than `BACKOFF_CAP`, as any Retry-After. Read in the delivery chunk, not in the core (issue 12 §4).
 */
export function retryAfterMs(value?: string | null): number | undefined {
  if (!value) return;
  const seconds = +value;
  const ms = isNaN(seconds) ? Math.max(0, Date.parse(value) - Date.now()) : seconds * 1000;
  return ms >= 0 ? ms : undefined;
}
