import { CLICK_IDS, DIRECT, source } from './channel';
import { classifyReferrer } from './referrers';
import type { PageContext, Source } from './types';

/**
 * How the visitor arrived at this page: from `utm_*`, then a click id, then the referrer.
 * Returns `null` for a navigation inside the site (no campaign parameter, same-site referrer),
 * which continues the current source rather than starting a new one. Another site's referrer
 * comes back as `{ source: host, medium: 'referral' }`, which `classifyArrival` classifies.
 */
export function parseArrival(url: URL, referrer: string): Source | null {
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

/**
 * The arrival a call's page shows (its URL, cleaned to the attribution parameters, and its
 * referrer), another site's referrer classified. The referrers chunk, loaded when a call came
 * with campaign parameters, a click id or from another site.
 */
export function classifyArrival(page: PageContext): Source | null {
  const arrival = parseArrival(new URL(page.url), page.referrer);
  return arrival?.medium == 'referral' ? classifyReferrer(arrival.source) : arrival;
}
