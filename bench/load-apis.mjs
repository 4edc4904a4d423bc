// `npm run bench:load-apis`: where microjourney's page-load script time goes. The product page of
// bench:peers with microjourney's three-widget config is loaded in fresh browser contexts (first
// visit, then a repeat visit in the same context), and the browser APIs the SDK calls are wrapped
// in an init script that adds up the time spent inside each: the storage areas, fetch, IndexedDB,
// listeners, locks. Prints, per API, the median time per load beside the load's script time over
// the bare page (Performance.getMetrics' ScriptDuration, as bench:peers measures it).
//
//   npm run bench:load-apis -- [--loads 9]
//
// A benchmark, not a test: the wrappers cost a little themselves, and the figures vary from load
// to load on a busy machine; compare APIs within one run.
import microjourney from './peers/sdks/microjourney.mjs';
import { argument, launchChromium, requireBuild, startProductServer } from './peers/setup.mjs';
import { waitFor } from './peers/step-load.mjs';

const loads = Number(argument('loads', 9));

/** In the page, before any script: wraps the APIs and adds up the time inside each, by name. */
function wrapApis() {
  const spent = (window.__apiTime = {});
  const add = (name, started) => {
    const entry = (spent[name] ??= { ms: 0, calls: 0 });
    entry.ms += performance.now() - started;
    entry.calls++;
  };
  // The first use of a storage area connects it to the browser process: counted apart from later ones.
  let storageCalls = 0;
  const label = {
    getItem: () => (storageCalls++ ? 'Storage getItem, later' : 'Storage getItem, first'),
    addEventListener: (args) => `addEventListener ${args[0]}`,
  };
  const wrapMethod = (proto, name, prefix) => {
    const original = proto?.[name];
    if (typeof original != 'function') return;
    proto[name] = function (...args) {
      const started = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        add(label[name]?.(args) ?? `${prefix} ${name}`, started);
      }
    };
  };
  const wrapGetter = (proto, name) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor?.get) return;
    Object.defineProperty(proto, name, {
      ...descriptor,
      get() {
        const started = performance.now();
        try {
          return descriptor.get.call(this);
        } finally {
          add(`window.${name}`, started);
        }
      },
    });
  };
  wrapGetter(window, 'localStorage');
  wrapGetter(window, 'sessionStorage');
  for (const name of ['getItem', 'setItem', 'removeItem']) wrapMethod(Storage.prototype, name, 'Storage');
  wrapMethod(window, 'fetch', 'window');
  wrapMethod(EventTarget.prototype, 'addEventListener', 'EventTarget');
  wrapMethod(IDBFactory.prototype, 'open', 'indexedDB');
  wrapMethod(IDBDatabase.prototype, 'transaction', 'IDBDatabase');
  for (const name of ['put', 'get', 'getAll', 'delete']) wrapMethod(IDBObjectStore.prototype, name, 'IDBObjectStore');
  wrapMethod(Crypto.prototype, 'getRandomValues', 'crypto');
  wrapMethod(self.LockManager?.prototype, 'request', 'navigator.locks');
  wrapMethod(window, 'requestIdleCallback', 'window');
  const Channel = window.BroadcastChannel;
  window.BroadcastChannel = function (name) {
    const started = performance.now();
    try {
      return new Channel(name);
    } finally {
      add('new BroadcastChannel', started);
    }
  };
}

const scriptSeconds = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name == 'ScriptDuration').value;

/** One load: script ms, and the time inside each API (empty on the bare page, which calls none of them). */
async function measureLoad(context, server, variant, run) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await scriptSeconds(cdp);
  const started = Date.now();
  await page.goto(`${server.origin}/page/${variant}.html?run=${run}`, { waitUntil: 'load' });
  if (variant != 'bare' && (await waitFor(() => server.sinks.deliveries(microjourney.name, `bench_${run}`).length > 0, 20_000, started)) == null)
    throw new Error(`bench:load-apis: the page's custom event of load ${run} never reached the sink in 20 s`);
  await page.waitForLoadState('networkidle');
  const scriptMs = ((await scriptSeconds(cdp)) - before) * 1000;
  const apis = await page.evaluate(() => window.__apiTime);
  await page.close();
  return { scriptMs, apis };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[(sorted.length - 1) >> 1] : 0;
};
const ms = (value) => value.toFixed(1).padStart(6);

function printVisit(visit, samples) {
  const bare = median(samples.bare[visit].map((s) => s.scriptMs));
  const mine = samples.microjourney[visit];
  const over = median(mine.map((s) => s.scriptMs)) - bare;
  console.log(`\n${visit} visit: microjourney's script time over the bare page, median of ${mine.length} loads: ${ms(over)} ms`);
  const names = [...new Set(mine.flatMap((s) => Object.keys(s.apis)))];
  const rows = names.map((name) => ({
    name,
    ms: median(mine.map((s) => s.apis[name]?.ms ?? 0)),
    calls: median(mine.map((s) => s.apis[name]?.calls ?? 0)),
  }));
  rows.sort((a, b) => b.ms - a.ms);
  console.log('  median ms per load | calls | API');
  for (const row of rows) console.log(`  ${ms(row.ms)}            | ${String(row.calls).padStart(5)} | ${row.name}`);
  const inApis = median(mine.map((s) => Object.values(s.apis).reduce((sum, a) => sum + a.ms, 0)));
  console.log(`  ${ms(inApis)}            |       | all of them (median of each load's sum)`);
}

async function main() {
  requireBuild('bench:load-apis');
  const { browser, machine } = await launchChromium();
  const server = await startProductServer({ sdks: [microjourney], log: () => {} });
  console.log(`bench:load-apis: ${loads} loads of the bare page and of microjourney's, alternated; ${machine.cpus} cores, ${machine.browser}`);
  const samples = { bare: { first: [], repeat: [] }, microjourney: { first: [], repeat: [] } };
  try {
    for (let round = 0; round < loads; round++)
      for (const variant of round % 2 ? ['microjourney', 'bare'] : ['bare', 'microjourney']) {
        const context = await browser.newContext();
        await context.addInitScript(wrapApis);
        for (const visit of ['first', 'repeat']) samples[variant][visit].push(await measureLoad(context, server, variant, `apis-${variant}-${round}-${visit}`));
        await context.close();
      }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const visit of ['first', 'repeat']) printVisit(visit, samples);
}

main().catch((error) => {
  console.error(error.message.startsWith('bench:load-apis') ? error.message : `bench:load-apis: ${error.stack}`);
  process.exit(1);
});
