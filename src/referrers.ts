import type { Source } from './types';

// Referrer classes by host name, in order: webmail first (mail.google.com is not a search).
const REFERRERS: [RegExp, string][] = [
  [/^()(mail|outlook|webmail|proton)/, 'email'],
  [/(^|\.)(google|bing|duckduckgo|yahoo|baidu|yandex|ecosia|qwant|brave|naver|seznam)\./, 'organic'],
  [/(^|\.)(facebook|instagram|t\.co$|twitter|x\.com$|linkedin|lnkd\.in$|reddit|pinterest|youtube|tiktok|threads|mastodon|bsky)/, 'social'],
];

/**
 * The source of an arrival from another site, by its host name: a search engine (`organic`),
 * a social network (`social`), webmail (`email`), else `referral`. The referrers chunk, loaded
 * only when a visitor arrives from another site without campaign parameters.
 */
export function classifyReferrer(host: string): Source {
  for (const [re, medium] of REFERRERS) {
    const brand = re.exec(host)?.[2];
    if (brand) return { source: medium == 'email' ? host : brand.replace(/^(t\.co|x\.com)$/, 'twitter'), medium };
  }
  return { source: host, medium: 'referral' };
}
