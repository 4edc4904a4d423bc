import type { Queryable } from '../../db/database.js';
import { CHANNEL_GROUPS } from '../../ingest/channel-group.js';
import type { DimensionRow, Dimensions, ReportFilters } from '../api-types.js';
import { configuredStages, positions, type ReportContext } from './context.js';
import { ANSWER_COUNTS, csatFigure, npsFigure, withFigures } from './figures.js';
import { filterWhere, SqlParams } from './filters.js';

/** Each breakdown of the API and the column of `mj_events` it groups answers by. */
const DIMENSION_COLUMNS: Record<keyof Dimensions, string> = {
  stage: 'stage',
  touchpoint: 'touchpoint',
  channel: 'channel_group',
  step: 'step',
  locale: 'locale',
  device: 'device',
  vitals: 'vitals_rating',
};

const VITALS_RATINGS = ['good', 'needs-improvement', 'poor'];

/**
 * `GET /report/api/dimensions`: NPS and CSAT of the answers (`type = 'response'`) by each
 * dimension, from one scan: each answer is repeated once per dimension (a lateral `values`)
 * and grouped by (dimension, value). `responses` counts every answer, exit surveys included.
 * Rows follow the dimension's natural order where it has one (stages in journey order, channel
 * groups in REPORT.md's order, vitals good → poor), else the most answers first; "not set" last.
 */
export async function dimensions(db: Queryable, ctx: ReportContext, filters: ReportFilters, _params?: URLSearchParams): Promise<Dimensions> {
  const params = new SqlParams();
  const where = filterWhere(filters, params, { alias: 'e' });
  const orders = params.add(JSON.stringify({ stage: positions(configuredStages(ctx)), channel: positions(CHANNEL_GROUPS), vitals: positions(VITALS_RATINGS) }));
  const pairs = Object.entries(DIMENSION_COLUMNS)
    .map(([name, column]) => `('${name}', e.${column})`)
    .join(', ');
  const counted = `select d.dimension, d.key, count(*)::int as responses, ${ANSWER_COUNTS}
    from mj_events e cross join lateral (values ${pairs}) as d(dimension, key)
    where e.type = 'response' and ${where}
    group by d.dimension, d.key`;
  const rows = await db.query<Record<string, any>>(
    `select * from (${withFigures(counted)}) f
     order by f.dimension, f.key is null, (${orders}::jsonb -> f.dimension ->> f.key)::int nulls last, f.responses desc, f.key`,
    params.values,
  );
  const result = Object.fromEntries(Object.keys(DIMENSION_COLUMNS).map((name) => [name, [] as DimensionRow[]])) as unknown as Dimensions;
  for (const r of rows) result[r.dimension as keyof Dimensions].push({ key: r.key, nps: npsFigure(r), csat: csatFigure(r), responses: r.responses });
  return result;
}
