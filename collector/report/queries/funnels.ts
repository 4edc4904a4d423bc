import type { Queryable } from '../../db/database.js';
import type { Funnel, ReportFilters } from '../api-types.js';
import type { ReportContext } from './context.js';
import { funnelSteps, type FunnelStepSpec } from './funnel-steps.js';
import { filterWhere, SqlParams } from './filters.js';
import { journeyOutcomesSql } from './journey-outcomes.js';

/**
 * Per step of each funnel (REPORT.md, "Micro-journey funnels"):
 * - `reached`: visitors with a `step` event of that step;
 * - `went_on`: of those, visitors who reached the next step (at any time), or for the last step
 *   who completed the journey; drop-off = 1 − went_on ÷ reached;
 * - the median seconds from first reaching the step to first reaching the next (or completing),
 *   over visitors who reached both in that order (one who entered midway and went back a step
 *   says nothing about how long the step takes);
 * - the exit-survey reasons answered while the journey stood at that step (the answer's
 *   `journey` and `step` columns), most given first;
 * - and, repeated on each row, the journey's entered / completed / abandoned (`journey_outcomes`).
 */
function funnelSql(ctx: ReportContext, filters: ReportFilters, params: SqlParams, specs: FunnelStepSpec[]): string {
  const steps = params.add(JSON.stringify(specs.map(({ journey, step, idx }) => ({ journey, step, idx }))));
  const outcomes = journeyOutcomesSql(ctx, filters, params);
  const where = filterWhere(filters, params, { alias: 'e' });
  return `with steps as (select * from jsonb_to_recordset(${steps}::jsonb) as s(journey text, step text, idx int)),
    ${outcomes},
    firsts as (
      select e.anonymous_id, s.journey, s.idx, min(e.ts) as first_ts
      from mj_events e join steps s on s.journey = e.journey and s.step = e.step
      where e.type = 'step' and ${where}
      group by e.anonymous_id, s.journey, s.idx
    ),
    last_steps as (select journey, max(idx) as last_idx from steps group by journey),
    step_figures as (
      select f.journey, f.idx, count(*)::int as reached, count(x.next_ts)::int as went_on,
        percentile_cont(0.5) within group (order by date_part('epoch', x.next_ts - f.first_ts))
          filter (where x.next_ts >= f.first_ts) as median_seconds
      from firsts f
      join last_steps l on l.journey = f.journey
      left join firsts n on n.anonymous_id = f.anonymous_id and n.journey = f.journey and n.idx = f.idx + 1
      left join journey_outcomes o on o.anonymous_id = f.anonymous_id and o.journey = f.journey
      cross join lateral (select case when f.idx = l.last_idx then o.completed_at else n.first_ts end as next_ts) x
      group by f.journey, f.idx
    ),
    exits as (
      select e.journey, e.step, e.reason, count(*)::int as n
      from mj_events e
      where e.type = 'response' and e.widget_type = 'exit' and e.reason is not null and e.journey is not null and ${where}
      group by e.journey, e.step, e.reason
    ),
    totals as (
      select journey, count(*)::int as entered,
        count(*) filter (where completed)::int as completed,
        count(*) filter (where abandoned)::int as abandoned,
        count(*) filter (where not completed and not abandoned)::int as in_progress
      from journey_outcomes group by journey
    )
    select s.journey, s.idx, s.step,
      coalesce(t.entered, 0) as entered, coalesce(t.completed, 0) as completed,
      coalesce(t.abandoned, 0) as abandoned, coalesce(t.in_progress, 0) as in_progress,
      coalesce(f.reached, 0) as reached,
      (1 - f.went_on::float8 / nullif(f.reached, 0))::float8 as drop_off,
      f.median_seconds::float8 as median_seconds,
      coalesce((select jsonb_agg(jsonb_build_object('reason', x.reason, 'n', x.n) order by x.n desc, x.reason)
        from exits x where x.journey = s.journey and x.step = s.step), '[]'::jsonb) as exit_reasons
    from steps s
    left join step_figures f on f.journey = s.journey and f.idx = s.idx
    left join totals t on t.journey = s.journey
    order by s.journey, s.idx`;
}

type Row = Record<string, any>;

/** `GET /report/api/funnels`: per journey, entered → each step → completed, configured journeys first. */
export async function funnels(db: Queryable, ctx: ReportContext, filters: ReportFilters, _params?: URLSearchParams): Promise<Funnel[]> {
  const specs = await funnelSteps(db, ctx, filters);
  if (!specs.length) return [];
  const params = new SqlParams();
  const rows = await db.query<Row>(funnelSql(ctx, filters, params, specs), params.values);
  const byJourney = new Map<string, Funnel>();
  for (const spec of specs) {
    if (!byJourney.has(spec.journey))
      byJourney.set(spec.journey, { journey: spec.journey, order: spec.order, entered: 0, completed: 0, abandoned: 0, inProgress: 0, steps: [] });
  }
  for (const r of rows) {
    const funnel = byJourney.get(r.journey)!;
    Object.assign(funnel, { entered: r.entered, completed: r.completed, abandoned: r.abandoned, inProgress: r.in_progress });
    funnel.steps.push({ step: r.step, reached: r.reached, dropOff: r.drop_off, medianSecondsToNext: r.median_seconds, exitReasons: r.exit_reasons });
  }
  return [...byJourney.values()];
}
