import type { OutboxState } from './outbox';
import { HANDED_OVER } from './lib/storage-keys';
import type { EventStore } from './store';

/**
 * When the page leaves for another page of the site (a link, a form, a script's navigation:
 * the Navigation API's `navigate` event, which the browser's own buttons and address bar do
 * not fire), its events stay in the durable store for that page to send, instead of a keepalive
 * copy the next page would send again (issue 12 §4): the outbox forgets them, so its exit path
 * sends none. The site's pages are assumed to run the SDK: one that does not leaves them to the
 * next page that does. If the navigation does not happen after all, this tab's own flushes
 * still send them from the store. Not while the store fails.
 */
export function handOverOnNavigation(outbox: OutboxState, store: EventStore): void {
  (self as { navigation?: Navigation }).navigation?.addEventListener('navigate', ({ destination, downloadRequest }) => {
    const sameSite = new URL(destination.url).origin == location.origin;
    if (!sameSite || destination.sameDocument || downloadRequest != null || store.failed) return;
    const mine = [...outbox.mirror.keys()];
    outbox.forget(mine);
    try {
      sessionStorage.setItem(HANDED_OVER, '1');
    } catch {
      /* no sessionStorage: the next page sends them with its first batch */
    }
    // A batch this page has in flight is cancelled with it: its claim is freed, so that the next
    // page sends it at once rather than when the lease runs out (30 s).
    const now = Date.now();
    store.update((recs) => ({ put: recs.filter((r) => r.lease > now && mine.includes(r.e.id)).map((r) => ({ ...r, lease: 0 })), result: 0 })).catch(() => {});
  });
}
