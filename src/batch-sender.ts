import { alreadyHeld, mayHaveArrived } from './ask-collector';
import type { OutboxState } from './outbox';
import { retryAfterMs } from './retry-after';
import { sendFrom } from './send-batch';
import type { Delivery } from './transport';
import type { Config, MjEvent } from './types';
import { updateOutbox } from './update-outbox';

/**
 * One drain's sending of the batches it claims (delivery.ts): asks the collector which events
 * another page may have delivered already, sends the rest with keepalive, splits a refused
 * batch down to the event at fault, and keeps what the drain's verdict needs.
 */
export function createBatchSender(o: OutboxState, otherTabs?: BroadcastChannel) {
  const sender = {
    /** Events acknowledged (or found held by the collector) so far. */
    sent: 0,
    /** Ids dead-lettered. */
    dead: [] as string[],
    /** Events this tab queued and sent: the mirror gets back those that fail. */
    own: new Set<string>(),
    /** The collector the batch in hand goes to, named in messages. */
    url: '',
    /** The last failed answer's `Retry-After`, in ms. */
    retryAfter: undefined as number | undefined,
    send,
  };
  /** The exit paths of this tab and of the tab that queued them no longer send these: they are taken care of. */
  const taken = (batch: MjEvent[], ids = batch.map((e) => e.id)) => (
    ids.forEach((id) => o.mirror.has(id) && sender.own.add(id)),
    otherTabs?.postMessage(ids),
    o.forget(ids)
  );
  /** A failed request (0: network error or timeout): the backoff heeds its `Retry-After`. */
  const failure = ({ status, headers }: Delivery) => ((sender.retryAfter = retryAfterMs(headers?.get('Retry-After'))), status || 1);

  /** 0 when the whole batch was taken, else the status that stopped it (-1: nowhere to send). */
  async function deliver(batch: MjEvent[]): Promise<number> {
    // Sent with keepalive, the request outlives a page that closes or reloads meanwhile: an exit
    // copy of the same events would only arrive twice (issue 12 §4). If it fails, they are still
    // stored: this tab's retry, or the next page, asks the collector about them and sends them.
    taken(batch);
    const delivery = await sendFrom(o, batch, false);
    if (!delivery) return -1;
    const { status } = delivery;
    if (status > 199 && status < 300) return o.acknowledge(batch, status).then(() => 0);
    if (status == 400 || status == 413 || status == 422) {
      if (batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        return (await deliver(batch.slice(0, half))) || deliver(batch.slice(half));
      }
      const [event] = batch as [MjEvent];
      sender.dead.push(event.id);
      o.report('dead-letter', sender.url, status, event.type);
      return updateOutbox(o, (recs) => ({ put: recs.filter((r) => r.e.id == event.id).map((r) => ({ ...r, dead: status })), result: 0 }));
    }
    return failure(delivery);
  }

  /**
   * Sends a claimed batch to `collector` (none: nowhere to send), after asking which of its
   * events another page's exit path delivered already; as `deliver`.
   */
  async function send(batch: MjEvent[], collector: Config['collector']): Promise<number> {
    sender.url = collector?.url || '';
    const maybeSent = batch.filter((e) => mayHaveArrived(e, o.mirror));
    const held = collector ? await alreadyHeld(collector, maybeSent) : [];
    if (!Array.isArray(held)) return failure(held);
    if (held.length) (taken(held), await o.acknowledge(held, 200));
    sender.sent += held.length;
    const rest = batch.filter((e) => !held.includes(e));
    const failed = rest.length && (await deliver(rest));
    if (!failed) sender.sent += rest.length;
    return failed;
  }

  return sender;
}
