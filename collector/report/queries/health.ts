import type { Queryable } from '../../db/database.js';
import type { Health, ReportFilters } from '../api-types.js';
import type { ReportContext } from './context.js';
import { filterWhere, isoSql, SqlParams } from './filters.js';

/** The total of one of `sdk_dropped`'s counts; props are not validated, so only numbers count. */
const droppedSum = (key: 'age' | 'cap' | 'dead') =>
  `coalesce(sum((body -> 'props' ->> '${key}')::float8) filter (where type = 'sdk_dropped' and json_typeof(body -> 'props' -> '${key}') = 'number'), 0)::float8 as ${key}`;

/**
 * `GET /report/api/health`. What arrived (received, stored, duplicates, rejected, batches) is
 * counted at ingest, per day of arrival: these and the first and last event are all time, what
 * the store holds. The rest follows the filters: the SDK's `sdk_dropped` totals, delivery lag
 * (`received_at − ts`, p50 and p95, continuous percentiles), events by format, by type and by the
 * SDK that sent them (the browser SDK, a server library, the seed's synthetic generator).
 */
export async function health(db: Queryable, _ctx: ReportContext, filters: ReportFilters, _params?: URLSearchParams): Promise<Health> {
  const [ingest] = await db.query<Record<string, any>>(
    `select coalesce(sum(received), 0)::float8 as received, coalesce(sum(stored), 0)::float8 as stored,
       coalesce(sum(duplicates), 0)::float8 as duplicates, coalesce(sum(rejected), 0)::float8 as rejected,
       coalesce(sum(batches), 0)::float8 as batches,
       (select ${isoSql('min(ts)')} from mj_events) as first_event, (select ${isoSql('max(ts)')} from mj_events) as last_event
     from mj_ingest_stats`,
  );
  const params = new SqlParams();
  const where = filterWhere(filters, params, { withSuperseded: true });
  // date_part answers a float; extract() answers numeric, which sorts three times slower.
  const [events] = await db.query<Record<string, any>>(
    `select count(*) filter (where type = 'sdk_dropped')::int as dropped_events,
       ${droppedSum('age')}, ${droppedSum('cap')}, ${droppedSum('dead')},
       percentile_cont(0.5) within group (order by date_part('epoch', received_at - ts))::float8 as lag_p50,
       percentile_cont(0.95) within group (order by date_part('epoch', received_at - ts))::float8 as lag_p95
     from mj_events where ${where}`,
    params.values,
  );
  const groups = await db.query<{ format: string | null; type: string | null; sdk: string | null; by_sdk: number; n: number }>(
    `select source_format as format, type, sdk, grouping(sdk) as by_sdk, count(*)::int as n
     from mj_events where ${where}
     group by grouping sets ((source_format), (type), (sdk))
     order by n desc, format, type, sdk`,
    params.values,
  );
  return {
    received: ingest.received,
    stored: ingest.stored,
    duplicates: ingest.duplicates,
    rejected: ingest.rejected,
    batches: ingest.batches,
    sdkDropped: { events: events.dropped_events, age: events.age, cap: events.cap, dead: events.dead },
    lag: { p50: events.lag_p50, p95: events.lag_p95 },
    formats: groups.filter((g) => g.format != null).map((g) => ({ format: g.format!, n: g.n })),
    types: groups.filter((g) => g.type != null).map((g) => ({ type: g.type!, n: g.n })),
    // grouping(sdk) is 0 in the rows grouped by sdk, whose sdk may be null (not said).
    sources: groups.filter((g) => g.by_sdk == 0).map((g) => ({ sdk: g.sdk ?? '(not said)', n: g.n })),
    firstEvent: ingest.first_event,
    lastEvent: ingest.last_event,
  };
}
