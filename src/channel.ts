import { readState, writeState } from './lib/local-state';
import type { ChannelContext, Source, Touch } from './types';

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
export const ATTRIBUTION_PARAMS = [...CAMPAIGN_PARAMS, ...Object.keys(CLICK_IDS), 'mj_tp'];

// Referrer classes by host name, in order: webmail first (mail.google.com is not a search).
const REFERRERS: [RegExp, string][] = [
  [/^()(mail|outlook|webmail|proton)/, 'email'],
  [/(^|\.)(google|bing|duckduckgo|yahoo|baidu|yandex|ecosia|qwant|brave|naver|seznam)\./, 'organic'],
  [/(^|\.)(facebook|instagram|t\.co$|twitter|x\.com$|linkedin|lnkd\.in$|reddit|pinterest|youtube|tiktok|threads|mastodon|bsky)/, 'social'],
];
const source = (name: string, medium: string, extra: Partial<Source> = {}): Source => ({ source: name, medium, ...extra });

/** Whether a source is a direct visit: it continues a session and does not replace the last touch. */
export const isDirect = (s: Source) => s.medium == '(none)' && s.source == '(direct)';

/**
 * How the visitor arrived at this page: from `utm_*`, then a click id, then the referrer.
 * Returns `null` for a navigation inside the site (no campaign parameter, same-site referrer),
 * which continues the current source rather than starting a new one.
 */
export function readArrival(url: URL, referrer: string): Source | null {
  const p = url.searchParams;
  const extra: Partial<Source> = {};
  for (const k of ['campaign', 'term', 'content']) if (p.get('utm_' + k)) extra[k] = p.get('utm_' + k)!;
  const clickId = Object.keys(CLICK_IDS).find((k) => p.get(k));
  if (clickId) extra[clickId] = p.get(clickId)!;
  const utmSource = p.get('utm_source');
  const utmMedium = p.get('utm_medium');
  if (utmSource || utmMedium) return source(utmSource || '(not set)', utmMedium || '(none)', extra);
  if (clickId) return source(...CLICK_IDS[clickId]!, extra);
  let ref: URL;
  try {
    ref = new URL(referrer);
  } catch {
    return source('(direct)', '(none)');
  }
  if (ref.host == url.host) return null;
  const host = ref.hostname.replace(/^www\./, '');
  for (const [re, medium] of REFERRERS) {
    const brand = re.exec(host)?.[2];
    if (brand) return source(medium == 'email' ? host : brand.replace(/^(t\.co|x\.com)$/, 'twitter'), medium);
  }
  return source(host, 'referral');
}

/** A stable key for "the same source": a change of key starts a new session. */
export const sourceKey = (s: Source) => `${s.source}|${s.medium}|${s.campaign || ''}`;

/**
 * The touchpoint: `mj_tp` on the URL (an app webview or an in-store QR code adds it) wins and
 * is remembered for the tab, then the config's `touchpoint`, then `web`.
 */
export function readTouchpoint(url: URL, configured?: string): string {
  const fromUrl = url.searchParams.get('mj_tp');
  let tp = fromUrl && /^[a-z][\w-]{0,31}$/.test(fromUrl) ? fromUrl : null;
  try {
    if (tp) sessionStorage.setItem('mj_tp', tp);
    else tp = sessionStorage.getItem('mj_tp');
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
