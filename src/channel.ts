import { readState, writeState } from './lib/local-state';
import type { ChannelContext, Source, Touch } from './types';
import { TOUCHPOINT } from './lib/storage-keys';

/** Query parameters that describe the arrival. No other parameter is ever recorded (PII). */
export const CAMPAIGN_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];
/** Click ids, and the source and medium each implies. */
export const CLICK_IDS: Record<string, [string, string]> = {
  gclid: ['google', 'cpc'],
  msclkid: ['bing', 'cpc'],
  fbclid: ['facebook', 'social'],
  ttclid: ['tiktok', 'cpc'],
  li_fat_id: ['linkedin', 'cpc'],
};
/** The parameters that mark an arrival from a campaign or an ad. */
const MARKS = [...CAMPAIGN_PARAMS, ...Object.keys(CLICK_IDS)];
export const ATTRIBUTION_PARAMS = [...MARKS, TOUCHPOINT];

export const source = (name: string, medium: string, extra: Partial<Source> = {}): Source => ({ source: name, medium, ...extra });

/** Whether a source is a direct visit: it continues a session and does not replace the last touch. */
export const isDirect = (s: Source) => s.source == DIRECT.source;

/** A visit with no campaign parameter, no click id and no referrer. Never mutated: shared. */
export const DIRECT: Source = { source: '(direct)', medium: '(none)' };

/**
 * How the visitor arrived at this page, as far as the core tells without the referrers chunk:
 * `null` for a navigation inside the site (no campaign parameter or click id, a same-site
 * referrer), `DIRECT` for neither parameter nor referrer. Any other arrival comes back as a
 * `referral` from the referrer's host (or `(direct)`), which the referrers chunk, loaded for it,
 * reads again from the call's page (`classifyArrival` in arrival.ts): utm_*, click ids, search
 * engines and social sites.
 */
export function readArrival(url: URL, referrer: string): Source | null {
  let ref: URL | undefined;
  // No referrer is not parsed: a page's first exception costs it 1-2 ms (bench:peers).
  if (referrer)
    try {
      ref = new URL(referrer);
    } catch {
      /* not a URL */
    }
  if (!MARKS.some((param) => url.searchParams.has(param))) {
    if (!ref) return DIRECT;
    if (ref.host == url.host) return null;
  }
  return source(ref?.hostname || DIRECT.source, 'referral');
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
