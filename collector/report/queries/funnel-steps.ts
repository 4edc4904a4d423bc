import type { Queryable } from '../../db/database.js';
import type { ReportFilters } from '../api-types.js';
import type { ReportContext } from './context.js';
import { filterWhere, SqlParams } from './filters.js';

/** One step of a funnel, in order: `idx` from 1 within its journey. */
export interface FunnelStepSpec {
  journey: string;
  step: string;
  idx: number;
  order: 'config' | 'data';
}

/**
 * The steps of journeys the config does not name, ordered from the data: each visitor's steps
 * of the journey are numbered in the order the visitor first reached them, and the steps are
 * sorted by the median of those positions (ties: the earliest reach, then the name). A median
 * is robust to the few visitors who enter midway or go back a step.
 */
async function dataOrderedSteps(db: Queryable, ctx: ReportContext, filters: ReportFilters): Promise<{ journey: string; step: string; idx: number }[]> {
  const params = new SqlParams();
  const where = filterWhere(filters, params);
  const configured = params.add(Object.keys(ctx.journeys));
  return db.query(
    `with reached as (
       select anonymous_id, journey, step, min(ts) as first_ts
       from mj_events
       where type = 'step' and journey is not null and step is not null and not (journey = any(${configured}::text[])) and ${where}
       group by anonymous_id, journey, step
     ),
     positioned as (
       select journey, step, first_ts, row_number() over (partition by anonymous_id, journey order by first_ts, step) as position
       from reached
     )
     select journey, step,
       row_number() over (partition by journey order by percentile_cont(0.5) within group (order by position), min(first_ts), step)::int as idx
     from positioned
     group by journey, step
     order by journey, idx`,
    params.values,
  );
}

/**
 * Every funnel's steps in order: the configured journeys first (their steps as the config
 * lists them, in the config's order), then the other journeys seen, by name, with steps ordered
 * from the data. With a `journey` filter, only that journey.
 */
export async function funnelSteps(db: Queryable, ctx: ReportContext, filters: ReportFilters): Promise<FunnelStepSpec[]> {
  const specs: FunnelStepSpec[] = [];
  for (const [journey, def] of Object.entries(ctx.journeys)) {
    if (filters.journey && filters.journey != journey) continue;
    def.steps.forEach((step, i) => specs.push({ journey, step, idx: i + 1, order: 'config' }));
  }
  for (const s of await dataOrderedSteps(db, ctx, filters)) specs.push({ ...s, order: 'data' });
  return specs;
}
