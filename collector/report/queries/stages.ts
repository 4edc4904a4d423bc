import type { Queryable } from '../../db/database.js';
import type { ReportFilters, StageFlow } from '../api-types.js';
import { configuredStages, positionsJson, type ReportContext } from './context.js';
import { filterWhere, SqlParams } from './filters.js';

// The stage filter does not filter the rows (a flow within one stage has no moves): it keeps
// the moves from or to that stage.
const NOT_STAGE = { except: ['stage' as const] };

/** The stages in journey order: the configured ones (else the default five), then any other seen, by name. */
async function stageList(db: Queryable, ctx: ReportContext, filters: ReportFilters): Promise<string[]> {
  const known = configuredStages(ctx);
  const params = new SqlParams();
  const where = filterWhere(filters, params, NOT_STAGE);
  const others = await db.query<{ stage: string }>(
    `select distinct stage from mj_events where stage is not null and not (stage = any(${params.add(known)}::text[])) and ${where} order by stage`,
    params.values,
  );
  return [...known, ...others.map((r) => r.stage)];
}

/**
 * `GET /report/api/stages`: per visitor, the events that carry a stage in time order (`ts`, then
 * the tab's `seq`, then the id); each event whose stage differs from the previous one's is a
 * move from that stage to this one — from each stage to the next different stage. A move to a
 * stage earlier in the order is backward (a buyer back to considering).
 */
export async function stages(db: Queryable, ctx: ReportContext, filters: ReportFilters, _params?: URLSearchParams): Promise<StageFlow> {
  const list = await stageList(db, ctx, filters);
  const params = new SqlParams();
  const where = filterWhere(filters, params, NOT_STAGE);
  const order = params.add(positionsJson(list));
  const only = params.add(filters.stage ?? null);
  const moves = await db.query<StageFlow['moves'][number]>(
    `with staged as (
       select stage as to_stage, lag(stage) over (partition by anonymous_id order by ts, seq, id) as from_stage
       from mj_events
       where stage is not null and ${where}
     )
     select from_stage as "from", to_stage as "to", count(*)::int as n,
       (${order}::jsonb ->> to_stage)::int < (${order}::jsonb ->> from_stage)::int as backward
     from staged
     where from_stage <> to_stage and (${only}::text is null or ${only}::text in (from_stage, to_stage))
     group by from_stage, to_stage
     order by (${order}::jsonb ->> from_stage)::int, (${order}::jsonb ->> to_stage)::int`,
    params.values,
  );
  return { stages: list, moves };
}
