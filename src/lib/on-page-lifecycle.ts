/**
 * Calls `onExit` when the page may be about to go away — `visibilitychange` to hidden, and
 * `pagehide` (bfcache and unload on mobile Safari fire no `visibilitychange`), which passes
 * `true`: the document may be unloading — and `onReturn`
 * when it is back: visible again, restored by `pageshow`, or `online`. Never `unload`: it
 * breaks the back/forward cache. https://developer.chrome.com/docs/web-platform/page-lifecycle-api
 */
export function onPageLifecycle(onExit: (unloading?: boolean) => void, onReturn: () => void): void {
  addEventListener('pagehide', () => onExit(true));
  addEventListener('pageshow', onReturn);
  addEventListener('online', onReturn);
  addEventListener('visibilitychange', () => (document.visibilityState == 'hidden' ? onExit() : onReturn()));
}
