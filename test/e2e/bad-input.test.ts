import { consoleMessages, expect, test, waitForEvents } from './server';

const mj = (page: import('@playwright/test').Page, fn: string) => page.evaluate(`(async () => ${fn})()`);

test('(d) an invalid config: one clear error naming each path; the page and tracking keep working', async ({ page, server }) => {
  const messages = consoleMessages(page);
  const errors: unknown[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${server.url}/invalid.html`);
  await page.evaluate(() => (window as any).microjourney.on('error', (e: any) => ((window as any).mjErrors ||= []).push(e.code)));
  await expect.poll(() => messages.length).toBeGreaterThan(0);
  // A wrong call after it: the reporter prints in order, so once its warning is out, every
  // message about the config is too.
  await page.evaluate(() => (window as any).microjourney.track(''));
  await expect.poll(() => messages.length).toBe(2);
  expect(messages[1]).toMatch(/^microjourney: track/);
  const [message] = messages;
  expect(message).toMatch(/^microjourney: the config from http:\/\/127\.0\.0\.1:\d+\/configs\/invalid\.json has 4 problem/);
  expect(message).toContain('/journeys/checkout/steps: expected a non-empty array, found "cart"');
  expect(message).toContain('/steps/1/when/click: expected a valid CSS selector, found "##nope"');
  expect(message).toContain('/widgets/survey/type: expected one of "nps", "csat", "exit", found "npss" (did you mean "nps"?)');
  expect(message).toContain('/touchpont: expected one of the sections $schema, collector, touchpoint');
  expect(message).toContain('found "touchpont" (did you mean "touchpoint"?)');

  // The page's own script still runs, and the valid parts of the config track.
  await page.click('#page-button');
  await expect(page.locator('#page-button')).toHaveText('clicked');
  await mj(page, 'microjourney.flush()');
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'ok_step'));
  expect(events.some((e) => e.type == 'page')).toBe(true);
  expect(errors).toEqual([]);
});

test('a config that is not JSON, and a config URL that is not there: one message each, tracking goes on', async ({ page, server }) => {
  for (const [path, expected] of [
    ['/not-json.html', /^microjourney: could not load the config from http:\/\/127\.0\.0\.1:\d+\/configs\/not-json\.json: SyntaxError/],
    [
      '/missing-config.html',
      /^microjourney: could not load the config from http:\/\/127\.0\.0\.1:\d+\/configs\/does-not-exist\.json: HTTP 404\. Check data-config/,
    ],
  ] as const) {
    const messages = consoleMessages(page, ['error']);
    await page.goto(server.url + path);
    await expect.poll(() => messages.length).toBe(1);
    expect(messages[0]).toMatch(expected);
    // Tracking continues: the events wait in IndexedDB for a collector.
    await mj(page, `microjourney.track('still_tracking')`);
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('microjourney');
          open.onsuccess = () => {
            const req = open.result.transaction('events').objectStore('events').count();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    expect(stored).toBeGreaterThanOrEqual(2);
    page.removeAllListeners('console');
  }
});

test('unknown commands and wrong arguments: one message each, an error event, no exception, tracking goes on', async ({ page, server }) => {
  const messages = consoleMessages(page);
  const errors: unknown[] = [];
  page.on('pageerror', (e) => errors.push(e));
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`${server.url}/shop/cart.html`);
  const codes = await page.evaluate(async () => {
    const mj = (window as any).microjourney;
    const codes: string[] = [];
    mj.on('error', (e: any) => codes.push(`${e.name}:${e.code}`));
    mj('stepp', 'x');
    mj.step(42);
    mj.track('ok', 'not an object');
    mj.identify('');
    mj.on('respnse', () => {});
    await mj.show('no-such-widget');
    await mj.show('constructor');
    mj.track('tracked_after_bad_calls');
    // Reports come out in order: once a last bad call's is out, every report before it is too.
    const last = new Promise((resolve) => mj.on('error', (e: any) => e.message.includes('"last"') && resolve(e)));
    mj.track('', 'last');
    await last;
    return codes;
  });
  expect(errors).toEqual([]);
  expect(codes.pop()).toBe('MicrojourneyError:command');
  expect(codes).toEqual([
    'MicrojourneyError:unknown-command',
    'MicrojourneyError:command',
    'MicrojourneyError:command',
    'MicrojourneyError:command',
    'MicrojourneyError:command',
    'MicrojourneyError:unknown-widget',
    'MicrojourneyError:unknown-widget',
  ]);
  await expect.poll(() => messages.length).toBe(8);
  expect(messages).toEqual([
    expect.stringMatching(/^microjourney: unknown command "stepp"; the call was ignored\. Commands: init, step, track/),
    'microjourney: step() expects a step name string (`journey:step` for a named journey) and an optional props object, got (42); the call was ignored.',
    'microjourney: track() expects an event name string and an optional props object, got ("ok", "not an object"); the call was ignored.',
    'microjourney: identify() expects a user id string and an optional traits object, got (""); the call was ignored.',
    'microjourney: on() expects an event name (response, shown, dismissed, error, flush) and a function, got ("respnse", "function"); the call was ignored.',
    'microjourney: show("no-such-widget"): there is no widget "no-such-widget" in /widgets (known: nps-test). Add it to the config or fix the id.',
    'microjourney: show("constructor"): there is no widget "constructor" in /widgets (known: nps-test). Add it to the config or fix the id.',
    'microjourney: track() expects an event name string and an optional props object, got ("", "last"); the call was ignored.',
  ]);
  // No request for a widget chunk named after what Object.prototype holds.
  expect(requested.filter((u) => u.includes('/widgets/'))).toEqual([]);
  await mj(page, 'microjourney.flush()');
  await waitForEvents(server, (e) => e.some((x) => x.name == 'tracked_after_bad_calls'));
});

test('a collector that refuses: one warning, an error event, the events stay queued and arrive once it accepts', async ({ page, server }) => {
  const messages = consoleMessages(page);
  await page.goto(`${server.url}/shop/cart.html`);
  server.answer([503]);
  await mj(page, `microjourney.track('refused_then_sent')`);
  const first = (await mj(page, 'microjourney.flush()')) as { ok: boolean; pending: number };
  expect(first.ok).toBe(false);
  expect(first.pending).toBeGreaterThanOrEqual(2);
  await expect.poll(() => messages.length).toBe(1);
  expect(messages[0]).toMatch(
    /^microjourney: the collector at \/mj\/collect answered 503 for a batch of \d+ events; they stay queued and are retried with backoff\./,
  );
  // The retry (backoff of at most 1 s for the first attempt) delivers them.
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'refused_then_sent'));
  expect(events.filter((e) => e.name == 'refused_then_sent')).toHaveLength(1);
});

test('props that JSON cannot hold are refused with a message, and tracking goes on', async ({ page, server }) => {
  const messages = consoleMessages(page);
  const errors: unknown[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${server.url}/shop/cart.html`);
  await page.evaluate(() => {
    const cyclic: any = { a: 1 };
    cyclic.self = cyclic;
    (window as any).microjourney.track('cyclic', cyclic);
    (window as any).microjourney.track('fine', { a: 1 });
  });
  await expect.poll(() => messages.length).toBe(1);
  expect(messages[0]).toBe(
    'microjourney: track() expects an event name string and an optional props object, got ("cyclic", (object that JSON cannot hold)); the call was ignored.',
  );
  await page.evaluate(() => (window as any).microjourney.flush());
  await waitForEvents(server, (e) => e.some((x) => x.name == 'fine'));
  expect(errors).toEqual([]);
});

test('config keys named like Object.prototype members are problems with their paths; tracking goes on', async ({ page, server }) => {
  const messages = consoleMessages(page);
  const errors: unknown[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${server.url}/prototype-keys.html`);
  await expect.poll(() => messages.length).toBeGreaterThan(0);
  const [message] = messages;
  for (const path of [
    '/constructor',
    '/toString',
    '/__proto__',
    '/journeys/valueOf/hasOwnProperty',
    '/widgets/w/trigger/hasOwnProperty',
    '/widgets/w/theme/accent',
  ])
    expect(message, path).toContain(`  ${path}: expected `);
  // The rest of the config works: the page view reaches the collector, flush() settles.
  await mj(page, `microjourney.track('after_prototype_keys')`);
  await expect(mj(page, 'microjourney.flush().then((r) => r.ok)')).resolves.toBe(true);
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'after_prototype_keys'));
  expect(events.some((e) => e.type == 'page')).toBe(true);
  expect(errors).toEqual([]);
});

test('malformed records in IndexedDB do not stop sending: flush() resolves and new events arrive', async ({ page, server }) => {
  const errors: unknown[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${server.url}/shop/cart.html`);
  await mj(page, 'microjourney.flush()');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('microjourney');
        open.onsuccess = () => {
          const tx = open.result.transaction('events', 'readwrite');
          const store = tx.objectStore('events');
          store.put({ e: { id: 'broken', type: 'track' }, lease: 0 }, 'broken');
          store.put('not even an object', 'junk');
          store.put(null, 'nothing');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await mj(page, `microjourney.track('after_malformed_records')`);
  await expect(mj(page, 'microjourney.flush().then((r) => r.ok)')).resolves.toBe(true);
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == 'after_malformed_records'));
  expect(events.some((e) => e.id == 'broken')).toBe(false);
  expect(errors).toEqual([]);
});

test('an on(error) listener that throws is reported once and never called again for its own failure: the page stays responsive', async ({ page, server }) => {
  const messages = consoleMessages(page);
  const errors: unknown[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${server.url}/shop/cart.html`);
  const { calls, heard } = await page.evaluate(async () => {
    const mj = (window as any).microjourney;
    let calls = 0;
    mj.on('error', () => {
      calls++;
      throw new Error('listener broke');
    });
    // A second listener makes a second bad call once it heard the first: that call is reported
    // after the first listener's failure was, so when it is heard, a loop would have shown.
    const heard: string[] = [];
    const second = new Promise<void>((resolve) =>
      mj.on('error', (e: any) => {
        heard.push(e.code);
        if (heard.length == 1) mj.step(43);
        else resolve();
      }),
    );
    mj.step(42);
    await second;
    return { calls, heard };
  });
  // Once for each bad call; its own failure is printed, never sent back to it (it looped forever).
  expect(heard).toEqual(['command', 'command']);
  expect(calls).toBe(2);
  expect(messages.filter((m) => m.includes(`an on('error') listener threw (listener broke)`))).toHaveLength(1);
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await mj(page, `microjourney.track('after_throwing_listener')`);
  await mj(page, 'microjourney.flush()');
  await waitForEvents(server, (e) => e.some((x) => x.name == 'after_throwing_listener'));
  expect(errors).toEqual([]);
});
