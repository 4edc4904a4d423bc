// `npm run bench:heap`: where microjourney's page-load heap goes. bench:peers' product page is
// loaded bare, with a script that only reads its own `<script>` element (which costs the browser
// its bindings for that element type: bench:load-floor), and with microjourney under
// bench:peers' three-widget config, each in a fresh context (first visit) and once more in it
// (repeat visit), alternated. Once the page's custom event reached the sink and the network went
// quiet, a heap snapshot after a collection is split into parts (bench/heap-snapshot.mjs): each
// script's compiled code, the scripts' text, web API bindings, strings, the rest. Per part, the
// median over loads of the page's bytes over the bare page's.
//
//   npm run bench:heap -- [--loads 3]
//
// A benchmark, not a test: it prints, it does not pass or fail.
import microjourney from './peers/sdks/microjourney.mjs';
import { summary, table } from './peers/stats.mjs';
import { argument, launchChromium, requireBuild, startProductServer } from './peers/setup.mjs';
import { observeLongTasks, waitFor } from './peers/step-load.mjs';
import { heapParts, OUTSIDE, takeSnapshot } from './heap-snapshot.mjs';

const loads = Number(argument('loads', 3));
const PAGES = [
  { id: 'element', label: 'a script that reads its `<script>` element', snippet: '<script>document.currentScript</script>' },
  { id: 'microjourney', label: "microjourney, bench:peers' config", delivers: true, snippet: microjourney.snippet() },
];

/** The peers server's view of a page: microjourney's own routes (config stub, sink) or none. */
const asSdk = (p) => (p.id == 'microjourney' ? microjourney : { ...microjourney, id: p.id, name: p.id, snippet: () => p.snippet, route: () => null });

/** One load of `page` in `context`: its heap parts (bytes) and used heap, once it has done its job. */
async function measure(context, page, run, server) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const started = Date.now();
  await tab.goto(`${server.origin}/page/${page.id}.html?run=${run}`, { waitUntil: 'load' });
  if (page.delivers && (await waitFor(() => server.sinks.deliveries('microjourney', `bench_${run}`).length > 0, 20_000, started)) == null)
    throw new Error(`bench:heap: microjourney's custom event of load ${run} never reached its sink in 20 s`);
  await tab.waitForLoadState('networkidle');
  const { snapshot, used } = await takeSnapshot(cdp);
  await tab.close();
  return { ...heapParts(snapshot), used };
}

/** Loads every page `loads` times, first and repeat visit, in an order rotated each round. */
async function sample(browser, server) {
  const all = [{ id: 'bare' }, ...PAGES];
  const samples = Object.fromEntries(all.map((p) => [p.id, { first: [], repeat: [] }]));
  for (let round = 0; round < loads; round++) {
    for (const page of all.map((_, i) => all[(i + round) % all.length])) {
      const context = await browser.newContext();
      await context.addInitScript(observeLongTasks);
      for (const visit of ['first', 'repeat']) samples[page.id][visit].push(await measure(context, page, `heap-${page.id}-${round}-${visit}`, server));
      await context.close();
    }
    console.error(`bench:heap: round ${round + 1} of ${loads}`);
  }
  return samples;
}

/** Rows of the table: each part's median over bare, in KB, for every page and visit. */
function rows(samples) {
  const kb = (id, visit, part) => summary(samples[id][visit].map((s) => s[part] || 0)).median / 1024;
  const over = (id, visit, part) => kb(id, visit, part) - kb('bare', visit, part);
  const parts = [...new Set(Object.values(samples).flatMap((v) => v.first.flatMap(Object.keys)))].filter((part) => part != 'used');
  const weight = (part) => Math.abs(over('microjourney', 'first', part));
  const cells = (part) => PAGES.map((p) => ['first', 'repeat'].map((visit) => over(p.id, visit, part).toFixed(1)).join(' / '));
  const sorted = parts.filter((part) => weight(part) >= 0.5).sort((a, b) => weight(b) - weight(a));
  return [
    ...sorted.filter((part) => !part.startsWith(OUTSIDE)).map((part) => [part, ...cells(part)]),
    ['**the JS heap used, as bench:peers reads it**', ...cells('used')],
    ...sorted.filter((part) => part.startsWith(OUTSIDE)).map((part) => [part, ...cells(part)]),
  ];
}

async function main() {
  requireBuild('bench:heap');
  const { browser, machine } = await launchChromium();
  const server = await startProductServer({ sdks: PAGES.map(asSdk), log: () => {} });
  console.log(`bench:heap: ${loads} loads of each of ${PAGES.length + 1} pages, alternated; ${machine.cpus} cores, ${machine.browser}`);
  let samples;
  try {
    samples = await sample(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
  const head = ['part of the heap, KB over the bare page', ...PAGES.map((p) => `${p.label}, first / repeat`)];
  console.log(`\n${table(head, rows(samples))}`);
}

main().catch((error) => {
  console.error(error.stack || error);
  process.exit(1);
});
