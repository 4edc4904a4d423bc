import type { Queryable } from '../../db/database.js';
import { CHANNEL_GROUPS } from '../../ingest/channel-group.js';
import type { Attribution, ReportFilters, TouchFigures } from '../api-types.js';
import { positionsJson, type ReportContext } from './context.js';
import { ANSWER_COUNT_COLUMNS, ANSWER_COUNTS, npsFigure, withFigures } from './figures.js';
import { filterWhere, SqlParams } from './filters.js';

// The journey filter chooses which journey's completions are conversions; it does not filter
// the rows, or sessions and contacts would only count visitors who were inside that journey.
const NOT_JOURNEY = { except: ['journey' as const] };

/** The journey whose completions count: the `journey` filter, else the first by name with a completion in the range. */
async function chosenJourney(db: Queryable, filters: ReportFilters): Promise<string | null> {
  if (filters.journey) return filters.journey;
  const params = new SqlParams();
  const [row] = await db.query<{ journey: string | null }>(
    `select min(journey) as journey from mj_events where type = 'journey_complete' and journey is not null and ${filterWhere(filters, params, NOT_JOURNEY)}`,
    params.values,
  );
  return row?.journey ?? null;
}

/**
 * Per channel group and touch (`first`: the event's `first_group`, of `channel.first_touch`;
 * `last`: its `last_group`): sessions (distinct session ids), contacts (distinct identified
 * users), conversions (`journey_complete` events of the journey), and the NPS of the answers
 * attributed to it. Each event is attributed by the touches it carries, as the SDK knew them
 * then. Every channel seen gets both touches, zeros where it has none.
 */
function tableSql(filters: ReportFilters, params: SqlParams, journey: string | null): string {
  const where = filterWhere(filters, params, { alias: 'e', ...NOT_JOURNEY });
  const chosen = params.add(journey);
  // Two steps, for speed: first one row per (touches, session, user) — a few per session — then
  // each is counted once per touch. Distinct counts over the raw events took about 3× as long.
  const counted = `with per_session as (
      select e.first_group, e.last_group, e.session_id, e.user_id,
        count(*) filter (where e.type = 'journey_complete' and e.journey = ${chosen}::text)::int as conversions,
        ${ANSWER_COUNTS}
      from mj_events e
      where ${where}
      group by e.first_group, e.last_group, e.session_id, e.user_id
    ),
    counted as (
      select t.touch, t.channel,
        count(distinct p.session_id)::int as sessions,
        count(distinct p.user_id)::int as contacts,
        sum(p.conversions)::int as conversions,
        ${ANSWER_COUNT_COLUMNS.map((col) => `sum(p.${col})::int as ${col}`).join(', ')}
      from per_session p cross join lateral (values ('first', p.first_group), ('last', p.last_group)) as t(touch, channel)
      group by t.touch, t.channel
    )
    select g.channel, touches.touch,
      coalesce(c.sessions, 0) as sessions, coalesce(c.contacts, 0) as contacts, coalesce(c.conversions, 0) as conversions,
      ${ANSWER_COUNT_COLUMNS.map((col) => `coalesce(c.${col}, 0) as ${col}`).join(', ')}
    from (select distinct channel from counted) g
    cross join (values ('first'), ('last')) as touches(touch)
    left join counted c on c.channel = g.channel and c.touch = touches.touch`;
  const order = params.add(positionsJson(CHANNEL_GROUPS));
  return `select f.*, (f.conversions::float8 / nullif(f.sessions, 0))::float8 as rate
    from (${withFigures(counted)}) f
    order by (${order}::jsonb ->> f.channel)::int nulls last, f.channel, f.touch`;
}

type Row = Record<string, any>;
const touchFigures = (r: Row): TouchFigures => ({ sessions: r.sessions, contacts: r.contacts, conversions: r.conversions, rate: r.rate, nps: npsFigure(r) });

/** `GET /report/api/attribution?journey=…`: first and last touch side by side, per channel group (REPORT.md, "Attribution"). */
export async function attribution(db: Queryable, _ctx: ReportContext, filters: ReportFilters, _params?: URLSearchParams): Promise<Attribution> {
  const journey = await chosenJourney(db, filters);
  const params = new SqlParams();
  const rows = await db.query<Row>(tableSql(filters, params, journey), params.values);
  const result: Attribution = { journey, rows: [] };
  // Rows come in pairs per channel, first then last.
  for (let i = 0; i + 1 < rows.length; i += 2) result.rows.push({ channel: rows[i].channel, first: touchFigures(rows[i]), last: touchFigures(rows[i + 1]) });
  return result;
}
