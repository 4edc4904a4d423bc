import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForEvents } from './server';

const widget = (page: Page, id = 'nps') => page.locator(`microjourney-widget[data-widget-id="${id}"]`);
const show = (page: Page, id = 'nps') => page.evaluate((w) => (window as any).microjourney.show(w), id);
const axe = async (page: Page) => (await new AxeBuilder({ page }).include('microjourney-widget').analyze()).violations.map((v) => `${v.id}: ${v.help}`);

test('NPS with the keyboard alone: radio group, follow-up, send; the answer travels with its context', async ({ page, server }) => {
  await page.goto(`${server.url}/widget-en.html`);
  await page.evaluate(() => (window as any).microjourney.on('response', (r: unknown) => ((window as any).followUp = r)));
  await show(page);
  const w = widget(page);
  await expect(w.getByRole('radiogroup')).toBeVisible();
  // The corner prompt does not take focus.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  await page.focus('#before');
  await page.keyboard.press('Tab'); // the close button
  await page.keyboard.press('Tab'); // the radio group: one tab stop
  await expect(w.getByRole('radio', { name: /^0/ })).toBeFocused();
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  await expect(w.getByRole('radio', { name: '9' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(w.getByRole('radio', { name: '9' })).toBeFocused();
  await expect(w.getByText('What did you liked most?'.replace('liked', 'like'))).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Fast delivery');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(w.getByRole('status')).toHaveText('Thank you for your feedback!');
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'response'));
  const response = events.find((e) => e.type == 'response')!;
  expect(response).toMatchObject({ widget: { id: 'nps', type: 'nps' }, response: { score: 9, category: 'promoter', comment: 'Fast delivery', locale: 'en' } });
  expect(response.channel.touchpoint).toBe('web');
  // The page's web vitals so far travel with the answer.
  expect(response.vitals).toMatchObject({ lcp: expect.any(Number), cls: expect.any(Number) });
  // The site can follow up in a closed loop.
  expect(await page.evaluate(() => (window as any).followUp)).toMatchObject({ widget: 'nps', response: { score: 9, category: 'promoter' } });
  expect(events.some((e) => e.type == 'widget_shown')).toBe(true);
});

test('Escape dismisses the prompt and says how; show() twice shows one', async ({ page, server }) => {
  await page.goto(`${server.url}/widget-en.html`);
  await show(page);
  await show(page);
  await expect(widget(page)).toHaveCount(1);
  await widget(page).getByRole('radio', { name: /^0/ }).focus();
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  await page.evaluate(() => (window as any).microjourney.flush());
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'widget_dismissed'));
  expect(events.find((e) => e.type == 'widget_dismissed')).toMatchObject({ widget: { id: 'nps' }, props: { how: 'escape' } });
});

test('Arabic: right to left, the 0–10 scale still reads left to right, the strings are Arabic', async ({ page, server }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
  await page.goto(`${server.url}/widget-ar.html`);
  await page.evaluate(() => ((window as any).errors = []) && (window as any).microjourney.on('error', (e: { code: string }) => (window as any).errors.push(e.code)));
  await show(page);
  // The config has an English question only: it is shown, with one warning, emitted as an error event too.
  await expect(widget(page).locator('.mj-q')).toHaveText('How likely are you to recommend the shop?');
  await expect.poll(() => warnings.filter((m) => m.includes('/widgets/nps/text/ar/question')).length).toBe(1);
  await expect.poll(() => page.evaluate(() => (window as any).errors.filter((c: string) => c == 'widget-text'))).toEqual(['widget-text']);
  const box = widget(page).locator('.mj');
  await expect(box).toHaveAttribute('dir', 'rtl');
  await expect(box).toHaveAttribute('lang', 'ar');
  await expect(widget(page).getByRole('button', { name: 'إغلاق' })).toBeVisible();
  const [zero, ten] = [await widget(page).getByRole('radio', { name: /^0/ }).boundingBox(), await widget(page).getByRole('radio', { name: /^10/ }).boundingBox()];
  expect(zero!.x).toBeLessThan(ten!.x);
  // The card sits in the inline-end corner: the left in right-to-left.
  const card = (await box.boundingBox())!;
  expect(card.x).toBeLessThan(100);
});

test('axe finds no violations, in each state, in English and in Arabic', async ({ page, server }) => {
  // No entry animation: axe measures contrast on the settled colours.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of ['/widget-en.html', '/widget-ar.html']) {
    await page.goto(server.url + path);
    await show(page);
    expect(await axe(page), `${path}: initial`).toEqual([]);
    await widget(page).getByRole('radio', { name: '3' }).click();
    expect(await axe(page), `${path}: follow-up`).toEqual([]);
    await widget(page).locator('.mj-send').click();
    await expect(widget(page).getByRole('status')).toBeVisible();
    expect(await axe(page), `${path}: thanks`).toEqual([]);
  }
});

test('under a strict CSP with Trusted Types the widget renders and submits, with no violation', async ({ page, server }) => {
  const violations: string[] = [];
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => ((window as any).violations ||= []).push(`${e.violatedDirective} ${e.blockedURI}`)));
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  await page.goto(`${server.url}/csp/widget.html`);
  await expect(widget(page, 'nps-on-page')).toHaveCount(1);
  await widget(page, 'nps-on-page').getByRole('radio', { name: '8' }).click();
  await widget(page, 'nps-on-page').locator('.mj-send').click();
  await expect(widget(page, 'nps-on-page').getByRole('status')).toBeVisible();
  await waitForEvents(server, (e) => e.some((x) => x.type == 'response'));
  expect(await page.evaluate(() => (window as any).violations || [])).toEqual([]);
  expect(violations).toEqual([]);
});

test('CSAT thumbs in Hebrew, with the keyboard: arrow keys follow right to left, and a comment', async ({ page, server }) => {
  await page.goto(`${server.url}/widget-csat.html`);
  await show(page, 'csat');
  const w = widget(page, 'csat');
  await expect(w.locator('.mj')).toHaveAttribute('dir', 'rtl');
  await w.getByRole('radio', { name: 'מרוצה', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(w.getByRole('radio', { name: 'מרוצה', exact: true })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowLeft'); // in right to left, the next option is on the left
  await expect(w.getByRole('radio', { name: 'לא מרוצה' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.type('המשלוח איטי');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(w.getByRole('status')).toBeVisible();
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'response'));
  expect(events.find((e) => e.type == 'response')!.response).toEqual({ thumb: 'down', positive: false, comment: 'המשלוח איטי', locale: 'he', response_id: expect.any(String) });
});

test('CSAT on a 1–5 scale', async ({ page, server }) => {
  await page.goto(`${server.url}/widget-csat.html`);
  await show(page, 'csat5');
  const w = widget(page, 'csat5');
  await w.getByRole('radio', { name: /^4,/ }).click();
  await w.locator('.mj-send').click();
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'response'));
  expect(events.find((e) => e.type == 'response')!.response).toMatchObject({ score: 4, scale: 5, positive: true, locale: 'en' });
});

test('the exit survey is a modal dialog: focus moves in and is trapped, the page is inert, Escape closes and focus returns', async ({ page, server }) => {
  await page.goto(`${server.url}/widget-csat.html`);
  await page.focus('#before');
  await show(page, 'exit');
  const w = widget(page, 'exit');
  const dialog = w.getByRole('dialog');
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  // Focus moved into the dialog.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MICROJOURNEY-WIDGET');
  // The page behind is inert.
  expect(await page.evaluate(() => document.querySelector('h1')!.closest('[inert]') !== null || document.getElementById('before')!.inert)).toBe(true);
  // Tab stays inside.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MICROJOURNEY-WIDGET');
  await page.keyboard.press('Escape');
  await expect(w).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
  expect(await page.evaluate(() => document.getElementById('before')!.inert)).toBe(false);
  await page.evaluate(() => (window as any).microjourney.flush());
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'widget_dismissed'));
  expect(events.find((e) => e.type == 'widget_dismissed')!.props).toEqual({ how: 'escape' });
});

test('the exit survey: a reason, "other" with text; a click outside dismisses it', async ({ page, server }) => {
  await page.goto(`${server.url}/widget-csat.html`);
  await show(page, 'exit');
  const w = widget(page, 'exit');
  await w.getByRole('radio', { name: 'משהו אחר' }).click();
  await w.locator('textarea').fill('חיפשתי מידה אחרת');
  await w.locator('.mj-send').click();
  await expect(w.getByRole('status')).toBeVisible();
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'response'));
  expect(events.find((e) => e.type == 'response')!.response).toEqual({ choice: 'משהו אחר', index: 4, other: 'חיפשתי מידה אחרת', locale: 'he', response_id: expect.any(String) });
  await w.getByRole('button', { name: 'סגירה' }).click();
  await show(page, 'exit');
  await page.mouse.click(5, 5); // on the backdrop
  await expect(widget(page, 'exit')).toHaveCount(0);
});

test('a hostile page stylesheet (all: unset, no buttons, 40 px root, rtl body) does not break the widget', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.url}/hostile.html`);
  await show(page);
  const w = widget(page);
  const seven = w.getByRole('radio', { name: '7' });
  await expect(seven).toBeVisible();
  const box = (await seven.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeLessThan(60); // px, not the page's 40 px root
  const card = (await w.locator('.mj').boundingBox())!;
  expect(card.x + card.width).toBeGreaterThan(1200); // bottom right: the page's rtl body does not leak in
  await seven.click();
  await w.locator('.mj-send').click();
  await expect(w.getByRole('status')).toBeVisible();
});

test('a very long question wraps and scrolls inside the viewport, on a phone too', async ({ page, server }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // measure where the card settles, not mid-animation
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
    await page.setViewportSize(viewport);
    await page.goto(`${server.url}/widget-en.html`);
    await show(page, 'long');
    const card = (await widget(page, 'long').locator('.mj').boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(card.y + card.height).toBeLessThanOrEqual(viewport.height + 0.5);
    expect(await widget(page, 'long').locator('.mj').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  }
});

test('axe finds no violations in CSAT and the exit survey, in each state, in English, Hebrew and Arabic', async ({ page, server }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const lang of ['en', 'he', 'ar']) {
    await page.goto(`${server.url}/widget-csat.html`);
    await page.evaluate((l) => (document.documentElement.lang = l), lang);
    await show(page, 'csat');
    expect(await axe(page), `${lang} csat`).toEqual([]);
    await widget(page, 'csat').getByRole('radio').first().click();
    expect(await axe(page), `${lang} csat chosen`).toEqual([]);
    await widget(page, 'csat').locator('.mj-send').click();
    expect(await axe(page), `${lang} csat thanks`).toEqual([]);
    await widget(page, 'csat').locator('.mj-close').click();
    await show(page, 'exit');
    expect(await axe(page), `${lang} exit`).toEqual([]);
    await widget(page, 'exit').getByRole('radio').last().click();
    expect(await axe(page), `${lang} exit other`).toEqual([]);
    await widget(page, 'exit').locator('.mj-send').click();
    expect(await axe(page), `${lang} exit thanks`).toEqual([]);
  }
});

test('the exit survey with the keyboard alone', async ({ page, server }) => {
  await page.goto(`${server.url}/widget-en.html`);
  await show(page, 'exit');
  const w = widget(page, 'exit');
  await expect(w.getByRole('button', { name: 'Close' })).toBeFocused(); // focus moved in
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(w.getByRole('radio', { name: 'Shipping costs or times' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(w.getByRole('status')).toBeVisible();
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'response'));
  expect(events.find((e) => e.type == 'response')!.response).toEqual({ choice: 'Shipping costs or times', index: 2, other: null, locale: 'en', response_id: expect.any(String) });
});
