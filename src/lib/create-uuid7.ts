let lastMs = 0;
let counter = 0;
/** Random hex digits, drawn 256 bytes at a time: one `getRandomValues` call serves 32 ids. */
let randomHex = '';

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
  if (randomHex.length < 16) for (const byte of crypto.getRandomValues(new Uint8Array(256))) randomHex += (byte | 256).toString(16).slice(1);
  // The 17th digit holds the variant, 0b10, in its top bits.
  const hex = lastMs.toString(16).padStart(12, '0');
  const random = '89ab'[parseInt(randomHex[0]!, 16) & 3] + randomHex.slice(1, 16);
  randomHex = randomHex.slice(16);
  return `${hex.slice(0, 8)}-${hex.slice(8)}-${(0x7000 | (counter & 4095)).toString(16)}-${random.slice(0, 4)}-${random.slice(4)}`;
}
