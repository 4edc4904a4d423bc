// `npm run gallery`: screenshots of each widget in en, he and ar, at 1280×800 and 375×812, into
// docs/widgets/ for the README. Builds first; runs the test site's pages in Chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from '../examples/collector/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'docs', 'widgets');
mkdirSync(out, { recursive: true });
const server = await startServer({
  mounts: [
    ['/assets/mj/', join(here, '..', 'dist')],
    ['/', join(here, '..', 'test', 'e2e', 'pages')],
  ],
});
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const shots = [];
for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 812 }],
]) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', isMobile: name == 'phone', hasTouch: name == 'phone' });
  for (const lang of ['en', 'he', 'ar'])
    for (const widget of ['nps-plain', 'csat', 'exit']) {
      const page = await context.newPage();
      await page.goto(`${server.url}/widget-en.html`);
      await page.waitForFunction(() => window.microjourney?.loaded);
      await page.evaluate((l) => (document.documentElement.lang = l), lang);
      await page.evaluate((w) => window.microjourney.show(w), widget);
      // A chosen answer shows the follow-up too.
      const host = page.locator(`microjourney-widget[data-widget-id="${widget}"]`);
      await host
        .getByRole('radio')
        .nth(widget == 'nps-plain' ? 9 : 0)
        .click();
      const file = join(out, `${widget.replace('-plain', '')}-${lang}-${name}.png`);
      await page.screenshot({ path: file });
      shots.push(file);
      await page.close();
    }
  await context.close();
}
await browser.close();
await server.close();
console.log(`${shots.length} screenshots in docs/widgets/`);
