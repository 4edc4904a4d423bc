// Accessibility: axe on every widget type, in each state, left to right and right to left.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './server';
import { show, widget } from './widget-page';

const axe = async (page: Page) => (await new AxeBuilder({ page }).include('microjourney-widget').analyze()).violations.map((v) => `${v.id}: ${v.help}`);

// One test per page and language: a run of axe takes seconds, and one test of them all ran past
// the 60 s limit on a busy 2-core machine.
for (const path of ['/widget-en.html', '/widget-ar.html']) {
  test(`axe finds no violations in the NPS prompt, in each state: ${path}`, async ({ page, server }) => {
    // No entry animation: axe measures contrast on the settled colours.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.url + path);
    await show(page);
    expect(await axe(page), `${path}: initial`).toEqual([]);
    await widget(page).getByRole('radio', { name: '3' }).click();
    expect(await axe(page), `${path}: follow-up`).toEqual([]);
    await widget(page).locator('.mj-send').click();
    await expect(widget(page).getByRole('status')).toBeVisible();
    expect(await axe(page), `${path}: thanks`).toEqual([]);
  });
}

for (const lang of ['en', 'he', 'ar']) {
  test(`axe finds no violations in CSAT and the exit survey, in each state, lang ${lang}`, async ({ page, server }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
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
  });
}
