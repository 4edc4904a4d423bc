import type { ReportFilters } from '../api-types.js';
import { abandonAfterJson, DEFAULT_ABANDON_SECONDS, type ReportContext } from './context.js';
import { filterWhere, type SqlParams } from './filters.js';

/**
 * CTEs ending in `journey_outcomes`: one row per (visitor, journey) that reached a step of the
 * journey among the filtered events — a journey started — with `started_at`, `last_step_at`,
 * `completed` (a `journey_complete` of that journey), `completed_at`, and `abandoned`: not
 * completed, and either a `journey_abandon` the SDK recorded or a last step older than the
 * journey's `abandonAfter` before `now` (REPORT.md: so visitors who never return count).
 *
 * Completions and abandons are looked up by visitor and journey without the dimension filters
 * and without the range's end: how a started journey ended is a fact about the visitor, even
 * when the completion came in another session, from another channel, or after `to`.
 */
export function journeyOutcomesSql(ctx: ReportContext, filters: ReportFilters, params: SqlParams): string {
  const where = filterWhere(filters, params);
  const from = params.add(`${filters.from}T00:00:00Z`);
  const now = params.add((ctx.now ?? new Date()).toISOString());
  const abandonAfter = params.add(abandonAfterJson(ctx));
  // One pass over the events, one aggregate per (visitor, journey): a join between two
  // aggregates made PGlite (no autovacuum, so no statistics) loop once per pair — 86 s at 100,000.
  return `journey_pairs as (
      select anonymous_id, journey,
        min(ts) filter (where type = 'step' and ${where}) as started_at,
        max(ts) filter (where type = 'step' and ${where}) as last_step_at,
        min(ts) filter (where type = 'journey_complete') as completed_at,
        coalesce(bool_or(type = 'journey_abandon'), false) as abandon_recorded
      from mj_events
      where journey is not null and ts >= ${from}::timestamptz and type in ('step', 'journey_complete', 'journey_abandon')
      group by anonymous_id, journey
      having count(*) filter (where type = 'step' and ${where}) > 0
    ),
    journey_outcomes as (
      select p.anonymous_id, p.journey, p.started_at, p.last_step_at, p.completed_at,
        p.completed_at is not null as completed,
        p.completed_at is null and (p.abandon_recorded
          or p.last_step_at < ${now}::timestamptz - coalesce(a.seconds, ${DEFAULT_ABANDON_SECONDS}) * interval '1 second') as abandoned
      from journey_pairs p
      left join jsonb_to_recordset(${abandonAfter}::jsonb) as a(journey text, seconds float8) on a.journey = p.journey
    )`;
}
