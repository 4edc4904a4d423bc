// `npm start`: the collector and its report (http://127.0.0.1:8787/report, embedded storage in
// .microjourney/), and the example site at http://127.0.0.1:8080 with the built SDK at /mj/.
// The site posts to its own /mj/collect, which this server forwards to the collector: the
// same-origin path a real site would proxy, which no ad blocker lists.
// PORT and MJ_PORT pick other ports.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCollector } from '../dist/collector/server.js';
import { startServer } from './collector/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sitePort = Number(process.env.PORT || 8080);
const collectorPort = Number(process.env.MJ_PORT || 8787);
const time = () => new Date().toISOString().slice(11, 19);

let collector;
try {
  collector = await startCollector({
    port: collectorPort,
    dataDir: process.env.MJ_DATA || '.microjourney',
    config: join(here, 'site', 'mj', 'microjourney.json'),
    log: (line) => console.log(`${time()} collector: ${line}`),
  });
} catch (err) {
  console.error(`npm start: ${err.message}`);
  process.exit(1);
}

/** Forwards a request to the collector and pipes its answer back. */
async function forward(req, res, url) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = Object.fromEntries(['content-type', 'user-agent', 'accept-language', 'idempotency-key'].filter((h) => req.headers[h]).map((h) => [h, req.headers[h]]));
  const answer = await fetch(collector.url + url.pathname, { method: req.method, headers, body: req.method == 'POST' ? Buffer.concat(chunks) : undefined });
  res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') || 'text/plain' }).end(Buffer.from(await answer.arrayBuffer()));
}

/** The example pages' "collector view": the latest events the collector stored. */
async function latest(req, res) {
  const events = await collector.db.query(`select body from mj_events order by received_at desc, ts desc limit 12`);
  const [stats] = await collector.db.query(`select coalesce(sum(stored), 0)::int stored, coalesce(sum(duplicates), 0)::int duplicates from mj_ingest_stats`);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify({ events: events.map((e) => e.body).reverse(), stored: stats.stored, duplicates: stats.duplicates }));
}

let site;
try {
  site = await startServer({
    port: sitePort,
    handlers: { '/mj/collect': forward, '/mj/events': latest },
    mounts: [
      ['/mj/', join(here, 'site', 'mj')],
      ['/mj/', join(here, '..', 'dist')],
      ['/', join(here, 'site')],
    ],
  });
} catch (err) {
  await collector.close();
  console.error(err.code == 'EADDRINUSE' ? `npm start: port ${sitePort} is already in use: stop what uses it, or pick another with PORT=9000 npm start` : `npm start: ${err.message}`);
  process.exit(1);
}

console.log(`microjourney example
  shop       ${site.url}/
  report     ${collector.url}/report
  collector  POST ${collector.url}/mj/collect (the shop posts to its own /mj/collect, forwarded here)
  storage    ${collector.db.kind == 'pglite' ? `PGlite in ${collector.db.where}` : collector.db.where}
Click through the shop, then open the report. Ctrl+C stops both.`);

for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, async () => {
    console.log(`${time()} ${signal}: stopping`);
    process.once(signal, () => process.exit(130));
    await site.close();
    await collector.close();
    process.exit(0);
  });
