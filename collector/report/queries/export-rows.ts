import type { Queryable } from '../../db/database.js';
import type { ReportFilters } from '../api-types.js';
import { ANSWER_SELECT } from './answer-row.js';
import type { ReportContext } from './context.js';
import { filterWhere, isoSql, SqlParams } from './filters.js';

/** The columns of an exported event: every column of `mj_events` but the raw body, and the event's props. */
const EVENT_SELECT = `e.id, e.type, ${isoSql('e.ts')} as ts, ${isoSql('e.received_at')} as received_at, e.anonymous_id, e.session_id,
  e.user_id, e.seq, e.name, e.path, e.touchpoint, e.source, e.medium, e.campaign, e.channel_group, e.first_group,
  e.last_group, e.stage, e.journey, e.step, e.widget_id, e.widget_type, e.locale, e.device, e.score::int as score,
  e.nps_category, e.positive, e.reason, e.comment, e.partial, e.response_id, e.vitals_rating, e.negative, e.source_format,
  e.body -> 'props' as props`;

/**
 * The responses (`kind` `responses`: answers with their context) or all events behind the
 * filters, oldest first, for CSV and ndjson export. Reads a page at a time by (ts, id), each
 * page starting after the last row of the one before (keyset: no offset to skip over, no
 * cursor held open), so memory stays bounded however many rows there are.
 */
export async function* exportRows(
  db: Queryable,
  _ctx: ReportContext,
  filters: ReportFilters,
  kind: 'responses' | 'events',
  pageSize = 5000,
): AsyncIterable<Record<string, unknown>> {
  let after: { ts: string; id: string } | null = null;
  for (;;) {
    const params = new SqlParams();
    const where = [filterWhere(filters, params, { alias: 'e' })];
    if (kind == 'responses') where.push(`e.type = 'response'`);
    // Spelled out rather than `(ts, id) > (…)`, so the index on ts serves it; the cursor's ts has
    // microseconds, so the next page starts exactly after this one's last row.
    if (after) {
      const ts = params.add(after.ts);
      where.push(`e.ts >= ${ts}::timestamptz and (e.ts > ${ts}::timestamptz or e.id > ${params.add(after.id)}::text)`);
    }
    const rows: Record<string, unknown>[] = await db.query(
      `select ${kind == 'responses' ? ANSWER_SELECT : EVENT_SELECT},
         to_char(e.ts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_ts
       from mj_events e where ${where.join(' and ')}
       order by e.ts, e.id limit ${params.add(pageSize)}::int`,
      params.values,
    );
    for (const { cursor_ts, ...row } of rows) yield row;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    after = { ts: last.cursor_ts as string, id: last.id as string };
  }
}
