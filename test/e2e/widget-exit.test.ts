// The exit survey in the browser: a modal dialog (focus, inert page, Escape), its reasons, the keyboard alone.
import { expect, test, waitForEvents } from './server';
import { show, widget } from './widget-page';

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
  expect(events.find((e) => e.type == 'response')!.response).toEqual({
    choice: 'משהו אחר',
    index: 4,
    other: 'חיפשתי מידה אחרת',
    locale: 'he',
    response_id: expect.any(String),
  });
  await w.getByRole('button', { name: 'סגירה' }).click();
  await show(page, 'exit');
  await page.mouse.click(5, 5); // on the backdrop
  await expect(widget(page, 'exit')).toHaveCount(0);
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
  expect(events.find((e) => e.type == 'response')!.response).toEqual({
    choice: 'Shipping costs or times',
    index: 2,
    other: null,
    locale: 'en',
    response_id: expect.any(String),
  });
});
