// The report screenshots' dataset: a month of visits drawn from a seeded PRNG, so every run
// draws the same journeys and answers (and so the same pictures). scripts/report-screenshots.mjs posts it.
import { createRandom } from '../seed/random.mjs';

const { next: random, pick, chance, weighted } = createRandom(20261122);
const DAY = 86_400_000;

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
  en: {
    good: ['Quick and painless checkout.', 'Loved the express shipping option.', 'Everything was clear, thanks!'],
    bad: ['Delivery took far too long and nobody answered my emails.', 'Could not find where to enter my coupon.', 'The payment page froze twice.'],
  },
  he: { good: ['קנייה מהירה ונוחה, תודה!', 'השירות היה מצוין.'], bad: ['המשלוח איחר בשבוע ולא קיבלתי תשובה מהשירות.', 'דמי המשלוח יקרים מדי.'] },
  ar: { good: ['تجربة شراء سهلة وسريعة.', 'خدمة ممتازة، شكراً لكم.'], bad: ['تأخر التوصيل كثيراً ولم يرد أحد على رسائلي.', 'صفحة الدفع معقدة جداً.'] },
};
const EXIT_REASONS = ['Shipping costs too much', 'Just looking', 'Payment failed', 'Need to ask someone first'];
/** The User-Agent each device posts with: the collector reads the device from it. */
export const DEVICES = {
  desktop: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  mobile: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
};

/** The weights (`[value, weight]`) the visits are drawn with: how a visitor first came, how a later visit
 * comes (a third of them), the locale, the journey, and the NPS score (roughly retail's, about +20). */
const FIRST_VIA = [
  ['email', 3],
  ['paidSearch', 3],
  ['organicSearch', 3],
  ['social', 2],
  ['referral', 1],
  ['direct', 2],
];
const LATER_VIA = [
  ['email', 2],
  ['paidSearch', 2],
  ['direct', 3],
];
const LOCALES = [
  ['en', 6],
  ['he', 2],
  ['ar', 2],
];
const JOURNEY_MIX = [
  ['checkout', 7],
  ['onboarding', 3],
];
const NPS_SCORES = [
  [10, 20],
  [9, 22],
  [8, 16],
  [7, 12],
  [6, 7],
  [5, 6],
  [4, 4],
  [3, 4],
  [2, 3],
  [1, 2],
  [0, 2],
];

let counter = 0;
const id = (ts) => `${ts.toString(16).padStart(12, '0')}-shot-${(++counter).toString(16).padStart(6, '0')}`;
/** One visitor's visit: pages, steps as far as they got, maybe completion, maybe an answer. */
export function visit(n, now) {
  const firstVia = weighted(FIRST_VIA);
  const via = chance(0.35) ? weighted(LATER_VIA) : firstVia;
  const lastVia = via == 'direct' ? firstVia : via; // direct never overrides a campaign
  const locale = weighted(LOCALES);
  const journeyName = weighted(JOURNEY_MIX);
  const journey = JOURNEYS[journeyName];
  const start = now - Math.floor(random() * 29.5 * DAY) - 2 * 3600_000;
  const visitor = { anonymous: `anon-${n}`, user: chance(0.4) ? `customer-${1000 + n}` : null, device: chance(0.45) ? 'mobile' : 'desktop' };
  const touch = (key) => ({ ...SOURCES[key], touchpoint: 'web', ts: new Date(start - DAY).toISOString() });
  const channel = { touchpoint: 'web', source: SOURCES[via], first_touch: touch(firstVia), last_touch: touch(lastVia) };
  const vitals = {
    lcp: Math.round(1200 + random() * random() * 5000),
    cls: Math.round(random() * random() * 40) / 100,
    inp: Math.round(60 + random() * random() * 700),
  };
  const events = [];
  let clock = start;
  let seq = 0;
  const add = (type, fields = {}, stage = journey.stage, step = null) => {
    clock += Math.round(20_000 + random() * random() * 600_000);
    events.push({
      id: id(clock),
      type,
      ts: new Date(clock).toISOString(),
      anonymous_id: visitor.anonymous,
      session_id: `s-${n}`,
      user_id: visitor.user,
      seq: ++seq,
      page: { url: `https://shop.example/${journeyName}`, path: `/${journeyName}`, title: journeyName, referrer: '' },
      channel,
      journey: { stage, name: step ? journeyName : null, step, seq },
      ...fields,
    });
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
    if (chance(0.2))
      add('stage', { name: 'consideration' }, 'consideration'); // back to browsing after buying
    else if (chance(0.4)) add('stage', { name: 'retention' }, 'retention');
    if (chance(0.1)) add('stage', { name: 'advocacy' }, 'advocacy');
  } else if (chance(0.5)) widget('exit', chance(0.6) && { choice: pick(EXIT_REASONS), index: 0, other: null });
  else if (reached > 1 && chance(0.3)) widget('nps', chance(0.7) && npsAnswer(locale, vitals));
  return { device: visitor.device, events };
}

function npsAnswer(locale, vitals) {
  // Roughly what retail sees (NPS about +20), and worse on a slow page.
  const slow = vitals.lcp > 4000 || vitals.inp > 500;
  const drawn = weighted(NPS_SCORES);
  const score = Math.max(0, drawn - (slow && chance(0.4) ? 2 : 0));
  const category = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
  const comment = chance(0.55) ? pick(COMMENTS[locale][category == 'detractor' ? 'bad' : 'good']) : null;
  return { score, category, comment };
}

function csatAnswer(locale) {
  const up = chance(0.72);
  return { thumb: up ? 'up' : 'down', positive: up, comment: chance(0.5) ? pick(COMMENTS[locale][up ? 'good' : 'bad']) : null };
}
