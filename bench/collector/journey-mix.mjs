// What bench:collector's visitors are drawn from (journeys.mjs, session-events.mjs): channels,
// devices, locales, the micro-journeys and the answers, each as `[value, weight]` pairs or lists.

// Sources and mediums as the SDK records them; channel groups follow from them at ingest.
export const CHANNELS = [
  [{ source: 'google', medium: 'organic' }, 28],
  [{ source: '(direct)', medium: '(none)' }, 20],
  [{ source: 'google', medium: 'cpc', campaign: 'brand-search', gclid: 'Cj0KCQiA' }, 11],
  [{ source: 'newsletter', medium: 'email', campaign: 'nov-digest' }, 10],
  [{ source: 'facebook', medium: 'social' }, 7],
  [{ source: 'instagram', medium: 'paid', campaign: 'black-friday' }, 5],
  [{ source: 'partner-blog.example', medium: 'referral' }, 7],
  [{ source: 'bing', medium: 'organic' }, 4],
  [{ source: 'deals.example', medium: 'affiliate', campaign: 'cashback' }, 3],
  [{ source: 'youtube', medium: 'video' }, 2],
  [{ source: 'sms-provider', medium: 'sms', campaign: 'reminder' }, 2],
  [{ source: 'display-network', medium: 'display', campaign: 'retargeting-q4' }, 1],
];
export const TOUCHPOINTS = [
  ['web', 85],
  ['app', 10],
  ['store', 5],
];
export const DEVICES = [
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 38],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36', 17],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36', 26],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 12],
  ['Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 7],
];
export const LOCALES = [
  ['en-US', 45],
  ['en-GB', 12],
  ['de-DE', 14],
  ['fr-FR', 10],
  ['he-IL', 5],
  ['ru-RU', 6],
  ['es-ES', 8],
];

// Several micro-journeys, each in a stage, with its steps in order and the pages they happen on.
export const JOURNEYS = [
  { name: 'checkout', stage: 'purchase', weight: 40, steps: ['cart', 'shipping', 'payment', 'review'], keep: 0.78, widget: 'nps' },
  { name: 'onboarding', stage: 'consideration', weight: 25, steps: ['signup', 'verify-email', 'profile', 'first-project'], keep: 0.72, widget: 'csat' },
  { name: 'support', stage: 'retention', weight: 20, steps: ['search', 'article', 'contact'], keep: 0.6, widget: 'csat' },
  { name: 'referral', stage: 'advocacy', weight: 5, steps: ['invite', 'share'], keep: 0.5, widget: 'nps' },
  { name: null, stage: 'awareness', weight: 10, steps: [], keep: 0, widget: null },
];
export const BROWSE_PAGES = [
  '/',
  '/products',
  '/products/trail-runner-3',
  '/products/city-walker',
  '/pricing',
  '/blog/how-to-choose-running-shoes',
  '/about',
  '/help',
];
export const EXIT_REASONS = [
  'Shipping is too expensive',
  'I was just looking',
  'The form asked for too much',
  'Payment failed',
  'I could not find my size',
  null,
];
export const COMMENTS = {
  good: [
    'Quick and easy, thank you!',
    'Delivery options were clear.',
    'Loved the size guide.',
    'Everything worked first time.',
    'Great support, solved in minutes.',
  ],
  bad: [
    'The page kept reloading during payment.',
    'Too many steps to sign up.',
    'Shipping costs only appeared at the end.',
    'The article did not answer my question.',
    'Die Seite war sehr langsam.',
    'הטופס לא עבד בטלפון',
    'Слишком долго грузилось',
  ],
};
