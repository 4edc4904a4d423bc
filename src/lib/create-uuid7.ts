/**
 * A UUIDv7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, then random bits. Ids sort by
 * creation time, so the outbox sends the oldest events first by sorting on `id`.
 */
export function createUuid7(now = Date.now()): string {
  let hex = now.toString(16).padStart(12, '0');
  for (const byte of crypto.getRandomValues(new Uint8Array(10))) hex += (byte | 256).toString(16).slice(1);
  // Version 7 in the 13th digit, variant 0b10 in the top bits of the 17th.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
