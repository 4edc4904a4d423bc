// `npm run seed -- --synthetic --events N`: no browser. Generated sessions of the demo shop's
// journeys, as native batches of 500 events, posted straight to the collector's ingest
// endpoint, several at a time: fast, for the report's benchmark. Every batch says where it came
// from (`sdk.name` "microjourney-synthetic"), which the report's data-health panel shows.
import { randomBytes } from 'node:crypto';
import { CHANNELS } from './plan-visitors.mjs';
import { createRandom } from './random.mjs';

const BATCH = 500;
const IN_FLIGHT = 6;
const FUNNEL = ['cart', 'shipping', 'payment', 'confirmation'];
const SOURCES = {
  email: { source: 'newsletter', medium: 'email', campaign: 'autumn-sale' },
  paid: { source: 'google', medium: 'cpc' },
  organic: { source: 'google', medium: 'organic' },
  social: { source: 't.co', medium: 'social' },
  direct: { source: '(direct)', medium: '(none)' },
  store: { source: 'store-qr', medium: 'qr', campaign: 'pickup' },
  app: { source: 'app', medium: 'app' },
};

/** A UUIDv7 for a time: the collector de-duplicates on it, so each must be unique. */
const uuid7 = (ms) => {
  const hex = ms.toString(16).padStart(12, '0') + '7' + randomBytes(10).toString('hex').slice(0, 19);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** One session's events: a page view, the checkout steps it reaches, and an NPS answer when it completes. */
function session(r, now, days) {
  const channel = r.weighted(Object.entries(CHANNELS).map(([name, c]) => [name, c.weight]));
  const start = now - r.next() * days * 864e5;
  const anonymous_id = uuid7(start - r.int(0, 30) * 864e5);
  const session_id = uuid7(start);
  const source = SOURCES[channel];
  const touch = { ...source, touchpoint: 'web', ts: new Date(start).toISOString() };
  const depth = r.chance(0.35) ? r.int(1, FUNNEL.length) : 0;
  const events = [];
  let t = start;
  let stepSeq = 0;
  const add = (type, step, extra = {}) => {
    t += r.int(5, 90) * 1000;
    const path = step ? `/checkout/${step}.html` : '/';
    events.push({
      id: uuid7(t),
      type,
      ts: new Date(t).toISOString(),
      anonymous_id,
      session_id,
      user_id: null,
      seq: events.length + 1,
      page: { url: `https://shop.example${path}`, path, title: 'Harbor & Hearth', referrer: '' },
      channel: { touchpoint: 'web', source, first_touch: touch, last_touch: touch },
      journey: { stage: step ? 'purchase' : 'awareness', name: step ? 'checkout' : null, step, seq: stepSeq },
      ...extra,
    });
  };
  add('page', null);
  for (const step of FUNNEL.slice(0, depth)) {
    stepSeq++;
    add('step', step, { name: `checkout:${step}`, props: {} });
  }
  if (depth == FUNNEL.length) {
    add('journey_complete', 'confirmation', { name: 'checkout', props: {} });
    const [promoter, detractor] = CHANNELS[channel].mood;
    const score = r.chance(promoter) ? r.int(9, 10) : r.chance(detractor / (1 - promoter)) ? r.int(0, 6) : r.int(7, 8);
    add('widget_shown', 'confirmation', { widget: { id: 'nps-after-checkout', type: 'nps' } });
    add('response', 'confirmation', {
      widget: { id: 'nps-after-checkout', type: 'nps' },
      response: { score, category: score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor', comment: null, locale: 'en' },
    });
  }
  return events;
}

/** Posts `events` generated events to `url`; resolves to how many were stored and how fast. */
export async function runSynthetic({ url, events: total, seed, days, progress }) {
  const r = createRandom(seed);
  const now = Date.now();
  const started = Date.now();
  let made = 0;
  let stored = 0;
  /** Sessions are generated whole; what does not fit in this batch waits for the next. */
  const waiting = [];
  const nextBatch = () => {
    while (waiting.length < BATCH && made < total) {
      const s = session(r, now, days).slice(0, total - made);
      made += s.length;
      waiting.push(...s);
    }
    return waiting.splice(0, BATCH);
  };
  const post = async () => {
    for (let batch = nextBatch(); batch.length; batch = nextBatch()) {
      const body = JSON.stringify({ sent_at: new Date().toISOString(), sdk: { name: 'microjourney-synthetic', version: '0.1.0' }, events: batch });
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
      if (!res.ok) throw new Error(`the collector at ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      stored += batch.length;
      if (progress) process.stdout.write(`\r  ${stored} / ${total} events`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, post));
  if (progress) process.stdout.write('\n');
  const seconds = (Date.now() - started) / 1000;
  return { events: stored, seconds, perSecond: Math.round(stored / seconds) };
}
