// Plays one planned visitor in a browser context of its own: its visits in order, at their
// planned times (the context's clock is set back to them), through the shop's real pages, the
// real script tag, IndexedDB, the outbox and the widgets. Returns what the visitor did.
import { answer, appears, dismiss } from './answer-widget.mjs';

const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const LOCALES = { en: 'en-US', he: 'he-IL', ar: 'ar-EG' };

/** Goes to a page of the shop as a click from the current one would (a same-site referrer). */
const visit = (page, url) => page.goto(url, { referer: page.url().startsWith('http') ? page.url() : undefined });

/** The product page; on the slow one, waits for its picture, touches the page (which settles LCP) and meets the survey. */
async function viewProduct(page, shop, plan, did) {
  await visit(page, `${shop}/products/${plan.product}.html`);
  if (plan.product != 'tea-kettle') return;
  await page.locator('#hero').evaluate((img) => img.complete || new Promise((resolve) => img.addEventListener('load', resolve, { once: true })));
  await page.mouse.click(5, 5);
  if (!(await appears(page, 'csat-slow-page', 2500))) return;
  did.shown++;
  if (plan.slowAnswer)
    await answer(page, 'csat-slow-page', plan.slowAnswer.score - 1).then(() => did.answers.push({ widget: 'csat-slow-page', score: plan.slowAnswer.score }));
  else await dismiss(page, 'csat-slow-page').then(() => did.dismissed++);
}

/** Walks the planned funnel: category, product, cart, shipping, payment, confirmation. */
async function shop(page, context, shopUrl, plan, did, device) {
  for (const stage of plan.goesTo) {
    if (stage == 'category') await visit(page, `${shopUrl}/category.html`);
    if (stage == 'product') await viewProduct(page, shopUrl, plan, did);
    if (stage == 'cart') await Promise.all([page.waitForURL('**/cart.html'), page.click('#add-to-cart')]);
    if (stage == 'shipping') await Promise.all([page.waitForURL('**/shipping.html'), page.click('#to-shipping')]);
    if (stage == 'payment') await Promise.all([page.waitForURL('**/payment.html'), page.click('#to-payment')]);
    if (stage == 'confirmation') await Promise.all([page.waitForURL('**/confirmation.html'), page.click('#place-order')]);
  }
  if (plan.goesTo.includes('confirmation')) {
    did.checkouts++;
    await context.clock.fastForward(1500); // the prompt's 1 s delay
    if (await appears(page, 'nps-after-checkout', 4000)) {
      did.shown++;
      if (plan.nps)
        await answer(page, 'nps-after-checkout', plan.nps.score, plan.nps.comment).then(() =>
          did.answers.push({ widget: 'nps-after-checkout', score: plan.nps.score, channel: plan.channel }),
        );
      else await dismiss(page, 'nps-after-checkout').then(() => did.dismissed++);
    }
  } else if (plan.goesTo.includes('cart') && device == 'desktop') {
    // Leaving mid-checkout: after a dwell, the pointer heads for the tabs.
    await context.clock.fastForward(3500);
    await page.mouse.move(600, 300);
    await page.mouse.move(600, -20, { steps: 4 });
    if (await appears(page, 'exit-checkout', 2500)) {
      did.shown++;
      if (plan.exit) await answer(page, 'exit-checkout', plan.exit.reason).then(() => did.answers.push({ widget: 'exit-checkout', reason: plan.exit.reason }));
      else await dismiss(page, 'exit-checkout').then(() => did.dismissed++);
    }
  }
}

/** The help article, read to the end: 75 % of it brings the CSAT thumbs. */
async function readHelp(page, shopUrl, plan, did) {
  await visit(page, `${shopUrl}/help/returns.html`);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 700);
  if (!(await appears(page, 'csat-help-article', 2500))) return;
  did.shown++;
  if (plan.helpAnswer)
    await answer(page, 'csat-help-article', plan.helpAnswer.helpful ? 0 : 1).then(() =>
      did.answers.push({ widget: 'csat-help-article', helpful: plan.helpAnswer.helpful }),
    );
  else await dismiss(page, 'csat-help-article').then(() => did.dismissed++);
}

/** Plays `visitor`; `onEvents(n)` is told of every batch the collector acknowledged. */
export async function playVisitor(browser, shopUrl, visitor, onEvents = () => {}) {
  const did = { visits: 0, checkouts: 0, shown: 0, dismissed: 0, answers: [], events: 0 };
  const context = await browser.newContext({ ...(visitor.device == 'phone' ? PHONE : DESKTOP), locale: LOCALES[visitor.locale] });
  await context.addInitScript((lang) => localStorage.getItem('shop_lang') || localStorage.setItem('shop_lang', lang), visitor.locale);
  context.on('response', (res) => {
    const req = res.request();
    if (req.method() != 'POST' || !res.url().endsWith('/mj/collect') || !res.ok()) return;
    const events = JSON.parse(req.postData() || '{}').events?.length || 0;
    did.events += events;
    onEvents(events);
  });
  try {
    await context.clock.install({ time: visitor.visits[0].at });
    for (const plan of visitor.visits) {
      await context.clock.setSystemTime(plan.at);
      const page = await context.newPage();
      await page.goto(shopUrl + plan.landing, { referer: plan.referer });
      did.visits++;
      await shop(page, context, shopUrl, plan, did, visitor.device);
      if (plan.readsHelp) await readHelp(page, shopUrl, plan, did);
      if (plan.writesReview) await visit(page, `${shopUrl}/review.html`);
      // Everything queued reaches the collector before the visitor leaves.
      await page.evaluate(() => window.microjourney.flush());
      await page.close();
    }
  } finally {
    await context.close();
  }
  return did;
}
