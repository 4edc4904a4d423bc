import type { Queryable } from '../../db/database.js';
import type { Inbox, ReportFilters } from '../api-types.js';
import { pageOf } from './answer-row.js';
import { configuredStages, positionsJson, type ReportContext } from './context.js';
import { filterWhere, SqlParams } from './filters.js';
import { checkInboxStatus, inboxItemsSql, toInboxItem } from './inbox-item.js';

/** Entries per status, and how many the status filter keeps (the page's total). */
async function inboxCounts(db: Queryable, filters: ReportFilters, status: string | null) {
  const params = new SqlParams();
  const where = filterWhere(filters, params, { alias: 'e' });
  const [row] = await db.query<Record<string, number>>(
    `select count(*) filter (where i.status = 'open')::int as open,
       count(*) filter (where i.status = 'contacted')::int as contacted,
       count(*) filter (where i.status = 'resolved')::int as resolved,
       count(*) filter (where ${params.add(status)}::text is null or i.status = ${params.add(status)}::text)::int as total
     from mj_inbox i join mj_events e on e.id = i.event_id
     where ${where}`,
    params.values,
  );
  return { counts: { open: row.open, contacted: row.contacted, resolved: row.resolved }, total: row.total };
}

/**
 * Time to close by the answer's stage: resolved entries and the median hours from the entry's
 * creation (when the answer reached the collector) to its resolution — the time the team took.
 */
async function timeToClose(db: Queryable, ctx: ReportContext, filters: ReportFilters): Promise<Inbox['timeToClose']> {
  const params = new SqlParams();
  const where = filterWhere(filters, params, { alias: 'e' });
  const order = params.add(positionsJson(configuredStages(ctx)));
  const rows = await db.query<{ stage: string | null; resolved: number; median_hours: number | null }>(
    `select e.stage, count(*) filter (where i.status = 'resolved')::int as resolved,
       (percentile_cont(0.5) within group (order by date_part('epoch', i.resolved_at - i.created_at) / 3600)
         filter (where i.status = 'resolved' and i.resolved_at is not null))::float8 as median_hours
     from mj_inbox i join mj_events e on e.id = i.event_id
     where ${where}
     group by e.stage
     order by e.stage is null, (${order}::jsonb ->> e.stage)::int nulls last, e.stage`,
    params.values,
  );
  return rows.map((r) => ({ stage: r.stage, resolved: r.resolved, medianHours: r.median_hours }));
}

/**
 * `GET /report/api/inbox?status=&limit=&offset=`: the negative answers' entries (NPS 0–6, CSAT
 * negative, every exit answer) under the filters, newest answer first, with their history.
 * Throws an Error naming the allowed statuses for an unknown `status`.
 */
export async function inbox(db: Queryable, ctx: ReportContext, filters: ReportFilters, query?: URLSearchParams): Promise<Inbox> {
  const status = query?.get('status')?.trim() || null;
  if (status) checkInboxStatus(status);
  const { counts, total } = await inboxCounts(db, filters, status);
  const params = new SqlParams();
  const where = [filterWhere(filters, params, { alias: 'e' })];
  if (status) where.push(`i.status = ${params.add(status)}::text`);
  const { limit, offset } = pageOf(query);
  const rows = await db.query<Record<string, any>>(
    `${inboxItemsSql(where.join(' and '))} order by e.ts desc, e.id desc limit ${params.add(limit)}::int offset ${params.add(offset)}::int`,
    params.values,
  );
  return { counts, total, rows: rows.map(toInboxItem), timeToClose: await timeToClose(db, ctx, filters) };
}
