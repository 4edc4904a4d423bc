// The broken-config corpus (test/fixtures/broken-configs.json) in Chromium, each as a page's
// inline config: one console error naming every problem by its JSON Pointer path, nothing
// thrown, and nothing else lost: with a usable collector an event tracked then arrives; without
// one it is kept, queued, for when there is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consoleMessages, expect, root, test, waitForEvents } from './server';
import { isResponsive, pageErrors } from './hostile/still-works';

const corpus: { name: string; config: unknown; paths: string[]; collects: boolean }[] = JSON.parse(
  readFileSync(join(root, 'test/fixtures/broken-configs.json'), 'utf8'),
);
const page = (config: unknown) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A broken config</title>
<script type="application/json" id="microjourney-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script async src="/assets/mj/microjourney.js"></script></head><body><h1>A broken config</h1></body></html>`;

/** The corpus in three parts, so the two workers share it. */
const PARTS = 3;
for (let part = 0; part < PARTS; part++)
  test(`broken configs, part ${part + 1} of ${PARTS}: each problem named by its path, tracking goes on`, async ({ page: tab, server }) => {
    test.setTimeout(180_000);
    const errors = pageErrors(tab);
    await tab.route(/\/corpus\/\d+$/, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: page(
          corpus[
            Number(
              route
                .request()
                .url()
                .match(/(\d+)$/)![1],
            )
          ]!.config,
        ),
      }),
    );
    for (const [i, entry] of corpus.entries()) {
      if (i % PARTS != part) continue;
      const messages = consoleMessages(tab, ['error']);
      await tab.goto(`${server.url}/corpus/${i}`);
      await expect.poll(() => messages.length, entry.name).toBeGreaterThan(0);
      expect(messages[0], entry.name).toMatch(/^microjourney: the config has \d+ problem/);
      for (const path of entry.paths) expect(messages[0], `${entry.name}: ${path}`).toContain(`\n  ${path || '/'}: expected `);
      tab.removeAllListeners('console');
      expect(await isResponsive(tab), entry.name).toBe(true);
      const name = `after_corpus_${i}`;
      const flushed = await tab.evaluate((n) => {
        const mj = (window as any).microjourney;
        mj.track(n);
        return mj.flush();
      }, name);
      if (entry.collects) await waitForEvents(server, (e) => e.some((x) => x.name == name), 10_000);
      else expect(flushed, `${entry.name}: the event waits for a collector`).toMatchObject({ ok: false, pending: expect.any(Number) });
      if (!entry.collects) expect(flushed.pending, entry.name).toBeGreaterThan(0);
      expect(errors, entry.name).toEqual([]);
    }
  });
