// `npm run bench:load-floor`: what of microjourney's page-load cost is the browser's and what is
// its own. The product page of bench:peers is loaded with microjourney under three configs, and
// with hand-written snippets that each touch one thing any tracker touches (the document, its
// own `<script>` element, the navigator, a durable send), in fresh browser contexts (first
// visit, then a repeat visit in the same context), alternated with the bare page. Per variant,
// the medians over the bare page of script time and JS heap after a collection, as bench:peers
// measures them.
//
//   npm run bench:load-floor -- [--loads 7]
//
// A benchmark, not a test: it prints, it does not pass or fail.
import microjourney from './peers/sdks/microjourney.mjs';
import { summary, table } from './peers/stats.mjs';
import { argument, launchChromium, requireBuild, startProductServer } from './peers/setup.mjs';
import { measureOne, observeLongTasks } from './peers/step-load.mjs';

const loads = Number(argument('loads', 7));
const FULL = JSON.parse(microjourney.route(new URL('http://bench/stub/microjourney.json')).body);

/** microjourney's script tag with its own config and sink; `delivers`: the page's custom event reaches the sink. */
const withConfig = (id, label, config, delivers = true) => ({
  id,
  label,
  delivers,
  snippet: microjourney.snippet().replace('/stub/microjourney.json', `/stub/${id}.json`),
  config: { ...config, ...(delivers ? { collector: { url: `/sink/${id}` } } : {}) },
});
/** A hand-written snippet in place of the SDK. */
const snippet = (id, label, code) => ({ id, label, delivers: false, snippet: `<script>${code}</script>` });

const VARIANTS = [
  withConfig('full', "microjourney, bench:peers' three-widget config", FULL),
  withConfig('nowidgets', 'microjourney, a collector and no widgets', {}),
  withConfig('required', 'microjourney, consent required and not given: nothing stored or sent', { privacy: { consent: 'required' } }, false),
  snippet('fetch', '`fetch` with keepalive', `fetch('/sink/fetch',{method:'POST',body:'{}',keepalive:true})`),
  snippet(
    'durable',
    'a durable send: localStorage read, IndexedDB put, then `fetch`',
    `localStorage.getItem('a');const r=indexedDB.open('bench',1);r.onupgradeneeded=()=>r.result.createObjectStore('q');` +
      `r.onsuccess=()=>{const t=r.result.transaction('q','readwrite');t.objectStore('q').put({a:1},1);` +
      `t.oncomplete=()=>fetch('/sink/durable',{method:'POST',body:'{}',keepalive:true})}`,
  ),
  snippet('document', "reading `document`'s own properties (title, referrer, readyState)", 'document.title;document.referrer;document.readyState'),
  // A <script> element's wrapper: PostHog's and Segment's snippets create one, Snowplow's has an onload attribute.
  snippet('element', 'reading `document.currentScript`, a `<script>` element', 'document.currentScript'),
  snippet('navigator', 'reading `navigator` (onLine, language)', 'navigator.onLine;navigator.language'),
  snippet(
    'floor',
    'the four above: `document`, its `<script>` element and `navigator`, then the durable send',
    `document.title;document.referrer;document.currentScript;navigator.onLine;localStorage.getItem('a');const r=indexedDB.open('bench',1);` +
      `r.onupgradeneeded=()=>r.result.createObjectStore('q');r.onsuccess=()=>{const t=r.result.transaction('q','readwrite');` +
      `t.objectStore('q').put({a:1},1);t.oncomplete=()=>fetch('/sink/floor',{method:'POST',body:'{}',keepalive:true})}`,
  ),
  snippet('heading', 'another element: an `<h1>` (`querySelector`)', "document.querySelector('h1')"),
];

/** The peers server's view of a variant: its page snippet, its config stub and its sink. */
const asSdk = (v) => ({
  ...microjourney,
  id: v.id,
  name: v.id,
  snippet: () => v.snippet,
  route: (url) => (url.pathname == `/sink/${v.id}` ? 'sink' : v.config && url.pathname == `/stub/${v.id}.json` ? { body: JSON.stringify(v.config) } : null),
});

async function main() {
  requireBuild('bench:load-floor');
  const { browser, machine } = await launchChromium();
  const server = await startProductServer({ sdks: VARIANTS.map(asSdk), log: () => {} });
  const all = [{ id: 'bare', delivers: false }, ...VARIANTS];
  console.log(`bench:load-floor: ${loads} loads of each of ${all.length} pages, alternated; ${machine.cpus} cores, ${machine.browser}`);
  const samples = Object.fromEntries(all.map((v) => [v.id, { first: [], repeat: [] }]));
  try {
    for (let round = 0; round < loads; round++) {
      for (const variant of all.map((_, i) => all[(i + round) % all.length])) {
        const context = await browser.newContext();
        await context.addInitScript(observeLongTasks);
        // A variant without a name is not waited for: the network going quiet ends its load.
        const load = { id: variant.id, name: variant.delivers ? variant.id : null };
        for (const visit of ['first', 'repeat'])
          samples[variant.id][visit].push(await measureOne(context, load, `floor-${variant.id}-${round}-${visit}`, server));
        await context.close();
      }
      console.error(`bench:load-floor: round ${round + 1} of ${loads}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (id, visit, field) => summary(samples[id][visit].map((s) => s[field])).median;
  const over = (id, visit, field) => median(id, visit, field) - median('bare', visit, field);
  const both = (id, field, digits, unit) => ['first', 'repeat'].map((visit) => over(id, visit, field).toFixed(digits)).join(' / ') + ` ${unit}`;
  const rows = VARIANTS.map((v) => [v.label, both(v.id, 'scriptMs', 1, 'ms'), both(v.id, 'heapKb', 0, 'KB')]);
  console.log(`\n${table(['page', 'script over bare, first / repeat', 'heap over bare, first / repeat'], rows)}`);
}

main().catch((error) => {
  console.error(error.stack || error);
  process.exit(1);
});
