// The widget holds on whatever page it lands: a strict CSP with Trusted Types, a hostile stylesheet, a phone's viewport.
import { expect, test, waitForEvents } from './server';
import { show, widget } from './widget-page';

test('under a strict CSP with Trusted Types the widget renders and submits, with no violation', async ({ page, server }) => {
  const violations: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => ((window as any).violations ||= []).push(`${e.violatedDirective} ${e.blockedURI}`)),
  );
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
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`${server.url}/widget-en.html`);
    await show(page, 'long');
    const card = (await widget(page, 'long').locator('.mj').boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(card.y + card.height).toBeLessThanOrEqual(viewport.height + 0.5);
    expect(
      await widget(page, 'long')
        .locator('.mj')
        .evaluate((el) => el.scrollHeight > el.clientHeight),
    ).toBe(true);
  }
});
