#!/usr/bin/env node
// Screenshots of the collector's report for the README (docs/report/*.png): starts the built
// collector in memory, posts a generated month of journeys and answers (a seeded PRNG, so every
// run draws the same data), closes the loop on a few answers, and shoots each section.
//   npm run build && node scripts/report-screenshots.mjs [--out docs/report] [--dark] [--width 1280]
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { out: { type: 'string', default: join(root, 'docs', 'report') }, dark: { type: 'boolean', default: false }, width: { type: 'string', default: '1280' } } });
const SECTIONS = ['headline', 'dimensions', 'attribution', 'funnels', 'stages', 'comments', 'inbox', 'health'];
const DAY = 86_400_000;

/** mulberry32: a small seeded PRNG, so the dataset (and the screenshots) are the same on every run. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20261122);
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
/** A weighted pick: `[[value, weight], …]`. */
const weighted = (pairs) => {
  let r = random() * pairs.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs[0][0];
};

const SOURCES = {
  email: { source: 'newsletter', medium: 'email', campaign: 'november' },
  paidSearch: { source: 'google', medium: 'cpc', campaign: 'brand', gclid: 'x' },
  organicSearch: { source: 'google', medium: 'organic' },
  social: { source: 'instagram', medium: 'social' },
  referral: { source: 'blog.example', medium: 'referral' },
  direct: { source: '(direct)', medium: '(none)' },
};
const JOURNEYS = {
  checkout: { stage: 'purchase', steps: ['cart', 'shipping', 'payment'], carry: [0.85, 0.75, 0.8] },
  onboarding: { stage: 'retention', steps: ['signup', 'verify', 'profile'], carry: [0.8, 0.6, 0.85] },
};
const COMMENTS = {
  en: { good: ['Quick and painless checkout.', 'Loved the express shipping option.', 'Everything was clear, thanks!'], bad: ['Delivery took far too long and nobody answered my emails.', 'Could not find where to enter my coupon.', 'The payment page froze twice.'] },
  he: { good: ['קנייה מהירה ונוחה, תודה!', 'השירות היה מצוין.'], bad: ['המשלוח איחר בשבוע ולא קיבלתי תשובה מהשירות.', 'דמי המשלוח יקרים מדי.'] },
  ar: { good: ['تجربة شراء سهلة وسريعة.', 'خدمة ممتازة، شكراً لكم.'], bad: ['تأخر التوصيل كثيراً ولم يرد أحد على رسائلي.', 'صفحة الدفع معقدة جداً.'] },
};
const EXIT_REASONS = ['Shipping costs too much', 'Just looking', 'Payment failed', 'Need to ask someone first'];
const DEVICES = {
  desktop: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  mobile: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
};

let counter = 0;
const id = (ts) => `${ts.toString(16).padStart(12, '0')}-shot-${(++counter).toString(16).padStart(6, '0')}`;

/** One visitor's visit: pages, steps as far as they got, maybe completion, maybe an answer. */
function visit(n, now) {
  const firstVia = weighted([['email', 3], ['paidSearch', 3], ['organicSearch', 3], ['social', 2], ['referral', 1], ['direct', 2]]);
  const via = chance(0.35) ? weighted([['email', 2], ['paidSearch', 2], ['direct', 3]]) : firstVia;
  const lastVia = via == 'direct' ? firstVia : via; // direct never overrides a campaign
  const locale = weighted([['en', 6], ['he', 2], ['ar', 2]]);
  const journeyName = weighted([['checkout', 7], ['onboarding', 3]]);
  const journey = JOURNEYS[journeyName];
  const start = now - Math.floor(random() * 29.5 * DAY) - 2 * 3600_000;
  const visitor = { anonymous: `anon-${n}`, user: chance(0.4) ? `customer-${1000 + n}` : null, device: chance(0.45) ? 'mobile' : 'desktop' };
  const touch = (key) => ({ ...SOURCES[key], touchpoint: 'web', ts: new Date(start - DAY).toISOString() });
  const channel = { touchpoint: 'web', source: SOURCES[via], first_touch: touch(firstVia), last_touch: touch(lastVia) };
  const vitals = { lcp: Math.round(1200 + random() * random() * 5000), cls: Math.round(random() * random() * 40) / 100, inp: Math.round(60 + random() * random() * 700) };
  const events = [];
  let clock = start;
  let seq = 0;
  const add = (type, fields = {}, stage = journey.stage, step = null) => {
    clock += Math.round(20_000 + random() * random() * 600_000);
    events.push({ id: id(clock), type, ts: new Date(clock).toISOString(), anonymous_id: visitor.anonymous, session_id: `s-${n}`, user_id: visitor.user, seq: ++seq, page: { url: `https://shop.example/${journeyName}`, path: `/${journeyName}`, title: journeyName, referrer: '' }, channel, journey: { stage, name: step ? journeyName : null, step, seq }, ...fields });
  };
  add('page', {}, 'awareness');
  add('stage', { name: 'consideration' }, 'consideration');
  if (chance(0.15)) add('stage', { name: 'awareness' }, 'awareness'); // a step back: browsing again
  let reached = 0;
  for (const [i, step] of journey.steps.entries()) {
    if (i > 0 && !chance(journey.carry[i - 1])) break;
    add('step', { name: `${journeyName}:${step}` }, journey.stage, step);
    reached = i + 1;
  }
  const completed = reached == journey.steps.length && chance(journey.carry.at(-1));
  const lastStep = journey.steps[reached - 1];
  const widget = (type, response) => {
    add('widget_shown', { widget: { id: `${type}-${journeyName}`, type } }, journey.stage, lastStep);
    if (!response) return add('widget_dismissed', { widget: { id: `${type}-${journeyName}`, type } }, journey.stage, lastStep);
    add('response', { widget: { id: `${type}-${journeyName}`, type }, response: { ...response, locale }, vitals }, journey.stage, lastStep);
  };
  if (completed) {
    add('journey_complete', { name: journeyName }, journey.stage, lastStep);
    if (chance(0.85)) widget('nps', chance(0.75) && npsAnswer(locale, vitals));
    if (chance(0.4)) widget('csat', chance(0.8) && csatAnswer(locale));
    if (chance(0.2)) add('stage', { name: 'consideration' }, 'consideration'); // back to browsing after buying
    else if (chance(0.4)) add('stage', { name: 'retention' }, 'retention');
    if (chance(0.1)) add('stage', { name: 'advocacy' }, 'advocacy');
  } else if (chance(0.5)) widget('exit', chance(0.6) && { choice: pick(EXIT_REASONS), index: 0, other: null });
  else if (reached > 1 && chance(0.3)) widget('nps', chance(0.7) && npsAnswer(locale, vitals));
  return { device: visitor.device, events };
}

function npsAnswer(locale, vitals) {
  // Roughly what retail sees (NPS about +20), and worse on a slow page.
  const slow = vitals.lcp > 4000 || vitals.inp > 500;
  const drawn = weighted([[10, 20], [9, 22], [8, 16], [7, 12], [6, 7], [5, 6], [4, 4], [3, 4], [2, 3], [1, 2], [0, 2]]);
  const score = Math.max(0, drawn - (slow && chance(0.4) ? 2 : 0));
  const category = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
  const comment = chance(0.55) ? pick(COMMENTS[locale][category == 'detractor' ? 'bad' : 'good']) : null;
  return { score, category, comment };
}

function csatAnswer(locale) {
  const up = chance(0.72);
  return { thumb: up ? 'up' : 'down', positive: up, comment: chance(0.5) ? pick(COMMENTS[locale][up ? 'good' : 'bad']) : null };
}

async function post(url, events, device) {
  for (let i = 0; i < events.length; i += 400) {
    const body = JSON.stringify({ sent_at: new Date().toISOString(), sdk: { name: 'microjourney', version: '0.1.0' }, events: events.slice(i, i + 400) });
    const response = await fetch(`${url}/mj/collect`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': DEVICES[device] }, body });
    if (!response.ok) throw new Error(`the collector refused the dataset: ${response.status} ${await response.text()}`);
  }
}

/** Posts the dataset by device (the collector reads the device from the User-Agent), plus a resend to show duplicates. */
async function postDataset(url) {
  const now = Date.now();
  const visits = Array.from({ length: 200 }, (_, n) => visit(n, now));
  for (const device of Object.keys(DEVICES)) await post(url, visits.filter((v) => v.device == device).flatMap((v) => v.events), device);
  await post(url, visits[0].events.slice(0, 3), visits[0].device); // an SDK retry: de-duplicated
  return visits.reduce((sum, v) => sum + v.events.length, 0);
}

/** Moves a few inbox answers along, as a team working the loop would. */
async function workTheInbox(url) {
  const inbox = await (await fetch(`${url}/report/api/inbox?limit=12`)).json();
  const people = ['Dana', 'Omar', 'Lea'];
  for (const [i, item] of inbox.rows.entries()) {
    if (i % 3 == 2) continue;
    const change = { status: i % 3 == 0 ? 'contacted' : 'resolved', note: i % 3 == 0 ? 'Called back, waiting on the courier' : 'Refund sent, customer happy', by: people[i % 3] };
    await fetch(`${url}/report/api/inbox/${encodeURIComponent(item.id)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(change) });
  }
}

async function shoot(url, out) {
  const executablePath = ['/usr/bin/chromium'].find((p) => existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const context = await browser.newContext({ viewport: { width: Number(args.width), height: 900 }, deviceScaleFactor: 1, locale: 'en-US', colorScheme: args.dark ? 'dark' : 'light' });
    const page = await context.newPage();
    await page.goto(`${url}/report`);
    await page.locator('#health .stat').first().waitFor();
    await page.getByText(/^Loading /).first().waitFor({ state: 'detached' }).catch(() => {});
    await page.waitForTimeout(500); // charts draw on the next frame
    await page.screenshot({ path: join(out, 'overview.png') });
    for (const section of SECTIONS) await page.locator(`#${section}`).screenshot({ path: join(out, `${section}.png`) });
  } finally {
    await browser.close();
  }
}

const out = resolve(args.out);
mkdirSync(out, { recursive: true });
const serverFile = join(root, 'dist', 'collector', 'server.js');
if (!existsSync(serverFile)) throw new Error(`${serverFile} is missing: run \`npm run build\` first`);
const { startCollector } = await import(pathToFileURL(serverFile).href);
const collector = await startCollector({ port: 0, host: '127.0.0.1', dataDir: 'memory://' });
try {
  const events = await postDataset(collector.url);
  await workTheInbox(collector.url);
  await shoot(collector.url, out);
  console.log(`${events} events posted; screenshots of ${SECTIONS.length} sections and the overview in ${out}`);
} finally {
  await collector.close();
}
