import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Database } from './db/database.js';
import { keepStatistics } from './db/keep-statistics.js';
import { openDatabase } from './db/open-database.js';
import { corsHeaders } from './http/cors.js';
import { isLoopbackHost, mayReadReport, reportCookie } from './http/report-access.js';
import { sendError, sendJson } from './http/send.js';
import { createEventWriter } from './ingest/event-writer.js';
import { handleCollect } from './ingest/handle-collect.js';
import { handleHave } from './ingest/handle-have.js';
import { readSiteJourneys } from './report/report-context.js';
import { serveReport } from './report/serve-report.js';
import { startWebhookWorker } from './webhooks/webhook-worker.js';

export interface CollectorOptions {
  /** Default 8787; 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1 (loopback: the report needs no token). */
  host: string;
  /** The embedded database's directory (default `.microjourney`); `memory://` keeps nothing. */
  dataDir: string;
  /** `postgres://…`: a PostgreSQL server instead of the embedded database. */
  databaseUrl?: string;
  /** Required to read the report unless the server listens on loopback only. */
  token?: string;
  /** Posts new negative answers (or all, with `webhookAll`) to this URL. */
  webhook?: string;
  webhookSecret?: string;
  webhookAll: boolean;
  /** Where the SDK posts batches (default `/mj/collect`). */
  collectPath: string;
  /** Origins whose pages may post events (`*` for any); empty: the collector's own and loopback. */
  allowOrigins: string[];
  /** The site's microjourney config: journeys in order and their `abandonAfter`, for funnels. */
  config?: string;
  maxBodyBytes: number;
  maxEvents: number;
  log: (line: string) => void;
}

export const DEFAULT_OPTIONS: CollectorOptions = {
  port: 8787,
  host: '127.0.0.1',
  dataDir: '.microjourney',
  webhookAll: false,
  collectPath: '/mj/collect',
  allowOrigins: [],
  maxBodyBytes: 1024 * 1024,
  maxEvents: 500,
  log: () => {},
};

export interface RunningCollector {
  /** `http://host:port`, the base of every route. */
  url: string;
  db: Database;
  /** Graceful: stops accepting, finishes the batches in flight, stops the webhook queue, closes the database. */
  close(): Promise<void>;
}

/** Refuses a setup that would publish customers' comments: the report off loopback without a token. */
function checkAccess(o: CollectorOptions): void {
  if (!isLoopbackHost(o.host) && !o.token)
    throw new Error(
      `refusing to listen on ${o.host} without a token: the report shows customers' comments. Set --token (or MJ_TOKEN), or listen on 127.0.0.1.`,
    );
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code == 'EADDRINUSE' ? new Error(`port ${port} on ${host} is already in use: stop what uses it, or pick another with --port (or MJ_PORT)`) : err,
      ),
    );
    server.listen(port, host, () => resolve((server.address() as { port: number }).port));
  });
}

/** The answer to a report request without the right token: where to find it. */
const TOKEN_NEEDED =
  'the report needs the token this collector was started with: open the report link that `microjourney serve` printed (…/report?token=…), or send Authorization: Bearer <token>';

/** Starts the collector and its report in this process. */
export async function startCollector(given: Partial<CollectorOptions> = {}): Promise<RunningCollector> {
  const o: CollectorOptions = { ...DEFAULT_OPTIONS, ...given };
  checkAccess(o);
  const site = readSiteJourneys(o.config);
  const db = await openDatabase({ databaseUrl: o.databaseUrl, dataDir: o.dataDir });
  const webhooks = o.webhook ? startWebhookWorker(db, { secret: o.webhookSecret, log: o.log }) : null;
  const statistics = keepStatistics(db, o.log);
  await statistics.ready;
  const writer = createEventWriter(db, o.webhook ? { url: o.webhook, all: o.webhookAll } : undefined, statistics.stored);
  let origin = '';
  const inFlight = new Set<Promise<void>>();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url || '/', origin);
    if (url.pathname == o.collectPath) {
      const cors = corsHeaders(req, o.allowOrigins, origin);
      if (!cors) return sendError(res, 403, `the origin ${req.headers.origin} may not send events here: add it with --allow-origin (or MJ_ALLOW_ORIGINS)`);
      if (req.method == 'OPTIONS') return void res.writeHead(204, cors).end();
      if (req.method == 'GET' && url.searchParams.has('mj_have')) return handleHave(res, db, url.searchParams.get('mj_have')!, cors);
      if (req.method != 'POST') return sendError(res, 405, `send events with POST ${o.collectPath}`, {}, { ...cors, Allow: 'GET, POST, OPTIONS' });
      await handleCollect(req, res, db, writer, o, cors, o.log);
      webhooks?.poke();
      return;
    }
    if (url.pathname == '/healthz') {
      await db.query('select 1');
      return sendJson(res, 200, { ok: true, storage: db.kind });
    }
    if (url.pathname == '/') return void res.writeHead(302, { Location: '/report' }).end();
    if (url.pathname == '/report' || url.pathname.startsWith('/report/')) {
      if (!mayReadReport(req, url, o.token)) return sendError(res, 401, TOKEN_NEEDED);
      if (o.token && url.searchParams.has('token')) {
        // Trade the token in the address bar for a cookie, so it does not linger in history or get shared.
        url.searchParams.delete('token');
        return void res.writeHead(303, { Location: url.pathname + url.search, 'Set-Cookie': reportCookie(o.token) }).end();
      }
      return serveReport(req, res, url, db, { ...site, now: undefined });
    }
    sendError(res, 404, `nothing at ${url.pathname}: events go to POST ${o.collectPath}, the report is at /report`);
  }

  const server = createServer((req, res) => {
    const job = route(req, res)
      .catch((err) => {
        o.log(`${req.method} ${req.url} failed: ${(err as Error).stack || err}`);
        if (!res.headersSent)
          sendError(res, 500, `the collector failed on ${req.method} ${new URL(req.url || '/', origin).pathname}: ${(err as Error).message}`);
        else res.destroy();
      })
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  });
  let port: number;
  try {
    port = await listen(server, o.port, o.host);
  } catch (err) {
    await webhooks?.stop();
    await db.close();
    throw err;
  }
  origin = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
  let closing: Promise<void> | null = null;
  return {
    url: origin,
    db,
    close: () =>
      (closing ??= (async () => {
        const stopped = new Promise((ok) => server.close(ok));
        server.closeIdleConnections();
        while (inFlight.size) await Promise.allSettled([...inFlight]);
        await writer.drain();
        server.closeAllConnections();
        await stopped;
        await webhooks?.stop();
        await db.close();
      })()),
  };
}
