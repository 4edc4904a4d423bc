import type { Report } from './lib/create-reporter';
import type { OutboxState } from './outbox';
import { toJson } from './lib/json';
import { post, type Delivery } from './transport';
import type { Batch, Config, MjEvent } from './types';
import { VERSION } from './version';

/**
 * Sends events to the collector as one batch: the envelope (`sent_at`, `sdk`), the
 * Idempotency-Key, and the body in the config's format (`transform`, else `encode`), with
 * keepalive (transport.ts). `exiting`: sent by the exit path, as the page hides or unloads.
 * Returns null, reported, when the transform throws: the outbox then keeps the events.
 */
export function sendBatch(
  collector: NonNullable<Config['collector']>,
  events: MjEvent[],
  exiting: boolean,
  encode: (batch: Batch) => unknown,
  report: Report,
): Promise<Delivery> | null {
  const batch: Batch = { sent_at: new Date().toISOString(), sdk: { name: 'microjourney', version: VERSION }, events };
  const url = new URL(collector.url, location.href);
  const headers: Record<string, string> = { ...collector.headers };
  // The same batch retried carries the same key: its first event's id and its size. A custom
  // header makes a cross-origin request preflighted, which a request sent as the page unloads
  // may not survive: skipped there.
  if (!exiting || url.origin == location.origin) headers['Idempotency-Key'] = `${events[0]!.id}.${events.length}`;
  let body: unknown;
  try {
    body = (collector.transform || encode)(batch);
  } catch (err) {
    report('transform', String(err));
    return null;
  }
  return post(url.href, typeof body == 'string' ? body : toJson(body), headers, exiting);
}

/**
 * Sends events from the outbox to the collector it may send to now, in the config's format;
 * null when there is nowhere to send (no collector, or consent does not allow sending).
 */
export function sendFrom(o: OutboxState, events: MjEvent[], exiting: boolean): Promise<Delivery> | null {
  const collector = o.allowedCollector();
  return collector ? sendBatch(collector, events, exiting, o.encode, o.report) : null;
}
