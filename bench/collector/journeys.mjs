// Realistic wire events for the collector benchmark: visitors arrive by a channel, browse, walk a
// micro-journey's steps (some drop off), are shown a widget at the right moment and sometimes
// answer. Shaped as the SDK sends them (README "Wire format"), about 1 KB each, seeded so a run
// can be repeated.

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

// Sources and mediums as the SDK records them; channel groups follow from them at ingest.
const CHANNELS = [
  [{ source: 'google', medium: 'organic' }, 28],
  [{ source: '(direct)', medium: '(none)' }, 20],
  [{ source: 'google', medium: 'cpc', campaign: 'brand-search', gclid: 'Cj0KCQiA' }, 11],
  [{ source: 'newsletter', medium: 'email', campaign: 'nov-digest' }, 10],
  [{ source: 'facebook', medium: 'social' }, 7],
  [{ source: 'instagram', medium: 'paid', campaign: 'black-friday' }, 5],
  [{ source: 'partner-blog.example', medium: 'referral' }, 7],
  [{ source: 'bing', medium: 'organic' }, 4],
  [{ source: 'deals.example', medium: 'affiliate', campaign: 'cashback' }, 3],
  [{ source: 'youtube', medium: 'video' }, 2],
  [{ source: 'sms-provider', medium: 'sms', campaign: 'reminder' }, 2],
  [{ source: 'display-network', medium: 'display', campaign: 'retargeting-q4' }, 1],
];
const TOUCHPOINTS = [['web', 85], ['app', 10], ['store', 5]];
const DEVICES = [
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 38],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36', 17],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36', 26],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 12],
  ['Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 7],
];
const LOCALES = [['en-US', 45], ['en-GB', 12], ['de-DE', 14], ['fr-FR', 10], ['he-IL', 5], ['ru-RU', 6], ['es-ES', 8]];

// Several micro-journeys, each in a stage, with its steps in order and the pages they happen on.
const JOURNEYS = [
  { name: 'checkout', stage: 'purchase', weight: 40, steps: ['cart', 'shipping', 'payment', 'review'], keep: 0.78, widget: 'nps' },
  { name: 'onboarding', stage: 'consideration', weight: 25, steps: ['signup', 'verify-email', 'profile', 'first-project'], keep: 0.72, widget: 'csat' },
  { name: 'support', stage: 'retention', weight: 20, steps: ['search', 'article', 'contact'], keep: 0.6, widget: 'csat' },
  { name: 'referral', stage: 'advocacy', weight: 5, steps: ['invite', 'share'], keep: 0.5, widget: 'nps' },
  { name: null, stage: 'awareness', weight: 10, steps: [], keep: 0, widget: null },
];
const BROWSE_PAGES = ['/', '/products', '/products/trail-runner-3', '/products/city-walker', '/pricing', '/blog/how-to-choose-running-shoes', '/about', '/help'];
const EXIT_REASONS = ['Shipping is too expensive', 'I was just looking', 'The form asked for too much', 'Payment failed', 'I could not find my size', null];
const COMMENTS = {
  good: ['Quick and easy, thank you!', 'Delivery options were clear.', 'Loved the size guide.', 'Everything worked first time.', 'Great support, solved in minutes.'],
  bad: ['The page kept reloading during payment.', 'Too many steps to sign up.', 'Shipping costs only appeared at the end.', 'The article did not answer my question.', 'Die Seite war sehr langsam.', 'הטופס לא עבד בטלפון', 'Слишком долго грузилось'],
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
  let seq = 0;
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
    const journey = weighted(random, JOURNEYS.map((j) => [j, j.weight]));
    const sessionId = newId(start);
    const language = v.acceptLanguage.slice(0, 2);
    let clock = total ? Math.min(end, start + (end - start) * (emitted / total) + random() * 60_000) : start + random() * (end - start);
    const campaign = source.campaign ? `&utm_campaign=${source.campaign}` : '';
    const query = source.medium != '(none)' && source.medium != 'organic' ? `?utm_source=${encodeURIComponent(source.source)}&utm_medium=${source.medium}${campaign}` : '';
    const touch = (s, ts) => ({ ...s, touchpoint, ts: new Date(ts).toISOString() });
    const channel = { touchpoint, source: { ...source }, first_touch: touch(v.firstTouch, clock - 86_400_000 * 7), last_touch: touch(source, clock) };
    let referrer = source.source.includes('.') ? `https://${source.source}/posts/2026/best-picks` : source.medium == 'organic' ? `https://www.${source.source}.com/` : '';
    const journeyState = { stage: journey.stage, name: journey.name, step: null, seq: 0 };
    const events = [];

    const push = (type, path, extra = {}) => {
      clock += 2_000 + random() * 40_000;
      events.push({
        id: newId(clock),
        type,
        ts: new Date(clock).toISOString(),
        anonymous_id: v.id,
        session_id: sessionId,
        user_id: v.userId,
        seq: ++seq,
        page: { url: `https://shop.example${path}${query}`, path, title: `${path == '/' ? 'Home' : path.split('/').pop().replace(/-/g, ' ')} | Shop Example — running shoes and outdoor gear`, referrer },
        channel,
        journey: { ...journeyState },
        ...extra,
      });
      referrer = `https://shop.example${path}`;
    };
    const props = () => ({ locale: language, screen: '1170x2532', experiment: random() < 0.5 ? 'checkout-v2-control' : 'checkout-v2-variant', build: '2026.11.3-4f2a9c1' });

    // Browse a little first.
    const browse = 1 + Math.floor(random() * 3);
    for (let i = 0; i < browse; i++) push('page', BROWSE_PAGES[Math.floor(random() * BROWSE_PAGES.length)], { props: props() });
    if (random() < 0.15) push('track', '/products', { name: 'add_to_wishlist', props: { ...props(), product: 'trail-runner-3', price: 129.9, currency: 'EUR' } });
    if (random() < 0.08) {
      v.userId ??= `user-${Math.floor(random() * 1e9).toString(36)}`;
      push('identify', '/account', { traits: { plan: random() < 0.3 ? 'pro' : 'free', country: v.acceptLanguage.slice(3) } });
    }
    if (journey.name) {
      push('stage', `/${journey.steps[0]}`, { name: journey.stage, props: props() });
      let reached = 0;
      for (const step of journey.steps) {
        journeyState.step = step;
        journeyState.seq++;
        push('step', `/${journey.name}/${step}`, { name: `${journey.name}:${step}`, props: props() });
        reached++;
        if (random() > journey.keep) break;
      }
      const completed = reached == journey.steps.length && random() < 0.9;
      const path = `/${journey.name}/${journeyState.step}`;
      if (completed) push('journey_complete', `${path}/done`, { name: journey.name, props: { duration_ms: Math.floor(random() * 600_000) } });
      // The right moment: after completion (NPS or CSAT) or on exit intent mid-journey (exit survey).
      const widgetType = completed ? journey.widget : random() < 0.5 ? 'exit' : null;
      if (widgetType) {
        const widget = { id: `${widgetType}-${journey.name}`, type: widgetType };
        push('widget_shown', path, { widget, props: { trigger: completed ? 'journey_complete' : 'exit_intent' } });
        if (random() < 0.6) push('response', path, { widget, response: answer(widgetType, language), vitals: vitals() });
        else push('widget_dismissed', path, { widget, props: { after_ms: Math.floor(random() * 8000) } });
      }
      if (!completed && random() < 0.3) push('journey_abandon', path, { name: journey.name, props: { reason: 'timeout' } });
    }
    if (random() < 0.1) push('page', '/', { props: props() });
    emitted += events.length;
    return { userAgent: v.userAgent, acceptLanguage: v.acceptLanguage, events };
  }

  function vitals() {
    const lcp = Math.round(800 + random() * random() * 6000);
    return { lcp, inp: Math.round(40 + random() * random() * 700), cls: Math.round(random() * random() * 400) / 1000 };
  }

  function answer(type, locale) {
    const comment = (good) => (random() < 0.35 ? COMMENTS[good ? 'good' : 'bad'][Math.floor(random() * 5 + (good ? 0 : random() * 2))] : null);
    if (type == 'nps') {
      const score = Math.min(10, Math.floor(random() * 6 + random() * 6));
      return { score, category: score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor', comment: comment(score >= 7), locale, partial: random() < 0.05 };
    }
    if (type == 'csat') {
      const score = 1 + Math.min(4, Math.floor(random() * 3 + random() * 3));
      return { score, scale: 5, positive: score >= 4, comment: comment(score >= 4), locale };
    }
    const index = Math.floor(random() * EXIT_REASONS.length);
    const choice = EXIT_REASONS[index];
    return { choice, index: choice ? index : null, other: choice ? null : 'The delivery date was too late for me', locale };
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
