// The benchmark's one local server: the product page each SDK runs on, the SDKs' files, the
// stubs each SDK asks for at run time (settings, flags, survey definitions) and a sink per SDK
// that counts the events it receives in 2xx-answered requests. Faults are injected per SDK.
// Listens on 127.0.0.1 only.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The file under `root` for a URL path below `prefix`, or null (never outside `root`). */
async function fileUnder(root, prefix, pathname) {
  const file = normalize(join(root, decodeURIComponent(pathname.slice(prefix.length))));
  if (!file.startsWith(resolve(root) + sep)) return null;
  const s = await stat(file).catch(() => null);
  return s?.isFile() ? file : null;
}

/** A static file with a year's cache, as a CDN serves an SDK: a repeat visit loads it from the cache. */
async function serveFile(res, file) {
  res
    .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=31536000' })
    .end(await readFile(file));
}

/** Per SDK: what reached its sink (2xx only), and the faults still to answer with. */
function createSinks(names) {
  const sinks = new Map(names.map((n) => [n, { received: [], requests: 0, answers: {}, faults: [], failing: false }]));
  return {
    of: (name) => sinks.get(name),
    /** Answers the next requests of `name`'s sink with these outcomes, in order, then 200. */
    queueFaults: (name, outcomes) => void (sinks.get(name).faults = [...outcomes]),
    /** Every request to `name`'s sink fails with 503 while true. */
    setFailing: (name, failing) => void (sinks.get(name).failing = failing),
    /** Names received by `name`'s sink that start with `prefix`, one entry per delivery. */
    deliveries: (name, prefix) => sinks.get(name).received.filter((e) => e.name?.startsWith(prefix)),
  };
}

/** What a sink request gets: the queued fault, 503 while failing, else 200. */
function nextOutcome(sink) {
  if (sink.failing) return 503;
  return sink.faults.length ? sink.faults.shift() : 200;
}

async function answerSink(sdk, sink, req, res, url, stallMs) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const body = Buffer.concat(chunks);
  sink.requests++;
  const outcome = req.method === 'OPTIONS' ? 204 : nextOutcome(sink);
  sink.answers[outcome] = (sink.answers[outcome] || 0) + 1;
  const cors = {
    'Access-Control-Allow-Origin': req.headers.origin || '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Headers': '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  };
  if (outcome === 'drop') return req.socket.destroy();
  // A stall answers 200 at last, and its events count, if the SDK is still waiting for it.
  if (outcome === 'stall')
    return setTimeout(() => (res.destroyed || req.socket.destroyed ? null : accept(sdk, sink, body, req, url, res, cors)), stallMs).unref();
  if (outcome === 204) return res.writeHead(204, cors).end();
  if (outcome !== 200) return res.writeHead(outcome, { ...cors, ...(outcome === 429 ? { 'Retry-After': '2' } : {}) }).end();
  accept(sdk, sink, body, req, url, res, cors);
}

function accept(sdk, sink, body, req, url, res, cors) {
  // microjourney asks which events the sink holds before sending again what a closed page may have sent.
  const answer = sdk.question?.(url, sink.received);
  if (answer != null) return res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(answer);
  for (const event of sdk.decode(body, req, url)) sink.received.push({ ...event, at: Date.now() });
  res.writeHead(200, { ...cors, 'Content-Type': sdk.sinkType ?? 'application/json' }).end(sdk.sinkAnswer?.() ?? '{}');
}

/**
 * Starts the server. `sdks` are the modules of ./sdks/ (routes, stubs, decoders); `page` is the
 * product page's HTML with `<!--sdk-->` where an SDK's snippet goes; `mounts` are [prefix, folder];
 * `modules` is the peers' node_modules, where a route may name a file.
 */
export async function startPeersServer({ sdks, page, mounts, modules, stallMs = 12_000, log = () => {} }) {
  const sinks = createSinks(sdks.map((s) => s.name));
  /** Requests nothing here answered: an SDK asking for something its stubs do not cover. */
  const unknown = new Set();
  let origin = '';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    try {
      const pageMatch = url.pathname.match(/^\/page\/([a-z]+)\.html$/);
      if (pageMatch) {
        const sdk = sdks.find((s) => s.id === pageMatch[1]);
        if (pageMatch[1] !== 'bare' && !sdk) return res.writeHead(404).end();
        const html = page.replace('<!--sdk-->', sdk ? sdk.snippet(origin) : '');
        // `?isolated`: a cross-origin isolated page, whose clock resolves to 5 µs, not 100 µs
        // (bench:track). Everything it loads is from this server, so nothing is blocked.
        const isolation = url.searchParams.has('isolated')
          ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
          : {};
        return res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store', ...isolation }).end(html);
      }
      for (const sdk of sdks) {
        const route = sdk.route(url, req, modules);
        if (route === 'sink') return await answerSink(sdk, sinks.of(sdk.name), req, res, url, stallMs);
        if (route?.file) return serveFile(res, route.file);
        if (route)
          return res
            .writeHead(200, { 'Content-Type': route.type ?? 'application/json', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' })
            .end(route.body);
      }
      for (const [prefix, root] of mounts) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = await fileUnder(root, prefix, url.pathname);
        if (file) return serveFile(res, file);
      }
      unknown.add(`${req.method} ${url.pathname}`);
      log(`bench:peers: the server has nothing at ${req.method} ${url.pathname}${url.search}`);
      res.writeHead(404).end();
    } catch (error) {
      log(`bench:peers: ${req.method} ${url.pathname} failed: ${error.message}`);
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    sinks,
    unknown,
    close: () => new Promise((ok) => (server.closeAllConnections(), server.close(ok))),
  };
}
