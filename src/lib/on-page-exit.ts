/**
 * Calls `fn` when the page may be about to go away: `visibilitychange` to hidden, and
 * `pagehide` (bfcache and unload on mobile Safari fire no `visibilitychange`). Never `unload`:
 * it breaks the back/forward cache. https://developer.chrome.com/docs/web-platform/page-lifecycle-api
 */
export function onPageExit(fn: () => void): void {
  addEventListener('pagehide', fn);
  addEventListener('visibilitychange', () => document.visibilityState == 'hidden' && fn());
}
