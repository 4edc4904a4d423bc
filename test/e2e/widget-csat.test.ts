// The CSAT widget in the browser: thumbs with the keyboard in Hebrew, and the 1–5 scale.
import { expect, test, waitForEvents } from './server';
import { show, widget } from './widget-page';

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
  expect(events.find((e) => e.type == 'response')!.response).toEqual({
    thumb: 'down',
    positive: false,
    comment: 'המשלוח איטי',
    locale: 'he',
    response_id: expect.any(String),
  });
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
