// What each simulated visitor will do, drawn up front from the seed, so the same seed plays the
// same visitors: where they come from (and on a second visit, from where again), on what device
// and in which language, how far they get, and how they answer the surveys they are shown.
import { createRandom } from './random.mjs';

/** Channels: how visitors arrive, how often, and how happy they tend to be (P(promoter), P(detractor)). */
export const CHANNELS = {
  email: { weight: 18, mood: [0.6, 0.1], landing: () => '/?utm_source=newsletter&utm_medium=email&utm_campaign=autumn-sale' },
  paid: { weight: 16, mood: [0.25, 0.4], landing: (r) => `/category.html?gclid=${r.uuid().slice(0, 18).replace(/-/g, '')}` },
  organic: { weight: 20, mood: [0.45, 0.2], landing: () => '/', referer: () => 'https://www.google.com/' },
  social: {
    weight: 12,
    mood: [0.35, 0.3],
    landing: () => '/products/linen-apron.html',
    referer: (r) => r.pick(['https://t.co/', 'https://www.facebook.com/', 'https://www.instagram.com/']),
  },
  direct: { weight: 16, mood: [0.5, 0.15], landing: () => '/' },
  store: { weight: 8, mood: [0.55, 0.1], landing: () => '/store-pickup.html?mj_tp=store&utm_source=store-qr&utm_medium=qr&utm_campaign=pickup' },
  app: { weight: 10, mood: [0.5, 0.15], landing: (r) => `/order-status.html?mj_aid=${r.uuid()}&mj_tp=app&utm_source=app&utm_medium=app` },
};
const PRODUCTS = ['blue-mug', 'tea-kettle', 'linen-apron'];

/** Comments, by language and mood. */
const COMMENTS = {
  en: {
    good: ['Fast delivery, lovely mug.', 'Checkout was easy.', 'Great quality for the price.'],
    bad: ['Shipping costs were a surprise at the end.', 'The product page took ages to load.', 'Payment form asked for too much.'],
  },
  he: {
    good: ['משלוח מהיר, ספל מקסים.', 'התשלום היה פשוט.', 'איכות מעולה במחיר טוב.'],
    bad: ['דמי המשלוח הפתיעו בסוף.', 'עמוד המוצר נטען לאט מאוד.', 'טופס התשלום ארוך מדי.'],
  },
  ar: {
    good: ['توصيل سريع وكوب جميل.', 'كان الدفع سهلاً.', 'جودة ممتازة مقابل السعر.'],
    bad: ['تكاليف الشحن كانت مفاجأة في النهاية.', 'صفحة المنتج بطيئة جداً.', 'نموذج الدفع طويل جداً.'],
  },
};

/** An NPS score from the channel's mood, lower after a slow page and on a phone. */
function npsScore(r, [promoter, detractor], slowSeen, phone) {
  const shift = (slowSeen ? 0.15 : 0) + (phone ? 0.05 : 0);
  const kind = r.weighted([
    ['promoter', Math.max(0.05, promoter - shift)],
    ['passive', 0.3],
    ['detractor', detractor + shift],
  ]);
  return kind == 'promoter' ? r.int(9, 10) : kind == 'passive' ? r.int(7, 8) : r.int(0, 6);
}

/** An exit-survey reason (the widget's default list: price, just looking, shipping, not found) for the step left at. */
const exitReason = (r, leftAt) =>
  r.weighted(
    leftAt == 'payment'
      ? [
          [0, 5],
          [1, 1],
          [2, 2],
          [3, 1],
        ]
      : leftAt == 'shipping'
        ? [
            [0, 2],
            [1, 1],
            [2, 5],
            [3, 1],
          ]
        : [
            [0, 2],
            [1, 4],
            [2, 1],
            [3, 2],
          ],
  );

/** One visit: its landing and referrer, and the furthest the visitor goes, with their answers. */
function planVisit(r, channel, visitor) {
  const c = CHANNELS[channel];
  const phone = visitor.device == 'phone';
  const product =
    channel == 'social'
      ? 'linen-apron'
      : r.weighted([
          ['blue-mug', 4],
          ['tea-kettle', 3],
          ['linen-apron', 3],
        ]);
  const slowSeen = product == 'tea-kettle';
  // The funnel: each stage reached with a probability; phones and the slow page lose more.
  const reach = [0.8, 0.85, phone ? 0.45 : 0.55, 0.8, (phone ? 0.6 : 0.8) * (slowSeen ? 0.75 : 1), 0.9];
  const funnel = ['category', 'product', 'cart', 'shipping', 'payment', 'confirmation'];
  let depth = 0;
  if (channel != 'app') while (depth < funnel.length && r.chance(reach[depth])) depth++;
  const comment = (good) => (r.chance(0.35) ? r.pick(COMMENTS[visitor.locale][good ? 'good' : 'bad']) : '');
  const score = npsScore(r, c.mood, slowSeen, phone);
  return {
    channel,
    landing: c.landing(r),
    referer: c.referer?.(r),
    product,
    goesTo: funnel.slice(0, depth),
    /** Only shoppers get to a product; the rest of the plan applies if the moment comes. */
    nps: r.chance(0.8) ? { score, comment: comment(score >= 9) } : null,
    // Why they leave depends on where: shipping costs at the shipping step, the price at payment.
    exit: r.chance(0.6) ? { reason: exitReason(r, funnel[depth - 1]) } : null,
    slowAnswer: r.chance(0.7) ? { score: r.int(1, 3) } : null,
    readsHelp: r.chance(0.18),
    helpAnswer: r.chance(0.75) ? { helpful: r.chance(0.65) } : null,
    writesReview: channel == 'app' && r.chance(0.4),
  };
}

/**
 * `count` visitors: device, language, one or two visits (a returning visitor often comes back
 * through another channel, so their last touch differs from their first), and when.
 */
export function planVisitors({ count, seed, days, now = Date.now() }) {
  const r = createRandom(seed);
  const channels = Object.entries(CHANNELS).map(([name, c]) => [name, c.weight]);
  return Array.from({ length: count }, (_, index) => {
    const visitor = {
      index,
      device: r.chance(0.55) ? 'phone' : 'desktop',
      locale: r.weighted([
        ['en', 6],
        ['he', 2],
        ['ar', 2],
      ]),
    };
    const first = Math.round(now - r.next() * days * 864e5);
    const visits = [{ at: first, ...planVisit(r, r.weighted(channels), visitor) }];
    if (r.chance(0.25)) {
      const later = Math.round(Math.min(now - 6e4, first + r.next() * 5 * 864e5));
      visits.push({ at: later, ...planVisit(r, r.weighted(channels.filter(([name]) => name != 'app')), visitor) });
    }
    return { ...visitor, visits };
  });
}

export { PRODUCTS };
