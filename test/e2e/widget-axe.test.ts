// Accessibility: axe on every widget type, in each state, left to right and right to left.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './server';
import { show, widget } from './widget-page';

const axe = async (page: Page) => (await new AxeBuilder({ page }).include('microjourney-widget').analyze()).violations.map((v) => `${v.id}: ${v.help}`);

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
