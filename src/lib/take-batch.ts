import type { MjEvent } from '../types';
import { toJson } from './json';

/** A batch holds at most this many events… */
export const BATCH_EVENTS = 20;
/** …and this many bytes of events (UTF-8, as sent). */
export const BATCH_BYTES = 32 * 1024;

const encoder = new TextEncoder();
/** A text's size in UTF-8 bytes. */
export const utf8Bytes = (text: string) => encoder.encode(text).length;
/** An event's size in the body, in UTF-8 bytes. */
export const bytesOf = (e: MjEvent) => utf8Bytes(toJson(e)) + 1;

/** The first events that fit in one batch: at most 20 events and 32 KB (at least one event). */
export function takeBatch(queued: MjEvent[]): MjEvent[] {
  const batch: MjEvent[] = [];
  let bytes = 0;
  for (const event of queued) {
    bytes += bytesOf(event);
    if (batch.length && (batch.length == BATCH_EVENTS || bytes > BATCH_BYTES)) break;
    batch.push(event);
  }
  return batch;
}
