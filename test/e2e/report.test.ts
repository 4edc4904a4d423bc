import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startCollector } from '../../collector/server';

/**
 * The report page against a real collector (PGlite in memory): a small batch of known answers,
 * then what a product team does with the page: read the headline, filter by channel, close the
 * loop on a detractor, read a Hebrew comment right to left. axe finds no violation.
 *
 * Answers: NPS 10 and 9 from Email, 3 (Hebrew comment) and 7 from Paid Search, so NPS is
 * (2 − 1) / 4 = +25 overall, +100 for Email and −50 for Paid Search; and a partial 2 from Paid
 * Search (chosen, not sent), which is in no NPS.
 */

type Collector = Awaited<ReturnType<typeof startCollector>>;

const HEBREW = 'המשלוח איחר בשבוע ולא קיבלתי תשובה מהשירות';
const CHANNELS = {
  email: { source: 'newsletter', medium: 'email', campaign: 'nov' },
  paid: { source: 'google', medium: 'cpc', campaign: 'brand' },
};

let ids = 0;
/** One wire event of a visitor (README "Wire format"); `minutesAgo` keeps it inside the default 30-day range. */
function event(visitor: string, via: keyof typeof CHANNELS, minutesAgo: number, fields: Record<string, unknown>) {
  const source = CHANNELS[via];
  const touch = { ...source, touchpoint: 'web', ts: new Date(Date.now() - 3_600_000).toISOString() };
  const { journey, ...rest } = fields as { journey?: Record<string, unknown> };
  return {
    id: `report-test-${++ids}`,
    ts: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    anonymous_id: `anon-${visitor}`,
    session_id: `session-${visitor}`,
    user_id: visitor == 'ana' || visitor == 'dov' ? `user-${visitor}` : null,
    seq: ids,
    page: { url: 'https://shop.example/checkout', path: '/checkout', title: 'Checkout', referrer: '' },
    channel: { touchpoint: 'web', source, first_touch: touch, last_touch: touch },
    journey: { stage: 'purchase', name: 'checkout', step: null, seq: 0, ...journey },
    ...rest,
  };
}

const step = (visitor: string, via: keyof typeof CHANNELS, at: number, name: string) =>
  event(visitor, via, at, { type: 'step', name: `checkout:${name}`, journey: { step: name } });

const answer = (visitor: string, via: keyof typeof CHANNELS, at: number, widget: string, response: Record<string, unknown>) => [
  event(visitor, via, at + 1, { type: 'widget_shown', widget: { id: `${widget}-checkout`, type: widget }, journey: { step: 'payment' } }),
  event(visitor, via, at, {
    type: 'response',
    widget: { id: `${widget}-checkout`, type: widget },
    journey: { step: 'payment' },
    response,
    vitals: { lcp: 1800, cls: 0.02, inp: 120 },
  }),
];

function visit(visitor: string, via: keyof typeof CHANNELS, at: number, steps: string[], complete: boolean) {
  return [
    event(visitor, via, at + 10, { type: 'page' }),
    ...steps.map((s, i) => step(visitor, via, at + 9 - i, s)),
    ...(complete ? [event(visitor, via, at + 5, { type: 'journey_complete', name: 'checkout' })] : []),
  ];
}

function batch() {
  const nps = (score: number, comment: string | null, locale = 'en') => ({
    score,
    category: score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor',
    comment,
    locale,
  });
  const events = [
    ...visit('ana', 'email', 100, ['cart', 'shipping', 'payment'], true),
    ...answer('ana', 'email', 90, 'nps', nps(10, 'Fast and easy checkout.')),
    ...visit('ben', 'email', 80, ['cart', 'shipping', 'payment'], true),
    ...answer('ben', 'email', 70, 'nps', nps(9, null)),
    ...visit('dov', 'paid', 60, ['cart', 'shipping', 'payment'], false),
    ...answer('dov', 'paid', 50, 'nps', nps(3, HEBREW, 'he')),
    ...visit('eli', 'paid', 40, ['cart', 'shipping', 'payment'], true),
    ...answer('eli', 'paid', 30, 'nps', nps(7, null)),
    ...visit('fay', 'email', 25, ['cart'], false),
    ...answer('fay', 'email', 20, 'csat', { thumb: 'down', positive: false, comment: 'Could not find the coupon field.', locale: 'en' }),
    ...visit('gil', 'paid', 15, ['cart', 'shipping'], false),
    ...answer('gil', 'paid', 10, 'exit', { choice: 'Shipping costs too much', index: 1, other: null, locale: 'en' }),
    event('hal', 'paid', 5, { type: 'widget_shown', widget: { id: 'nps-checkout', type: 'nps' } }),
    // Hal chose 2 and closed the prompt: a partial answer, not in NPS, listed in the inbox.
    event('hal', 'paid', 4.5, {
      type: 'response',
      widget: { id: 'nps-checkout', type: 'nps' },
      response: { ...nps(2, null), response_id: 'hal-showing', partial: true },
    }),
    event('hal', 'paid', 4, { type: 'widget_dismissed', widget: { id: 'nps-checkout', type: 'nps' } }),
  ];
  return { sent_at: new Date().toISOString(), sdk: { name: 'microjourney', version: '0.1.0' }, events };
}

let collector: Collector;

test.beforeAll(async () => {
  collector = await startCollector({ port: 0, host: '127.0.0.1', dataDir: 'memory://' });
  const response = await fetch(`${collector.url}/mj/collect`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(batch()),
  });
  expect(response.status, await response.text()).toBeLessThan(300);
});

test.afterAll(async () => {
  await collector?.close();
});

test.use({ locale: 'en-US' });

const headlineNps = (page: Page) => page.locator('#headline-nps .stat-value');
const channelMenu = (page: Page) => page.getByRole('combobox', { name: 'Channel group', exact: true });

/** Every section has drawn its data (no "Loading…" left). */
async function waitForReport(page: Page) {
  await expect(page.locator('#health .stat').first()).toBeVisible();
  await expect(page.getByText(/^Loading /)).toHaveCount(0);
}

test('the headline shows NPS; a channel filter changes the figures and the URL', async ({ page }) => {
  await page.goto(`${collector.url}/report`);
  await expect(headlineNps(page)).toHaveText('+25');
  await expect(page.locator('#headline-nps')).toContainText('n = 4');
  await expect(page.locator('#headline-nps')).toContainText('+ 1 partial answer, not counted');
  await expect(page.locator('#headline-nps')).toContainText('Fewer than 30 answers');

  await channelMenu(page).selectOption('Paid Search');
  await expect(headlineNps(page)).toHaveText('-50');
  await expect(page).toHaveURL(/[?&]channel=Paid\+Search/);

  // The URL is the shared view: opening it again restores the filter.
  await page.goto(page.url());
  await expect(channelMenu(page)).toHaveValue('Paid Search');
  await expect(headlineNps(page)).toHaveText('-50');
});

test('the inbox shows the detractor; a status change with a note survives a reload', async ({ page }) => {
  await page.goto(`${collector.url}/report`);
  const item = page.locator('#inbox li.answer', { hasText: HEBREW });
  await expect(item).toContainText('NPS 3');
  await expect(item).toContainText('user-dov');
  await expect(page.locator('#inbox li.answer', { hasText: 'Shipping costs too much' })).toBeVisible();
  await expect(page.locator('#inbox li.answer', { hasText: 'NPS 2' })).toContainText('partial, not sent');

  await item.getByLabel('Status', { exact: true }).selectOption('contacted');
  await item.getByLabel('Note', { exact: true }).fill('Called, refund sent');
  await item.getByLabel('By', { exact: true }).fill('Dana');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByRole('status')).toContainText('Saved: contacted by Dana');

  await page.reload();
  const reloaded = page.locator('#inbox li.answer', { hasText: HEBREW });
  await expect(reloaded.getByLabel('Status', { exact: true })).toHaveValue('contacted');
  await expect(reloaded.getByLabel('Note', { exact: true })).toHaveValue('Called, refund sent');
  await expect(reloaded.getByLabel('By', { exact: true })).toHaveValue('Dana'); // remembered in localStorage
});

test('a Hebrew comment reads right to left', async ({ page }) => {
  await page.goto(`${collector.url}/report`);
  const comment = page.locator('#comments .comment', { hasText: HEBREW });
  await expect(comment).toHaveAttribute('dir', 'auto');
  expect(await comment.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
});

test('the keyboard reaches the report; axe finds no violation, in light and dark schemes', async ({ page }) => {
  test.setTimeout(120_000); // axe walks every chart and table twice: slow on a 2-core machine under load
  await page.goto(`${collector.url}/report`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the report' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await waitForReport(page);
  await page.locator('#headline details summary').click(); // the trend table too
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('a failed view says which one failed and its status', async ({ page }) => {
  await page.route('**/report/api/funnels?*', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"the query failed"}' }));
  await page.goto(`${collector.url}/report`);
  await expect(page.locator('#funnels [role="alert"]')).toContainText('Funnels could not be loaded (/report/api/funnels): HTTP 500 (the query failed)');
  await expect(headlineNps(page)).toHaveText('+25');
});
