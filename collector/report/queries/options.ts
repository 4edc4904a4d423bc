import type { Queryable } from '../../db/database.js';
import { CHANNEL_GROUPS } from '../../ingest/channel-group.js';
import type { FilterOptions, ReportFilters } from '../api-types.js';
import { configuredStages, positions, type ReportContext } from './context.js';
import { filterWhere, SqlParams } from './filters.js';

/** Each menu and the column of `mj_events` its values come from. */
const MENU_COLUMNS = {
  journeys: 'journey',
  touchpoints: 'touchpoint',
  channels: 'channel_group',
  stages: 'stage',
  locales: 'locale',
  devices: 'device',
} as const;

type Menus = Omit<FilterOptions, 'firstDay' | 'lastDay'>;

/**
 * `GET /report/api/options`: the values each filter menu offers — those seen in the date range
 * (the other filters do not narrow the menus, or choosing one value would hide the others),
 * plus the configured journeys. Channel groups in REPORT.md's order, stages in journey order,
 * the rest by name. `firstDay` and `lastDay`: the first and last day with events, all time.
 */
export async function options(db: Queryable, ctx: ReportContext, filters: ReportFilters, _params?: URLSearchParams): Promise<FilterOptions> {
  const params = new SqlParams();
  const where = filterWhere(filters, params, { alias: 'e', except: ['journey', 'touchpoint', 'channel', 'stage', 'locale', 'device'] });
  const configured = params.add(Object.keys(ctx.journeys));
  const order = params.add(JSON.stringify({ channels: positions(CHANNEL_GROUPS), stages: positions(configuredStages(ctx)) }));
  const columns = Object.values(MENU_COLUMNS).join(', ');
  const pairs = Object.entries(MENU_COLUMNS)
    .map(([menu, column]) => `('${menu}', c.${column})`)
    .join(', ');
  // The distinct combinations first (one hash aggregate over the range), then their values per
  // menu: six times fewer rows to sort than unnesting every event.
  const rows = await db.query<{ menu: keyof Menus; value: string }>(
    `with combinations as (select ${columns} from mj_events e where ${where} group by ${columns})
     select menu, value from (
       select m.menu, m.value from combinations c cross join lateral (values ${pairs}) as m(menu, value)
       where m.value is not null
       union
       select 'journeys', unnest(${configured}::text[])
     ) v
     order by menu, (${order}::jsonb -> menu ->> value)::int nulls last, value`,
    params.values,
  );
  const [days] = await db.query<{ first_day: string | null; last_day: string | null }>(
    `select to_char(min(ts) at time zone 'UTC', 'YYYY-MM-DD') as first_day, to_char(max(ts) at time zone 'UTC', 'YYYY-MM-DD') as last_day from mj_events`,
  );
  const menus = Object.fromEntries(Object.keys(MENU_COLUMNS).map((menu) => [menu, [] as string[]])) as unknown as Menus;
  for (const r of rows) menus[r.menu].push(r.value);
  return { ...menus, firstDay: days.first_day, lastDay: days.last_day };
}
