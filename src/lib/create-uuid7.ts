let lastMs = 0;
let counter = 0;

/**
 * A UUIDv7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, a 12-bit counter, then random bits.
 * Ids sort by creation order, even within one millisecond (the counter, RFC 9562 §6.2
 * method 1), so the outbox sends the oldest events first by sorting on `id`.
 */
export function createUuid7(now = Date.now()): string {
  // A new millisecond starts the counter at a random point in its lower half, leaving room to count.
  // Whole milliseconds: a faked clock (test tools, a page's polyfill) may answer fractions.
  now = Math.floor(now);
  counter = now > lastMs ? (Math.random() * 2048) | 0 : counter + 1;
  lastMs = Math.max(now, lastMs);
  let hex = lastMs.toString(16).padStart(12, '0') + (0x7000 | (counter & 4095)).toString(16);
  const random = crypto.getRandomValues(new Uint8Array(8));
  // The variant 0b10 in the top bits of the first random byte (the 17th digit).
  random[0] = (random[0]! & 63) | 128;
  for (const byte of random) hex += (byte | 256).toString(16).slice(1);
  return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
