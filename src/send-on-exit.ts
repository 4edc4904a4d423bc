import { takeBatch } from './lib/take-batch';
import type { OutboxState } from './outbox';
import { sendFrom } from './send-batch';
import type { MjEvent } from './types';

const byId = (a: MjEvent, b: MjEvent) => (a.id < b.id ? -1 : 1);

/**
 * Sends the oldest unacknowledged events (≤ 32 KB) with keepalive, synchronously, each once
 * per exit (`sent`: `visibilitychange` and `pagehide` both fire on a navigation). They are
 * deleted only if a 2xx arrives while the page lives; otherwise the next page load asks the
 * collector whether it holds them, and sends them again if not. The mirror no longer holds
 * events a batch has out (its keepalive request outlives the page), nor those of a page leaving
 * for another page of the site: that page finds them in the store (hand-over-on-navigation.ts).
 */
export function sendOnExit(state: OutboxState, sent: Set<string>): void {
  if (state.paused) return;
  const batch = takeBatch([...state.mirror.values()].filter((e) => !sent.has(e.id)).sort(byId));
  if (!batch.length) return;
  batch.forEach((e) => sent.add(e.id));
  sendFrom(state, batch, true)
    ?.then(({ status }) => {
      if (status > 199 && status < 300) return state.acknowledge(batch, status);
    })
    .catch(() => {});
}
