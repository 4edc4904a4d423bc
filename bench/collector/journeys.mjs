// Realistic wire events for the collector benchmark: visitors arrive by a channel, browse, walk a
// micro-journey's steps (some drop off), are shown a widget at the right moment and sometimes
// answer. Shaped as the SDK sends them (README "Wire format"), about 1 KB each, seeded so a run
// can be repeated.
import { CHANNELS, DEVICES, JOURNEYS, LOCALES, TOUCHPOINTS } from './journey-mix.mjs';
import { browse, openSession, walkJourney } from './session-events.mjs';

/** mulberry32: a small seeded PRNG. */
export function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from `[value, weight]` pairs. */
const weighted = (random, pairs) => {
  const total = pairs.reduce((n, [, w]) => n + w, 0);
  let r = random() * total;
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs[pairs.length - 1][0];
};

/** Deterministic ids shaped like the SDK's UUIDv7: time first, then a counter and randomness (unique within a run). */
function idMaker(random, salt) {
  let counter = 0;
  const hex = (n, digits) => Math.floor(n).toString(16).padStart(digits, '0').slice(-digits);
  return (ms) => {
    counter++;
    const t = hex(ms, 12);
    return `${t.slice(0, 8)}-${t.slice(8)}-7${hex(random() * 0x1000, 3)}-${(8 + Math.floor(random() * 4)).toString(16)}${hex(salt, 3)}-${hex(counter, 7)}${hex(random() * 0x100000, 5)}`;
  };
}

/**
 * An endless stream of sessions, each an array of wire events with the request context its
 * browser would send (`userAgent`, `acceptLanguage`). `start` and `end` (ms) bound the sessions'
 * start times; with `total` (events) the sessions start in time order, spread evenly as the
 * stream produces `total` events, as a live site's events arrive; without it, at random times.
 * `seed` makes the stream repeatable.
 */
export function createJourneyStream({ seed = 1, start, end, total }) {
  const random = prng(seed);
  const newId = idMaker(random, seed);
  const visitors = [];
  // The per-tab sequence number, counted across the stream: unique and rising, as the SDK's.
  const counters = { seq: 0 };
  let emitted = 0;

  function visitor() {
    // A third of sessions are a returning visitor: first-touch and last-touch channels differ.
    if (visitors.length > 50 && random() < 0.33) return visitors[Math.floor(random() * visitors.length)];
    const v = {
      id: newId(start),
      firstTouch: weighted(random, CHANNELS),
      userAgent: weighted(random, DEVICES),
      acceptLanguage: weighted(random, LOCALES),
      userId: null,
    };
    if (visitors.length < 200_000) visitors.push(v);
    return v;
  }

  function nextSession() {
    const v = visitor();
    const source = v.firstTouch && random() < 0.5 ? v.firstTouch : weighted(random, CHANNELS);
    const touchpoint = weighted(random, TOUCHPOINTS);
    const journey = weighted(
      random,
      JOURNEYS.map((j) => [j, j.weight]),
    );
    const sessionId = newId(start);
    const clock = total ? Math.min(end, start + (end - start) * (emitted / total) + random() * 60_000) : start + random() * (end - start);
    const session = openSession({ random, newId, counters }, { visitor: v, source, touchpoint, journey, sessionId, clock });
    browse(session);
    if (journey.name) walkJourney(session, journey);
    if (random() < 0.1) session.push('page', '/', { props: session.props() });
    emitted += session.events.length;
    return { userAgent: v.userAgent, acceptLanguage: v.acceptLanguage, events: session.events };
  }

  return { nextSession };
}

/** The SDK's native batch around events. */
export const nativeBatch = (events) => ({ sent_at: new Date().toISOString(), sdk: { name: 'microjourney', version: '0.1.0' }, events });

/**
 * Cuts the stream into request bodies of `size` events, `count` events in all, in the order the
 * sessions produced them, with the headers of the browser that sent the batch's first event.
 */
export function makeBatches(stream, count, size = 20) {
  const batches = [];
  let pending = null;
  let total = 0;
  while (total < count) {
    const take = Math.min(size, count - total);
    const events = [];
    let headers;
    while (events.length < take) {
      if (!pending || !pending.events.length) pending = stream.nextSession();
      headers ??= { 'User-Agent': pending.userAgent, 'Accept-Language': pending.acceptLanguage };
      events.push(...pending.events.splice(0, take - events.length));
    }
    total += events.length;
    batches.push({ events: events.length, headers, body: Buffer.from(JSON.stringify(nativeBatch(events))) });
  }
  return batches;
}
