import type { Queryable } from '../../db/database.js';
import type { ReportFilters, Summary, TrendPoint } from '../api-types.js';
import type { ReportContext } from './context.js';
import { ANSWER_COUNT_COLUMNS, ANSWER_COUNTS, csatFigure, npsFigure, withFigures } from './figures.js';
import { filterWhere, SqlParams } from './filters.js';
import { journeyOutcomesSql } from './journey-outcomes.js';

/** Ranges up to this many days trend by day, longer ones by ISO week (Monday). */
const MAX_DAILY_DAYS = 62;

const WIDGET_COUNT_COLUMNS = ['shown', 'responses', 'partial', 'dismissed'];
const COUNT_COLUMNS = [...ANSWER_COUNT_COLUMNS, ...WIDGET_COUNT_COLUMNS];

/** The bucket of a timestamp (UTC day, or the Monday of its ISO week) and the series of all buckets of the range. */
function buckets(filters: ReportFilters, params: SqlParams) {
  const days = (Date.parse(filters.to) - Date.parse(filters.from)) / 864e5 + 1;
  const bucket: Summary['bucket'] = days <= MAX_DAILY_DAYS ? 'day' : 'week';
  const from = params.add(filters.from);
  const to = params.add(filters.to);
  // timestamp without time zone: the series does not depend on the session's TimeZone.
  const series =
    bucket == 'day'
      ? `generate_series(${from}::timestamp, ${to}::timestamp, interval '1 day')`
      : `generate_series(date_trunc('week', ${from}::timestamp), ${to}::timestamp, interval '7 days')`;
  const of = (ts: string) => (bucket == 'day' ? `(${ts} at time zone 'UTC')::date` : `date_trunc('week', ${ts} at time zone 'UTC')::date`);
  return { bucket, series, of };
}

/** Answers, shown, dismissed per bucket (every bucket of the range, empty ones too), and a total row (bucket null). */
function answersSql(filters: ReportFilters, params: SqlParams, series: string, of: (ts: string) => string): string {
  const where = filterWhere(filters, params);
  const counted = `select ${of('ts')} as bucket, ${ANSWER_COUNTS},
      count(*) filter (where type = 'widget_shown')::int as shown,
      count(*) filter (where type = 'response')::int as responses,
      count(*) filter (where type = 'response' and partial)::int as partial,
      count(*) filter (where type = 'widget_dismissed')::int as dismissed
    from mj_events
    where type in ('response', 'widget_shown', 'widget_dismissed') and ${where}
    group by 1`;
  const filled = COUNT_COLUMNS.map((c) => `coalesce(b.${c}, 0) as ${c}`).join(', ');
  const summed = COUNT_COLUMNS.map((c) => `coalesce(sum(${c}), 0)::int as ${c}`).join(', ');
  const rows = `with counted as (${counted})
    select to_char(s.bucket, 'YYYY-MM-DD') as bucket, ${filled} from (select day::date as bucket from ${series} as day) s left join counted b on b.bucket = s.bucket
    union all
    select null, ${summed} from counted`;
  return `select f.*,
      (f.responses::float8 / nullif(f.shown, 0))::float8 as response_rate,
      (f.dismissed::float8 / nullif(f.shown, 0))::float8 as dismiss_rate
    from (${withFigures(rows)}) f
    order by f.bucket nulls last`;
}

/** Journeys started, completed and abandoned per bucket of their start (so the trend adds up to the headline), and in all (bucket null). */
function journeysSql(ctx: ReportContext, filters: ReportFilters, params: SqlParams, of: (ts: string) => string): string {
  return `with ${journeyOutcomesSql(ctx, filters, params)}
    select to_char(${of('started_at')}, 'YYYY-MM-DD') as bucket,
      count(*)::int as started,
      count(*) filter (where completed)::int as completed,
      count(*) filter (where abandoned)::int as abandoned
    from journey_outcomes
    group by rollup (1)`;
}

type Row = Record<string, any>;
const NO_JOURNEYS = { started: 0, completed: 0, abandoned: 0 };

/** `GET /report/api/summary`: the headline figures and their trend. */
export async function summary(db: Queryable, ctx: ReportContext, filters: ReportFilters, _params?: URLSearchParams): Promise<Summary> {
  const answerParams = new SqlParams();
  const { bucket, series, of } = buckets(filters, answerParams);
  const answers = await db.query<Row>(answersSql(filters, answerParams, series, of), answerParams.values);
  const journeyParams = new SqlParams();
  const journeyRows = await db.query<Row>(journeysSql(ctx, filters, journeyParams, of), journeyParams.values);
  const journeysOf = (b: string | null) => {
    const r = journeyRows.find((j) => j.bucket === b);
    return r ? { started: r.started, completed: r.completed, abandoned: r.abandoned } : NO_JOURNEYS;
  };
  const total = answers.find((r) => r.bucket === null)!;
  const trend: TrendPoint[] = answers
    .filter((r) => r.bucket !== null)
    .map((r) => ({
      bucket: r.bucket,
      nps: npsFigure(r),
      csat: csatFigure(r),
      shown: r.shown,
      responses: r.responses,
      dismissed: r.dismissed,
      ...journeysOf(r.bucket),
    }));
  return {
    filters,
    nps: npsFigure(total),
    csat: csatFigure(total),
    shown: total.shown,
    responses: total.responses,
    partial: total.partial,
    dismissed: total.dismissed,
    responseRate: total.response_rate,
    dismissRate: total.dismiss_rate,
    journeys: journeysOf(null),
    bucket,
    trend,
  };
}
