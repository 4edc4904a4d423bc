import { expect, it } from 'vitest';
import { classifyReferrer } from '../../src/referrers';

it.each([
  ['google.co.uk', 'google', 'organic'],
  ['duckduckgo.com', 'duckduckgo', 'organic'],
  ['mail.google.com', 'mail.google.com', 'email'],
  ['outlook.live.com', 'outlook.live.com', 'email'],
  ['t.co', 'twitter', 'social'],
  ['l.facebook.com', 'facebook', 'social'],
  ['linkedin.com', 'linkedin', 'social'],
  ['blog.example.org', 'blog.example.org', 'referral'],
])('classifies %s as %s / %s', (host, source, medium) => {
  expect(classifyReferrer(host)).toEqual({ source, medium });
});
