let lastMs = 0;
let counter = 0;
/** The id's first 15 characters for `lastMs` (its time, two dashes, the version 7): they change once a millisecond. */
let prefix = '';
/** Ready-made random tails (variant and 62 random bits, with their dashes): one `getRandomValues` call serves 32 ids. */
const tails: string[] = [];

/** `n` in `digits` hex digits. */
const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');

/**
 * A UUIDv7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, a 12-bit counter, then random bits.
 * Ids sort by creation order, even within one millisecond (the counter, RFC 9562 §6.2
 * method 1), so the outbox sends the oldest events first by sorting on `id`. Every `track()`
 * makes one: the parts that do not change per id are built once (bench:track).
 */
export function createUuid7(now = Date.now()): string {
  // Whole milliseconds: a faked clock (test tools, a page's polyfill) may answer fractions.
  now = Math.floor(now);
  if (now > lastMs) {
    // A new millisecond starts the counter at a random point in its lower half, leaving room to count.
    counter = (Math.random() * 2048) | 0;
    lastMs = now;
    prefix = hex(now, 12).replace(/^.{8}/, '$&-') + '-7';
  } else counter++;
  if (!tails.length) {
    const words = crypto.getRandomValues(new Uint32Array(96));
    // The 17th digit holds the variant, 0b10, in its top bits.
    for (let i = 0; i < 96;) tails.push(`-${hex((words[i++]! >>> 18) | 32768, 4)}-${hex(words[i++]! >>> 16, 4)}${hex(words[i++]!, 8)}`);
  }
  return prefix + hex(counter & 4095, 3) + tails.pop();
}
