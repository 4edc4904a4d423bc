import { readState, writeState } from './lib/local-state';
import type { ChannelContext, Source, Touch } from './types';
import { TOUCHPOINT } from './lib/storage-keys';

/** Query parameters that describe the arrival. No other parameter is ever recorded (PII). */
export const CAMPAIGN_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];
/** Click ids, and the source and medium each implies. */
const CLICK_IDS: Record<string, [string, string]> = {
  gclid: ['google', 'cpc'],
  msclkid: ['bing', 'cpc'],
  fbclid: ['facebook', 'social'],
  ttclid: ['tiktok', 'cpc'],
  li_fat_id: ['linkedin', 'cpc'],
};
export const ATTRIBUTION_PARAMS = [...CAMPAIGN_PARAMS, ...Object.keys(CLICK_IDS), TOUCHPOINT];

const source = (name: string, medium: string, extra: Partial<Source> = {}): Source => ({ source: name, medium, ...extra });

/** Whether a source is a direct visit: it continues a session and does not replace the last touch. */
export const isDirect = (s: Source) => s.source == DIRECT.source;

/** A visit with no campaign parameter, no click id and no referrer. Never mutated: shared. */
export const DIRECT: Source = { source: '(direct)', medium: '(none)' };

/**
 * How the visitor arrived at this page: from `utm_*`, then a click id, then the referrer.
 * Returns `null` for a navigation inside the site (no campaign parameter, same-site referrer),
 * which continues the current source rather than starting a new one. Another site's referrer
 * comes back as `{ source: host, medium: 'referral' }`; `classifyReferrer` (a chunk, loaded
 * only for such arrivals) tells search engines, social networks and webmail apart.
 */
export function readArrival(url: URL, referrer: string): Source | null {
  // At most 200 characters each, the collector's limit: a longer one would get every event refused.
  const get = (param: string) => url.searchParams.get(param)?.slice(0, 200);
  const extra: Partial<Source> = {};
  for (const k of ['campaign', 'term', 'content']) if (get('utm_' + k)) extra[k] = get('utm_' + k);
  const clickId = Object.keys(CLICK_IDS).find(get);
  if (clickId) extra[clickId] = get(clickId);
  // A utm_medium without a utm_source names no source: the click id or the referrer decides.
  const utmSource = get('utm_source');
  if (utmSource) return source(utmSource, get('utm_medium') || '(none)', extra);
  if (clickId) return source(...CLICK_IDS[clickId]!, extra);
  let ref: URL;
  try {
    ref = new URL(referrer);
  } catch {
    return DIRECT;
  }
  if (ref.host == url.host) return null;
  const host = ref.hostname.replace(/^www\./, '');
  return source(host, 'referral');
}

/** A stable key for "the same source": a change of key starts a new session. */
export const sourceKey = (s: Source) => [s.source, s.medium, s.campaign] + '';

/**
 * The touchpoint: `mj_tp` on the URL (an app webview or an in-store QR code adds it) wins and
 * is remembered for the tab (when consent allows storing), then the config's `touchpoint`, then `web`.
 */
export function readTouchpoint(url: URL, configured?: string, store?: boolean): string {
  // The stored one is checked too: another script may have written anything there.
  const valid = (tp: string | null) => (tp && /^[a-z][\w-]{0,31}$/.test(tp) ? tp : null);
  let tp = valid(url.searchParams.get(TOUCHPOINT));
  try {
    if (tp) store && sessionStorage.setItem(TOUCHPOINT, tp);
    else tp = valid(sessionStorage.getItem(TOUCHPOINT));
  } catch {
    /* storage disabled: the URL alone decides */
  }
  return tp || configured || 'web';
}

/**
 * Records a touch. The first touch is kept for ever (until `reset()`); the last touch is the
 * latest non-direct one, so a direct return visit does not erase the campaign that brought
 * the visitor (the usual "last non-direct click" model).
 */
export function recordTouch(src: Source, touchpoint: string, now: number): void {
  const touches = readState<{ first?: Touch; last?: Touch }>('touch') || {};
  const touch: Touch = { ...src, touchpoint, ts: new Date(now).toISOString() };
  touches.first ||= touch;
  if (!touches.last || !isDirect(src)) touches.last = touch;
  writeState('touch', touches);
}

/** The channel context every event carries. */
export function getChannel(current: Source, touchpoint: string): ChannelContext {
  // The session recorded a touch when it started; should storage have lost it, the current source stands in.
  const t = readState<{ first: Touch; last: Touch }>('touch');
  return { touchpoint, source: current, first_touch: t?.first || current, last_touch: t?.last || current } as ChannelContext;
}
