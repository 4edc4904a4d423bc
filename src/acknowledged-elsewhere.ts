import type { OutboxState } from './outbox';

/** Outboxes of this page that hear other tabs' acknowledgements, each with its channel. */
const channels = new WeakMap<OutboxState, BroadcastChannel>();

/**
 * Tabs share one store, so any tab may deliver another tab's events. The tab that recorded them
 * still holds them in its mirror, and would send them again with keepalive as it closes: each
 * tab that sends a batch (a keepalive request that outlives it), or learns that the collector
 * holds it, names its ids on a BroadcastChannel, and the others forget them. A tab that never
 * loaded this chunk hears nothing; its exit copy is de-duplicated by the collector, as before.
 */
export function hearAcknowledged(o: OutboxState): BroadcastChannel | undefined {
  if (!channels.has(o) && self.BroadcastChannel)
    try {
      const channel = new BroadcastChannel('microjourney-acknowledged');
      channel.onmessage = ({ data }) => Array.isArray(data) && o.forget(data);
      channels.set(o, channel);
    } catch {
      /* some browsers refuse a channel in an opaque origin (a sandboxed iframe): sending must not stop */
    }
  return channels.get(o);
}
