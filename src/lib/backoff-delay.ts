/** First retry waits up to this long; each further attempt doubles it. */
export const BACKOFF_BASE = 1000;
/** No retry waits longer than this, whatever the attempt or `Retry-After`. */
export const BACKOFF_CAP = 5 * 60 * 1000;

/**
 * Milliseconds to wait before retry number `attempt` (1 for the first retry): "full jitter",
 * a uniform draw in [0, min(cap, base·2^(attempt-1))], which spreads the retries of many tabs
 * and visitors instead of synchronising them. A `Retry-After` from the collector is a floor,
 * still capped. https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
export function backoffDelay(attempt: number, retryAfter = 0, random = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (attempt - 1));
  return Math.min(BACKOFF_CAP, Math.max(retryAfter, Math.floor(random() * ceiling)));
}
