import { expect, test, waitForEvents } from './server';

// A page's first exception, even one caught at once, costs it 1-2 ms of script time (V8 sets up
// its error handling then; bench:peers measured 18.3 -> 11.9 ms over the bare page when the core
// stopped throwing on a direct visit). A page view must not pay it for the SDK's own checks.
test('a page view throws no exception in the SDK, on a first and a repeat visit', async ({ page, server }) => {
  const thrown: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  const scripts = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url));
  cdp.on('Debugger.paused', (e) => {
    const where = e.callFrames[0]?.location;
    const url = scripts.get(where?.scriptId ?? '') ?? '';
    if (url.includes('/assets/mj/')) thrown.push(`${url}:${where!.columnNumber} ${e.data?.description ?? ''}`);
    void cdp.send('Debugger.resume');
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.setPauseOnExceptions', { state: 'all' });
  for (const path of ['/shop/index.html', '/shop/product.html']) {
    // A direct visit (no referrer), then a page of the site: first (new config) and repeat.
    await page.goto(`${server.url}${path}`);
    await page.evaluate(() => (window as any).microjourney.flush());
  }
  await waitForEvents(server, (e) => e.filter((x) => x.type == 'page').length == 2);
  expect(scripts.size, 'the debugger saw the scripts').toBeGreaterThan(2);
  expect(thrown).toEqual([]);
});
