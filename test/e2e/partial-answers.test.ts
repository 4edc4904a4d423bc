import type { Page } from '@playwright/test';
import { expect, test, waitForEvents, type MjEvent } from './server';

/**
 * Partial answers (issue 12 §4) in Chromium: a score chosen and then dismissed, or left on
 * screen as the tab closes or the page navigates, reaches the collector as a `response` with
 * `partial: true`; a score chosen and sent is one full response, with no partial.
 */

const widget = (page: Page) => page.locator('microjourney-widget[data-widget-id="nps"]');
const responses = (events: MjEvent[]) => events.filter((e) => e.type == 'response') as (MjEvent & { response: Record<string, unknown> })[];

/** Opens the page, shows the NPS prompt and chooses `score`; resolves once the follow-up shows (the choice is made). */
async function choose(page: Page, url: string, score: number) {
  await page.goto(`${url}/widget-en.html`);
  await page.evaluate(() => (window as any).microjourney.show('nps'));
  await widget(page)
    .getByRole('radio', { name: new RegExp(`^${score}\\b`) })
    .click();
  await expect(widget(page).locator('textarea')).toBeVisible();
}

/** The page hides (another tab came to the front) or comes back: what the browser fires, without a second window. */
const setVisibility = (page: Page, state: 'hidden' | 'visible') =>
  page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, state);

test('a score chosen, then Escape: the collector receives it as partial, then the dismissal', async ({ page, server }) => {
  await choose(page, server.url, 4);
  await widget(page).locator('textarea').fill('too slow');
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  await page.evaluate(() => (window as any).microjourney.flush());
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'widget_dismissed'));
  const [partial, ...more] = responses(events);
  expect(more).toEqual([]);
  expect(partial!.response).toEqual({
    score: 4,
    category: 'detractor',
    comment: 'too slow',
    locale: 'en',
    response_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    partial: true,
  });
  expect(partial!.widget).toEqual({ id: 'nps', type: 'nps' });
  expect(events.find((e) => e.type == 'widget_dismissed')!.props).toEqual({ how: 'escape' });
});

test('nothing chosen, then Escape: a plain dismissal, no response', async ({ page, server }) => {
  await page.goto(`${server.url}/widget-en.html`);
  await page.evaluate(() => (window as any).microjourney.show('nps'));
  await widget(page).getByRole('radio', { name: /^0/ }).focus();
  await page.keyboard.press('Escape');
  await page.evaluate(() => (window as any).microjourney.flush());
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'widget_dismissed'));
  expect(responses(events)).toEqual([]);
});

test('a score chosen, then the tab is closed: the partial arrives, sent on the way out', async ({ page, server }) => {
  await choose(page, server.url, 8);
  await page.close({ runBeforeUnload: true });
  // No later page of this site loads: only the exit path (keepalive) can have delivered it.
  const { events } = await waitForEvents(server, (e) => responses(e).length > 0);
  expect(responses(events).map((e) => e.response)).toEqual([expect.objectContaining({ score: 8, category: 'passive', partial: true })]);
});

test('a score chosen, then the page navigates away: the partial arrives', async ({ page, server }) => {
  await choose(page, server.url, 10);
  await page.goto('about:blank');
  const { events } = await waitForEvents(server, (e) => responses(e).length > 0);
  expect(responses(events).map((e) => e.response)).toEqual([expect.objectContaining({ score: 10, partial: true })]);
});

test('a score chosen and sent: one full response, and no partial as the tab closes after', async ({ context, page, server }) => {
  await choose(page, server.url, 9);
  await widget(page).locator('.mj-send').click();
  await expect(widget(page).getByRole('status')).toBeVisible();
  await waitForEvents(server, (e) => responses(e).length > 0);
  await page.close({ runBeforeUnload: true });
  // Whatever the closing page recorded and could not send, the next page sends: flush() resolves
  // once the collector acknowledged it all. Still one response.
  const next = await context.newPage();
  await next.goto(`${server.url}/widget-en.html`);
  expect(await next.evaluate(() => (window as any).microjourney.flush())).toMatchObject({ ok: true, pending: 0 });
  const [full, ...more] = responses((await server.received()).events);
  expect(more).toEqual([]);
  expect(full!.response).toEqual({ score: 9, category: 'promoter', comment: null, locale: 'en', response_id: expect.any(String) });
});

test('the tab hidden with a choice: a partial; back, sent: the full answer, with the same response id', async ({ page, server }) => {
  await choose(page, server.url, 6);
  await setVisibility(page, 'hidden');
  const { events } = await waitForEvents(server, (e) => responses(e).length > 0);
  const [partial] = responses(events);
  expect(partial!.response).toMatchObject({ score: 6, partial: true });
  // Still on screen: the customer comes back and sends.
  await setVisibility(page, 'visible');
  await widget(page).getByRole('radio', { name: '7' }).click();
  await widget(page).locator('.mj-send').click();
  const { events: all } = await waitForEvents(server, (e) => responses(e).length > 1);
  const full = responses(all).find((e) => !e.response.partial)!;
  expect(full.response).toMatchObject({ score: 7, category: 'passive', response_id: partial!.response.response_id });
  expect(full.id).not.toBe(partial!.id);
  expect(responses(all)).toHaveLength(2);
});
