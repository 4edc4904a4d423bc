// The demo: the collector and its report (embedded storage by default), and the demo shop with
// the built SDK at /mj/. The shop posts to its own /mj/collect, which is forwarded to the
// collector: the same-origin path a real site would proxy, which no ad blocker lists. Used by
// `npm start` (examples/serve.mjs), `npm run seed` and the demo's browser tests.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCollector } from '../dist/collector/server.js';
import { startServer } from './collector/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const SHOP = join(here, 'shop');
/** The slow product page's picture arrives this late, so its LCP is poor (the vitals rule shows). */
export const SLOW_MS = 4500;

/** Forwards a request to the collector and pipes its answer back. */
const forwardTo = (collectorUrl) => async (req, res, url) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = Object.fromEntries(
    ['content-type', 'user-agent', 'accept-language', 'idempotency-key'].filter((h) => req.headers[h]).map((h) => [h, req.headers[h]]),
  );
  // With the query: the SDK's question (GET /mj/collect?mj_have=…) is answered by the collector too.
  const answer = await fetch(collectorUrl + url.pathname + url.search, {
    method: req.method,
    headers,
    body: req.method == 'POST' ? Buffer.concat(chunks) : undefined,
  });
  res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') || 'text/plain' }).end(Buffer.from(await answer.arrayBuffer()));
};

/** `/slow/<file>`: the shop's picture of that name, after SLOW_MS. */
const slowPicture = (slowMs) => (req, res, url) => {
  const name = url.pathname.slice('/slow/'.length).replace(/[^\w.-]/g, '');
  setTimeout(() => {
    res.writeHead(302, { Location: `/img/${name}`, 'Cache-Control': 'no-store' }).end();
  }, slowMs);
};

/**
 * Starts the collector (port `collectorPort`, data in `dataDir`, or `databaseUrl`) and the shop
 * (port `shopPort`; 0 picks a free one). Rejects with the collector's or the shop's message
 * when a port is taken (`err.port` names it). Returns the URLs and `close()`.
 */
export async function startDemo({ shopPort = 8080, collectorPort = 8787, dataDir = '.microjourney', databaseUrl, slowMs = SLOW_MS, log = () => {} } = {}) {
  const collector = await startCollector({ port: collectorPort, dataDir, databaseUrl, config: join(SHOP, 'mj', 'microjourney.json'), log });
  let shop;
  try {
    shop = await startServer({
      port: shopPort,
      handlers: {
        '/mj/collect': forwardTo(collector.url),
        '/slow/tea-kettle.svg': slowPicture(slowMs),
        // The shop's own address for the report, so whoever knows the shop finds the report.
        '/report': (_req, res) => res.writeHead(302, { Location: `${collector.url}/report` }).end(),
      },
      headers: () => ({ 'Cache-Control': 'no-cache' }),
      mounts: [
        ['/mj/', join(SHOP, 'mj')],
        ['/mj/', join(here, '..', 'dist')],
        ['/', SHOP],
      ],
    });
  } catch (err) {
    await collector.close();
    throw Object.assign(err.code == 'EADDRINUSE' ? new Error(`port ${shopPort} is already in use`) : err, { port: shopPort, code: err.code });
  }
  return {
    shopUrl: shop.url,
    reportUrl: `${collector.url}/report`,
    collector,
    async close() {
      await shop.close();
      await collector.close();
    },
  };
}
