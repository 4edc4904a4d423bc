// @vitest-environment node
import { expect, it } from 'vitest';
import { channelGroup } from '../../collector/ingest/channel-group';

// One row per rule of shared/REPORT.md's table, plus the order between rules that could both match.
it.each([
  [{ source: '(direct)', medium: '(none)' }, 'Direct'],
  [{ source: 'google', medium: 'cpc' }, 'Paid Search'],
  [{ source: 'bing', medium: 'ppc' }, 'Paid Search'],
  [{ source: 'google', medium: 'cpc', gclid: 'abc' }, 'Paid Search'],
  [{ source: 'google', medium: 'organic', gclid: 'abc' }, 'Paid Search'],
  [{ source: 'facebook', medium: 'paid_social' }, 'Paid Social'],
  [{ source: 'tiktok', medium: 'cpc', ttclid: 'x' }, 'Paid Social'],
  [{ source: 'facebook', medium: 'social', fbclid: 'x', campaign: 'spring' }, 'Paid Social'],
  [{ source: 'youtube', medium: 'paid-video' }, 'Paid Video'],
  [{ source: 'adnet', medium: 'display' }, 'Display'],
  [{ source: 'adnet', medium: 'cpm' }, 'Display'],
  [{ source: 'google', medium: 'organic' }, 'Organic Search'],
  [{ source: 'duckduckgo', medium: 'referral' }, 'Organic Search'],
  [{ source: 'facebook', medium: 'social', fbclid: 'x' }, 'Organic Social'],
  [{ source: 'twitter', medium: 'social' }, 'Organic Social'],
  [{ source: 'forum', medium: 'sm' }, 'Organic Social'],
  [{ source: 'vimeo', medium: 'referral' }, 'Organic Video'],
  [{ source: 'newsletter', medium: 'email' }, 'Email'],
  [{ source: 'mail.google.com', medium: 'email' }, 'Email'],
  [{ source: 'newsletter', medium: '(none)' }, 'Email'],
  [{ source: 'partner', medium: 'affiliate' }, 'Affiliates'],
  [{ source: 'blog.example', medium: 'referral' }, 'Referral'],
  [{ source: 'twilio', medium: 'sms' }, 'SMS'],
  [{ source: 'app', medium: 'push' }, 'Push'],
  [{ source: 'qr', medium: 'print', touchpoint: 'store' }, 'In store'],
  [{ source: 'newsletter', medium: 'email', touchpoint: 'app' }, 'App'],
  [{ source: 'somewhere', medium: 'carrier-pigeon' }, 'Unassigned'],
])('%j → %s', (touch, group) => {
  expect(channelGroup(touch)).toBe(group);
});
