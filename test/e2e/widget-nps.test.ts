// The NPS widget in the browser: the keyboard alone, dismissing it, and right to left in Arabic.
import { expect, test, waitForEvents } from './server';
import { show, widget } from './widget-page';

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
  await page.evaluate(
    () => ((window as any).errors = []) && (window as any).microjourney.on('error', (e: { code: string }) => (window as any).errors.push(e.code)),
  );
  await show(page);
  // The config has an English question only: it is shown, with one warning, emitted as an error event too.
  await expect(widget(page).locator('.mj-q')).toHaveText('How likely are you to recommend the shop?');
  await expect.poll(() => warnings.filter((m) => m.includes('/widgets/nps/text/ar/question')).length).toBe(1);
  await expect.poll(() => page.evaluate(() => (window as any).errors.filter((c: string) => c == 'widget-text'))).toEqual(['widget-text']);
  const box = widget(page).locator('.mj');
  await expect(box).toHaveAttribute('dir', 'rtl');
  await expect(box).toHaveAttribute('lang', 'ar');
  await expect(widget(page).getByRole('button', { name: 'إغلاق' })).toBeVisible();
  const [zero, ten] = [
    await widget(page).getByRole('radio', { name: /^0/ }).boundingBox(),
    await widget(page).getByRole('radio', { name: /^10/ }).boundingBox(),
  ];
  expect(zero!.x).toBeLessThan(ten!.x);
  // The card sits in the inline-end corner: the left in right-to-left.
  const card = (await box.boundingBox())!;
  expect(card.x).toBeLessThan(100);
});
