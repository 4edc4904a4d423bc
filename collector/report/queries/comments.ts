import type { Queryable } from '../../db/database.js';
import type { Comments, ReportFilters } from '../api-types.js';
import { ANSWER_SELECT, pageOf, toAnswer } from './answer-row.js';
import type { ReportContext } from './context.js';
import { filterWhere, SqlParams } from './filters.js';

/** `q` as an ILIKE pattern matching it anywhere: `%`, `_` and `\` in it match themselves. */
const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * `GET /report/api/comments?q=&widget=&limit=&offset=`: answers with a non-empty comment
 * (exit surveys' "other" text included), newest first; `q` searches the comment's text, case
 * insensitively; `widget` is a widget id.
 */
export async function comments(db: Queryable, _ctx: ReportContext, filters: ReportFilters, query?: URLSearchParams): Promise<Comments> {
  const params = new SqlParams();
  const conditions = [`e.type = 'response'`, `e.comment is not null`, `btrim(e.comment) <> ''`, filterWhere(filters, params, { alias: 'e' })];
  const q = query?.get('q')?.trim();
  if (q) conditions.push(`e.comment ilike ${params.add(containsPattern(q))}::text`);
  const widget = query?.get('widget')?.trim();
  if (widget) conditions.push(`e.widget_id = ${params.add(widget)}::text`);
  const where = conditions.join(' and ');
  const [{ total }] = await db.query<{ total: number }>(`select count(*)::int as total from mj_events e where ${where}`, params.values);
  const { limit, offset } = pageOf(query);
  const rows = await db.query<Record<string, any>>(
    `select ${ANSWER_SELECT} from mj_events e where ${where} order by e.ts desc, e.id desc limit ${params.add(limit)}::int offset ${params.add(offset)}::int`,
    params.values,
  );
  return { total, rows: rows.map(toAnswer) };
}
