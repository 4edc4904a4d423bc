import { createReadStream, existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Database } from '../db/database.js';
import { sendError, sendJson } from '../http/send.js';
import { packageRoot } from '../package-root.js';
import { sendExport } from './send-export.js';
import { updateInboxItem, VIEWS } from './queries/index.js';
import { parseFilters } from './queries/filters.js';
import type { ReportContext } from './queries/context.js';

const ASSET_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};
// The report runs under a strict policy: no inline script or style, nothing from elsewhere.
const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function servePage(res: ServerResponse): void {
  const file = join(packageRoot(), 'collector', 'report', 'app', 'index.html');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...PAGE_HEADERS });
  res.end(readFileSync(file));
}

function serveAsset(res: ServerResponse, name: string): void {
  const root = join(packageRoot(), 'dist', 'report');
  const file = normalize(join(root, name));
  if (!file.startsWith(root + '/') || !existsSync(file) || !ASSET_TYPES[extname(file)]) {
    const hint = existsSync(root) ? '' : ' (dist/report/ is missing: run `npm run build`)';
    return sendError(res, 404, `no report asset ${name}${hint}`);
  }
  res.writeHead(200, { 'Content-Type': ASSET_TYPES[extname(file)], 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
  createReadStream(file).pipe(res);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('the body is over 64 KB');
    chunks.push(chunk as Buffer);
  }
  const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  if (!parsed || typeof parsed != 'object') throw new Error('expected a JSON object');
  return parsed;
}

async function serveInboxUpdate(req: IncomingMessage, res: ServerResponse, db: Database, id: string): Promise<void> {
  let body: Record<string, unknown>;
  try {
    body = await readJson(req);
  } catch (err) {
    return sendError(
      res,
      400,
      `the inbox update is not valid JSON: ${(err as Error).message}; send { "status": "open"|"contacted"|"resolved", "note"?, "by"? }`,
    );
  }
  try {
    const item = await updateInboxItem(db, id, { status: body.status as never, note: body.note as string | undefined, by: body.by as string | undefined });
    if (!item) return sendError(res, 404, `no inbox entry for the event ${id}`);
    sendJson(res, 200, item);
  } catch (err) {
    sendError(res, 400, (err as Error).message);
  }
}

/** A path segment decoded; a malformed %-escape stays as it is (and then names nothing). */
function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `/report`, `/report/assets/*` and `/report/api/*`: the report page and its data. */
export async function serveReport(req: IncomingMessage, res: ServerResponse, url: URL, db: Database, ctx: ReportContext): Promise<void> {
  const path = url.pathname;
  if (path == '/report' || path == '/report/') return servePage(res);
  if (path.startsWith('/report/assets/')) return serveAsset(res, decodeSafely(path.slice('/report/assets/'.length)));
  const inbox = /^\/report\/api\/inbox\/([^/]+)$/.exec(path);
  if (inbox && req.method == 'POST') return serveInboxUpdate(req, res, db, decodeSafely(inbox[1]));
  const view = /^\/report\/api\/(\w+)$/.exec(path)?.[1];
  if (!view || (view != 'export' && !Object.hasOwn(VIEWS, view)))
    return sendError(res, 404, `no report view ${path}; the views are ${[...Object.keys(VIEWS), 'export'].join(', ')}`);
  let filters;
  try {
    filters = parseFilters(url.searchParams);
  } catch (err) {
    return sendError(res, 400, (err as Error).message);
  }
  if (view == 'export') return sendExport(res, db, ctx, filters, url.searchParams);
  const started = Date.now();
  const data = await VIEWS[view as keyof typeof VIEWS](db, ctx, filters, url.searchParams);
  sendJson(res, 200, data, { 'Server-Timing': `db;dur=${Date.now() - started}` });
}
