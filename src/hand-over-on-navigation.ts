import type { OutboxState } from './outbox';
import type { EventStore } from './store';

/** How long a navigation may take to replace the page before the hand-over is called off. */
export const NAVIGATION_GRACE = 10_000;

/**
 * When the page leaves for another page of the site (a link, a form, a script's navigation:
 * the Navigation API's `navigate` event, which the browser's own buttons and address bar do
 * not fire), its events stay in the durable store for that page to send, instead of a keepalive
 * copy the next page would send again (issue 12 §4). The site's pages are assumed to run the
 * SDK: one that does not leaves them to the next page that does. Not while the store fails.
 */
export function handOverOnNavigation(outbox: OutboxState, store: EventStore): void {
  const navigation = (self as { navigation?: Navigation }).navigation;
  navigation?.addEventListener('navigate', ({ destination, downloadRequest }) => {
    const sameSite = new URL(destination.url).origin == location.origin;
    if (!sameSite || destination.sameDocument || downloadRequest != null || store.failed) return;
    outbox.leavingUntil = Date.now() + NAVIGATION_GRACE;
    // A batch this page has in flight is cancelled with it: its claim is freed, so that the next
    // page sends it at once rather than when the lease runs out (30 s).
    const now = Date.now();
    store.update((recs) => ({ put: recs.filter((r) => r.lease > now && outbox.mirror.has(r.e.id)).map((r) => ({ ...r, lease: 0 })), result: 0 })).catch(() => {});
  });
  // A navigation that failed or was stopped leaves the page here: it sends at exit again.
  navigation?.addEventListener('navigateerror', () => (outbox.leavingUntil = 0));
}
