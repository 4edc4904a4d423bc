import type { Page } from '@playwright/test';
import { expect, test } from './server';

const widget = (page: Page, id: string) => page.locator(`microjourney-widget[data-widget-id="${id}"]`);

test('an invalid theme color is ignored with one warning (and an error event); a valid one applies', async ({ page, server }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
  await page.goto(`${server.url}/widget-en.html`);
  await page.evaluate(
    () => ((window as any).errors = []) && (window as any).microjourney.on('error', (e: { code: string }) => (window as any).errors.push(e.code)),
  );
  await page.evaluate(() => (window as any).microjourney.show('themed'));
  const w = widget(page, 'themed');
  await w.getByRole('radio', { name: 'Satisfied', exact: true }).click();
  expect(await w.getByRole('radio', { name: 'Satisfied', exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(194, 24, 91)');
  await expect.poll(() => warnings.filter((m) => m.includes('theme.background')).length).toBe(1);
  await expect.poll(() => page.evaluate(() => (window as any).errors.filter((c: string) => c == 'widget-theme'))).toEqual(['widget-theme']);
});
