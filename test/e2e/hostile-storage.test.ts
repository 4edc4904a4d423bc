// The hostile-page suite, part 1: stored state another script, an extension or a manual edit
// mangled. Every key the SDK keeps in localStorage (and sessionStorage) gets wrong types, null,
// a huge string and text that is not JSON; IndexedDB gets a database of the wrong schema. Each
// case: no uncaught error, the page answers, and an event tracked then reaches the collector.
import { test } from './server';
import { expectStillWorks, pageErrors } from './hostile/still-works';

const session = { id: '0190d5a0-0000-7000-8000-000000000001', last: Date.now(), n: 1, pages: 1, source: { source: 'newsletter', medium: 'email' } };
// 200,000 characters in each of the 14 keys: within the origin's 5 MB, far over any limit of ours.
const HUGE = JSON.stringify('x'.repeat(200_000));
/** Values every key gets: wrong types, null, a huge string, and text that is not JSON. */
const EVERY_KEY = ['1', 'true', 'null', '"a string"', '[]', '{}', '{"__proto__":{"x":1},"constructor":5}', HUGE, '{not json'];
/** Values of nearly the right shape, per key. */
const NEAR_MISSES: Record<string, string[]> = {
  aid: ['"<img src=x onerror=alert(1)>"', JSON.stringify('a'.repeat(64))],
  uid: [JSON.stringify('u'.repeat(2_000_000))],
  session: [JSON.stringify({ ...session, last: String(session.last) }), JSON.stringify({ ...session, source: { source: 'x'.repeat(5000), medium: 1 } })],
  touch: [JSON.stringify({ first: session.source, last: 'direct' })],
  journey: [JSON.stringify({ sid: session.id, seq: 'one', stage: 5, name: null, step: null, open: [] }), JSON.stringify({ sid: 1, seq: 1, open: null })],
  early1: [
    JSON.stringify([
      1,
      [],
      ['step', ['toString:x'], 1, {}],
      ['__proto__', [], 1, {}],
      ['page', [5], 'x', {}],
      ['track', ['kept_from_early'], Date.now(), { url: 'https://x/', path: '/', title: '', referrer: '' }, { source: 1 }],
    ]),
  ],
  q: [JSON.stringify([{ e: null }, 'junk', { e: { id: 'x', type: 'track', ts: new Date().toISOString() }, lease: 'soon' }])],
  q1: [JSON.stringify({ e: 1 })],
  'w_nps-rule': [JSON.stringify({ shows: 'many', session: {} })],
  w_last: [JSON.stringify({ at: 'yesterday', count: null })],
};
const KEYS = ['aid', 'uid', 'traits', 'session', 'touch', 'journey', 'consent', 'cfg', 'early1', 'q', 'q1', 'w_nps-rule', 'w_last'];

/** Sets `values` (key → stored text) on a page of the site without the SDK, then opens the SDK's page. */
async function openTampered(page: import('@playwright/test').Page, url: string, values: Record<string, string>) {
  await page.goto(`${url}/configs/hostile.json`);
  await page.evaluate((v) => {
    localStorage.clear();
    for (const [k, text] of Object.entries(v)) localStorage.setItem('mj_' + k, text);
  }, values);
  await page.goto(`${url}/tampered.html`);
}

// Every key at once gets each value; then each key alone its near misses.
for (const [i, value] of EVERY_KEY.entries())
  test(`every mj_ key set to ${value.length > 40 ? 'a 200,000-character string' : value}: discarded and rebuilt, nothing thrown, tracking goes on`, async ({
    page,
    server,
  }) => {
    const errors = pageErrors(page);
    await openTampered(page, server.url, Object.fromEntries(KEYS.map((key) => [key, value])));
    await expectStillWorks(page, server, errors, `after_every_key_${i}`);
  });

for (const [key, values] of Object.entries(NEAR_MISSES))
  test(`mj_${key} of nearly the right shape: discarded and rebuilt, nothing thrown, tracking goes on`, async ({ page, server }) => {
    const errors = pageErrors(page);
    for (const [i, value] of values.entries()) {
      await openTampered(page, server.url, { [key]: value });
      await expectStillWorks(page, server, errors, `after_${key}_${i}`);
    }
  });

test('a tampered sessionStorage mj_tp (the touchpoint): ignored, tracking goes on as web', async ({ page, server }) => {
  const errors = pageErrors(page);
  for (const [i, value] of ['', 'x'.repeat(100_000), '<script>', 'Web'].entries()) {
    await page.goto(`${server.url}/configs/hostile.json`);
    await page.evaluate((v) => sessionStorage.setItem('mj_tp', v), value);
    await page.goto(`${server.url}/tampered.html`);
    await expectStillWorks(page, server, errors, `after_tp_${i}`);
    const { events } = await server.received();
    test.expect(events.find((e) => e.name == `after_tp_${i}`)!.channel.touchpoint).toBe('web');
  }
});

for (const [schema, create] of [
  ['no events store', (db: IDBDatabase) => db.createObjectStore('other')],
  ['an events store with in-line keys', (db: IDBDatabase) => db.createObjectStore('events', { keyPath: 'id' })],
] as const)
  test(`an IndexedDB database of the wrong schema (${schema}): the fallback store keeps and sends the events`, async ({ page, server }) => {
    const errors = pageErrors(page);
    await page.goto(`${server.url}/configs/hostile.json`);
    await page.evaluate(
      (source) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('microjourney', 1);
          open.onupgradeneeded = () => new Function('db', `(${source})(db)`)(open.result);
          open.onsuccess = () => (open.result.close(), resolve());
          open.onerror = () => reject(open.error);
        }),
      create.toString(),
    );
    await page.goto(`${server.url}/tampered.html`);
    await expectStillWorks(page, server, errors, 'after_wrong_schema');
  });
