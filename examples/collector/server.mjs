// A small HTTP server for the example site and the tests: static folders mounted at URL
// prefixes, the collector at /mj/collect and what it received at /mj/events. Listens on
// 127.0.0.1 only.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createCollector } from './collector.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The file under `root` for a URL path, or null (never outside `root`). */
async function findFile(root, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null; // a malformed %-escape names no file
  }
  const file = normalize(join(root, decoded));
  // With the separator: /fixture/mj must not let /fixture/mj-other or ../mj.test.ts through.
  const inside = resolve(root) + sep;
  if (!file.startsWith(inside)) return null;
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) return findFile(root, join(path, 'index.html'));
  } catch {
    return null;
  }
  return null;
}

/**
 * Starts the server. `mounts` is a list of [urlPrefix, folder]; the first folder holding the
 * file wins, so a test can lay a folder over another. `handlers` maps a path to a function
 * `(req, res, url)` tried before the static files; `headers(url)` adds response headers to
 * static files (a test's CSP, say).
 */
export async function startServer({ mounts, port = 0, log = () => {}, handlers = {}, headers = () => ({}), collector = createCollector({ log }) }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (handlers[url.pathname]) return await handlers[url.pathname](req, res, url);
      if (url.pathname === '/mj/collect') return await collector.handle(req, res);
      if (url.pathname === '/mj/events') {
        if (req.method === 'DELETE') collector.reset();
        return res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(collector.snapshot()));
      }
      for (const [prefix, root] of mounts) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = await findFile(root, url.pathname.slice(prefix.length) || '/');
        if (!file) continue;
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store', ...headers(url) });
        return createReadStream(file).pipe(res);
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not found: ${url.pathname}`);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(err));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    collector,
    server,
    // Pages may still hold keep-alive connections open: close them too, or close() waits for them.
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}
