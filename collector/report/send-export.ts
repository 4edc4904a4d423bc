import type { ServerResponse } from 'node:http';
import type { Database } from '../db/database.js';
import { sendError } from '../http/send.js';
import type { ReportFilters } from './api-types.js';
import type { ReportContext } from './queries/context.js';
import { exportRows } from './queries/index.js';

/**
 * A CSV cell: quoted when it holds a comma, quote or line break; a leading `= + - @` is escaped
 * with a quote mark, so a spreadsheet never runs a customer's comment as a formula.
 */
export function csvCell(value: unknown): string {
  if (value == null) return '';
  let text = typeof value == 'object' ? JSON.stringify(value) : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const write = (res: ServerResponse, text: string) => (res.write(text) ? Promise.resolve() : new Promise<void>((ok) => res.once('drain', ok)));

/**
 * `GET /report/api/export?kind=responses|events&format=csv|ndjson&<filters>`: the rows behind
 * the current filters, streamed page by page so a million events do not sit in memory.
 */
export async function sendExport(res: ServerResponse, db: Database, ctx: ReportContext, filters: ReportFilters, params: URLSearchParams): Promise<void> {
  const kind = params.get('kind') || 'responses';
  const format = params.get('format') || 'csv';
  if (kind != 'responses' && kind != 'events') return sendError(res, 400, `kind must be "responses" or "events", found "${kind}"`);
  if (format != 'csv' && format != 'ndjson') return sendError(res, 400, `format must be "csv" or "ndjson", found "${format}"`);
  const name = `microjourney-${kind}-${filters.from}-to-${filters.to}.${format}`;
  res.writeHead(200, {
    'Content-Type': format == 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
  let columns: string[] | null = null;
  for await (const row of exportRows(db, ctx, filters, kind)) {
    if (format == 'ndjson') {
      await write(res, JSON.stringify(row) + '\n');
      continue;
    }
    if (!columns) {
      columns = Object.keys(row);
      await write(res, '\ufeff' + columns.join(',') + '\r\n');
    }
    await write(res, columns.map((c) => csvCell(row[c])).join(',') + '\r\n');
  }
  res.end();
}
