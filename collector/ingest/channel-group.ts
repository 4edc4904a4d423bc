/**
 * Channel groups from source, medium and touchpoint, the way analytics tools group traffic
 * (shared/REPORT.md, "Channel groups"). The rules are tried in order; the first that matches
 * wins. The README's table documents the same order.
 */
export interface SourceFields {
  source?: string;
  medium?: string;
  campaign?: string;
  touchpoint?: string;
  /** Click ids the SDK keeps with their value (`gclid`, `fbclid`, …). */
  [clickId: string]: string | undefined;
}

// Webmail on a search engine's domain (mail.google.com) is not a search site.
const SEARCH_SITES = /^(?!mail\.)(.*\.)?(google|bing|duckduckgo|yahoo|yandex|baidu|ecosia|qwant|brave|naver|seznam|startpage)(\.|$)/;
const SOCIAL_SITES =
  /(^|\.)(facebook|fb|instagram|linkedin|lnkd|twitter|x|t\.co|tiktok|reddit|pinterest|threads|mastodon|bsky|snapchat|whatsapp|telegram)(\.|$)/;
const VIDEO_SITES = /(^|\.)(youtube|youtu\.be|vimeo|dailymotion|twitch)(\.|$)/;
const PAID_MEDIUM = /^(cpc|ppc|paid.*|retargeting)$/;
const SEARCH_CLICK_IDS = ['gclid', 'msclkid', 'gbraid', 'wbraid'];
const SOCIAL_CLICK_IDS = ['ttclid', 'li_fat_id'];

/** The channel group of one touch: `Direct`, `Paid Search`, …, `In store`, `App`, `Unassigned`. */
export function channelGroup(s: SourceFields): string {
  const source = (s.source || '').toLowerCase();
  const medium = (s.medium || '').toLowerCase();
  const touchpoint = (s.touchpoint || 'web').toLowerCase();
  // Our own touchpoints come before the web groups: a QR code in a store is "In store" whatever its campaign.
  if (touchpoint == 'store') return 'In store';
  if (touchpoint == 'app') return 'App';
  if (source == '(direct)' && (!medium || medium == '(none)' || medium == '(not set)')) return 'Direct';
  const search = SEARCH_SITES.test(source);
  const social = SOCIAL_SITES.test(source);
  const video = VIDEO_SITES.test(source);
  const paid = PAID_MEDIUM.test(medium);
  if (search && (paid || SEARCH_CLICK_IDS.some((id) => s[id]))) return 'Paid Search';
  if (social && (paid || SOCIAL_CLICK_IDS.some((id) => s[id]) || (s.fbclid && s.campaign))) return 'Paid Social';
  if (video && paid) return 'Paid Video';
  if (/^(display|banner|cpm|interstitial|expandable)$/.test(medium)) return 'Display';
  if (search || medium == 'organic') return 'Organic Search';
  if (social || /^(social|social-network|social-media|sm)$/.test(medium)) return 'Organic Social';
  if (video || medium.includes('video')) return 'Organic Video';
  if (/^(email|e-mail|e_mail|newsletter)$/.test(source) || /^(email|e-mail|e_mail|newsletter)$/.test(medium)) return 'Email';
  if (medium == 'affiliate') return 'Affiliates';
  if (medium == 'referral') return 'Referral';
  if (medium == 'sms') return 'SMS';
  if (/^(push|mobile|notification)$/.test(medium)) return 'Push';
  // A paid medium from a site we cannot place (an ad network) is still paid traffic.
  if (paid) return 'Paid Other';
  return 'Unassigned';
}

/** Every group `channelGroup` can answer, in the report's order. */
export const CHANNEL_GROUPS = [
  'Direct',
  'Paid Search',
  'Paid Social',
  'Paid Video',
  'Display',
  'Organic Search',
  'Organic Social',
  'Organic Video',
  'Email',
  'Affiliates',
  'Referral',
  'SMS',
  'Push',
  'Paid Other',
  'In store',
  'App',
  'Unassigned',
];
