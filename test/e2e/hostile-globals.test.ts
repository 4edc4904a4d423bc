// The hostile-page suite, part 2: pages that override globals, and listeners that throw. Each
// case: no uncaught error, the page answers, and an event tracked then reaches the collector.
import { consoleMessages, expect, test, waitForEvents } from './server';
import { expectStillWorks, pageErrors } from './hostile/still-works';

const widget = (page: import('@playwright/test').Page) => page.locator('microjourney-widget[data-widget-id="nps-rule"]');

test('Prototype.js-style toJSON on Array, Object and String before the SDK loads: events stay valid JSON', async ({ page, server }) => {
  const errors = pageErrors(page);
  await page.addInitScript(() => {
    // Prototype.js 1.6: arrays and strings serialise themselves to JSON text inside JSON.
    (Array.prototype as any).toJSON = function () {
      return JSON.stringify(Array.from(this));
    };
    (String.prototype as any).toJSON = function () {
      return `"${this}"`;
    };
    (Object.prototype as any).toJSON = undefined;
  });
  await page.goto(`${server.url}/tampered.html`);
  await page.evaluate(() => (window as any).microjourney.step('checkout:shipping', { items: ['a', 'b'] }));
  await expectStillWorks(page, server, errors, 'after_to_json');
  const { events } = await server.received();
  expect(events.find((e) => e.name == 'checkout:shipping')!.props).toEqual({ items: ['a', 'b'] });
  // The page's own toJSON is back in place.
  expect(await page.evaluate(() => typeof (Array.prototype as any).toJSON)).toBe('function');
});

test('JSON.stringify and JSON.parse replaced after the SDK loaded: the SDK keeps the ones it captured', async ({ page, server }) => {
  const errors = pageErrors(page);
  await page.goto(`${server.url}/tampered.html`);
  await page.waitForFunction(() => (window as any).microjourney?.loaded);
  await page.evaluate(() => {
    JSON.stringify = () => {
      throw new Error('this page broke JSON.stringify');
    };
    JSON.parse = () => ({ broken: true });
  });
  await page.reload();
  await page.evaluate(() => {
    JSON.stringify = () => '"not what you asked for"';
  });
  await expectStillWorks(page, server, errors, 'after_json_replaced');
});

test('a fetch wrapper that ignores the abort signal and never answers: the request times out and the retry delivers', async ({ page, server }) => {
  test.setTimeout(90_000);
  const errors = pageErrors(page);
  await page.addInitScript(() => {
    const real = window.fetch;
    let hung = false;
    // Like a careless instrumentation wrapper: drops the signal; the first collector request hangs for ever.
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('/mj/collect') && !hung) return ((hung = true), new Promise<Response>(() => {}));
      const { signal: _ignored, ...rest } = init || {};
      return real(input, rest);
    };
  });
  await page.goto(`${server.url}/tampered.html`);
  await page.evaluate(() => (window as any).microjourney.flush());
  await expectStillWorks(page, server, errors, 'after_hanging_fetch', 40_000);
});

test('Promise replaced by a subclass and its then() wrapped (zone.js style): tracking works', async ({ page, server }) => {
  const errors = pageErrors(page);
  await page.addInitScript(() => {
    const Native = Promise;
    const then = Native.prototype.then;
    let wrapped = 0;
    Native.prototype.then = function (onFulfilled?: any, onRejected?: any) {
      wrapped++;
      const wrap = (fn: any) => (typeof fn == 'function' ? (value: unknown) => fn(value) : fn);
      return then.call(this, wrap(onFulfilled), wrap(onRejected));
    };
    (window as any).Promise = class PagePromise<T> extends Native<T> {};
    (window as any).wrappedThens = () => wrapped;
  });
  await page.goto(`${server.url}/tampered.html`);
  await expectStillWorks(page, server, errors, 'after_promise_replaced');
  expect(await page.evaluate(() => (window as any).wrappedThens())).toBeGreaterThan(0);
});

test('listeners of every event that throw: each failure is printed, the page answers, and answers still arrive', async ({ page, server }) => {
  const errors = pageErrors(page);
  const messages = consoleMessages(page, ['warning']);
  const listenersOn = () =>
    page.evaluate(() => {
      const mj = (window as any).microjourney;
      for (const event of ['response', 'shown', 'dismissed', 'error', 'flush'])
        mj.on(event, () => {
          throw new Error(`listener of ${event} broke`);
        });
    });
  await page.goto(`${server.url}/tampered.html`);
  await listenersOn();
  await page.evaluate(() => {
    const mj = (window as any).microjourney;
    mj.step(42); // an error event
    return mj.show('nps-rule');
  });
  await widget(page).getByRole('radio', { name: '9' }).click();
  await widget(page).locator('.mj-send').click();
  await expect(widget(page).getByRole('status')).toBeVisible();
  await waitForEvents(server, (e) => e.some((x) => x.type == 'response'));
  await page.reload();
  await listenersOn();
  await page.evaluate(() => (window as any).microjourney.show('nps-rule'));
  await widget(page).getByRole('radio', { name: /^0/ }).focus();
  await page.keyboard.press('Escape');
  await waitForEvents(server, (e) => e.some((x) => x.type == 'widget_dismissed'));
  await expectStillWorks(page, server, errors, 'after_throwing_listeners');
  for (const event of ['response', 'shown', 'dismissed', 'error', 'flush'])
    expect(
      messages.some((m) => m.includes(`an on('${event}') listener threw (listener of ${event} broke)`)),
      event,
    ).toBe(true);
});
