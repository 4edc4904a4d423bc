import { expect, test, waitForEvents } from './server';

test('a lazy chunk loads with import() from beside the script, not beside the page, and only when asked', async ({ page, server }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/deep/nested/chunk.html`);
  await page.evaluate(() => (window as any).microjourney.flush());
  // Nothing of the widgets is fetched at startup.
  expect(requested.filter((p) => p.includes('widgets'))).toEqual([]);

  const shown = await page.evaluate(async () => {
    const mj = (window as any).microjourney;
    const seen: unknown[] = [];
    mj.on('shown', (e: unknown) => seen.push(e));
    await mj.show('nps-test');
    return seen;
  });
  expect(shown).toEqual([{ widget: 'nps-test' }]);
  expect(requested).toContain('/fixture/mj/widgets/nps.js');
  expect(requested).not.toContain('/deep/nested/widgets/nps.js');

  const host = page.locator('microjourney-widget[data-widget-id="nps-test"][data-widget-type="nps"]');
  await expect(host).toHaveCount(1);
  await expect(host.locator('p')).toContainText(`${server.url}/fixture/mj/widgets/nps.js`);

  await page.evaluate(() => (window as any).microjourney.flush());
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.type == 'widget_shown'));
  expect(events.find((e) => e.type == 'widget_shown')).toMatchObject({ widget: { id: 'nps-test', type: 'nps' } });
});

test('a config seen valid before is not checked again: the validator chunk is not fetched on repeat views, and the message texts not at all', async ({
  page,
  server,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/shop/index.html`);
  await expect.poll(() => requested.includes('/assets/mj/validator.js')).toBe(true);
  await page.evaluate(() => (window as any).microjourney.flush());
  // A valid config: nothing to report, so no message texts.
  expect(requested).not.toContain('/assets/mj/diagnostics.js');
  requested.length = 0;
  await page.goto(`${server.url}/shop/product.html`);
  await page.evaluate(() => (window as any).microjourney.flush());
  expect(requested).not.toContain('/assets/mj/validator.js');
  await waitForEvents(server, (e) => e.filter((x) => x.type == 'page').length == 2);
});

test('the ESM build: init() returns an instance with the same methods, and widgets resolve against options.base', async ({ page, server }) => {
  await page.goto(`${server.url}/esm.html`);
  await page.waitForFunction(() => (window as any).mj);
  expect(await page.evaluate(() => Object.keys((window as any).mj).sort())).toEqual([
    'consent',
    'dispatch',
    'explain',
    'flush',
    'handoff',
    'identify',
    'on',
    'report',
    'reset',
    'show',
    'stage',
    'step',
    'track',
  ]);
  await page.evaluate(() => (window as any).mj.show('nps-test'));
  await expect(page.locator('microjourney-widget[data-widget-id="nps-test"]')).toHaveCount(1);
  await page.evaluate(() => (window as any).mj.flush());
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'from_esm') && e.some((x) => x.type == 'widget_shown'));
  expect(events.find((e) => e.name == 'from_esm')).toMatchObject({ type: 'track', props: { ok: true } });
});
