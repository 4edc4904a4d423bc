// Wire events for the collector tests, shaped as the SDK sends them (README "Wire format").
let counter = 0;

const touch = (source: string, medium: string, extra: Record<string, string> = {}) => ({
  source,
  medium,
  touchpoint: 'web',
  ts: '2026-11-01T09:00:00.000Z',
  ...extra,
});

/** One valid event; `over` replaces any field. Ids are unique per test run. */
export function wireEvent(over: Record<string, unknown> = {}): Record<string, any> {
  counter++;
  return {
    id: `evt-${process.pid}-${Date.now().toString(36)}-${counter}`,
    type: 'page',
    ts: new Date(Date.UTC(2026, 10, 20, 10, 0, counter % 60)).toISOString(),
    anonymous_id: 'visitor-1',
    session_id: 'session-1',
    user_id: null,
    seq: counter,
    page: { url: 'https://shop.example/checkout', path: '/checkout', title: 'Checkout', referrer: '' },
    channel: {
      touchpoint: 'web',
      source: { source: 'newsletter', medium: 'email', campaign: 'nov' },
      first_touch: touch('google', 'organic'),
      last_touch: touch('newsletter', 'email', { campaign: 'nov' }),
    },
    journey: { stage: 'purchase', name: 'checkout', step: 'shipping', seq: 2 },
    ...over,
  };
}

/** An NPS answer with `score` (and a comment). */
export const npsAnswer = (score: number, comment: string | null = null, over: Record<string, unknown> = {}) =>
  wireEvent({
    type: 'response',
    widget: { id: 'nps-after-purchase', type: 'nps' },
    response: { score, category: score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor', comment, locale: 'en' },
    vitals: { lcp: 1200, cls: 0.01 },
    ...over,
  });

/** The native batch around events. */
export const nativeBatch = (events: unknown[]) => ({ sent_at: new Date().toISOString(), sdk: { name: 'microjourney', version: '0.1.0' }, events });

/** POSTs a body to the collector; answers the status and the JSON body. */
export async function post(url: string, body: string | object, contentType = 'text/plain;charset=UTF-8', headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    body: typeof body == 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': contentType, ...headers },
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: res.status, json, text, headers: res.headers };
}
