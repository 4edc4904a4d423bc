// One session of bench:collector's event stream (journeys.mjs): the wire events a visitor's
// browser sends as they browse, walk a micro-journey and maybe answer a widget.
import { BROWSE_PAGES, COMMENTS, EXIT_REASONS } from './journey-mix.mjs';

/**
 * A session being written. `push` appends an event a little after the last one, on a page, with
 * the session's channel and journey; `props` draws the custom properties the site attaches.
 */
export function openSession({ random, newId, counters }, { visitor: v, source, touchpoint, journey, sessionId, clock }) {
  const language = v.acceptLanguage.slice(0, 2);
  const campaign = source.campaign ? `&utm_campaign=${source.campaign}` : '';
  const query =
    source.medium != '(none)' && source.medium != 'organic' ? `?utm_source=${encodeURIComponent(source.source)}&utm_medium=${source.medium}${campaign}` : '';
  const touch = (s, ts) => ({ ...s, touchpoint, ts: new Date(ts).toISOString() });
  const channel = { touchpoint, source: { ...source }, first_touch: touch(v.firstTouch, clock - 86_400_000 * 7), last_touch: touch(source, clock) };
  let referrer = source.source.includes('.')
    ? `https://${source.source}/posts/2026/best-picks`
    : source.medium == 'organic'
      ? `https://www.${source.source}.com/`
      : '';
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
      seq: ++counters.seq,
      page: {
        url: `https://shop.example${path}${query}`,
        path,
        title: `${path == '/' ? 'Home' : path.split('/').pop().replace(/-/g, ' ')} | Shop Example — running shoes and outdoor gear`,
        referrer,
      },
      channel,
      journey: { ...journeyState },
      ...extra,
    });
    referrer = `https://shop.example${path}`;
  };
  const props = () => ({
    locale: language,
    screen: '1170x2532',
    experiment: random() < 0.5 ? 'checkout-v2-control' : 'checkout-v2-variant',
    build: '2026.11.3-4f2a9c1',
  });
  return { random, visitor: v, language, journeyState, events, push, props };
}

/** Browse a little first; some add to a wishlist, a few sign in. */
export function browse({ random, visitor: v, push, props }) {
  const pages = 1 + Math.floor(random() * 3);
  for (let i = 0; i < pages; i++) push('page', BROWSE_PAGES[Math.floor(random() * BROWSE_PAGES.length)], { props: props() });
  if (random() < 0.15) push('track', '/products', { name: 'add_to_wishlist', props: { ...props(), product: 'trail-runner-3', price: 129.9, currency: 'EUR' } });
  if (random() < 0.08) {
    v.userId ??= `user-${Math.floor(random() * 1e9).toString(36)}`;
    push('identify', '/account', { traits: { plan: random() < 0.3 ? 'pro' : 'free', country: v.acceptLanguage.slice(3) } });
  }
}

/** Walks the journey's steps (some drop off), completes it or not, and shows a widget at the right moment. */
export function walkJourney({ random, language, journeyState, push, props }, journey) {
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
    if (random() < 0.6) push('response', path, { widget, response: answer(random, widgetType, language), vitals: vitals(random) });
    else push('widget_dismissed', path, { widget, props: { after_ms: Math.floor(random() * 8000) } });
  }
  if (!completed && random() < 0.3) push('journey_abandon', path, { name: journey.name, props: { reason: 'timeout' } });
}

/** Web vitals as a page of the shop would measure them: mostly good, with a long tail. */
function vitals(random) {
  const lcp = Math.round(800 + random() * random() * 6000);
  return { lcp, inp: Math.round(40 + random() * random() * 700), cls: Math.round(random() * random() * 400) / 1000 };
}

/** An answer to a widget of this type: NPS leans to the middle, CSAT to 3–4, some exits say "other". */
function answer(random, type, locale) {
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
