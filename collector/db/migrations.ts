/**
 * The schema, as versioned migrations applied in order at start (`migrate`). Never edit a
 * migration that has shipped: add the next one. Every column the report filters or groups on is
 * a column of its own, derived once at ingest (`ingest/event-row.ts`); `body` keeps the whole
 * event as it arrived, for export and for columns a later migration may add.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'events, inbox, webhooks, ingest counters',
    sql: `
create table mj_events (
  id text primary key,               -- the SDK's UUIDv7: de-duplication across retries, restarts and processes
  type text not null,
  ts timestamptz not null,           -- when the event happened (the browser's clock)
  received_at timestamptz not null default now(),
  anonymous_id text not null,
  session_id text not null,
  user_id text,
  seq integer not null,
  name text,                         -- step, track and stage events: the name passed to the call
  path text not null,
  touchpoint text not null,          -- web, app, store, kiosk, …
  source text not null,              -- the session's source and medium
  medium text not null,
  campaign text,
  channel_group text not null,       -- REPORT.md's channel groups, of the session's source
  first_group text not null,         -- of channel.first_touch
  last_group text not null,          -- of channel.last_touch
  stage text,
  journey text,
  step text,
  widget_id text,
  widget_type text,                  -- nps, csat, exit
  locale text,                       -- the answer's locale, else the request's Accept-Language
  device text not null,              -- mobile, tablet or desktop, from the request's User-Agent
  score smallint,                    -- NPS 0–10, or CSAT 1–5
  nps_category text,                 -- promoter, passive, detractor
  positive boolean,                  -- CSAT: thumbs up or 4–5
  reason text,                       -- exit survey: the reason chosen
  comment text,
  partial boolean not null default false,
  vitals_rating text,                -- good, needs-improvement, poor: the worst of the answer's vitals
  negative boolean not null default false, -- goes to the closed-loop inbox
  source_format text not null default 'json', -- json, ndjson, segment: how it arrived
  body json not null                 -- json, not jsonb: kept as text, not parsed into a tree on every insert
);
create index mj_events_ts on mj_events (ts);
create index mj_events_type_ts on mj_events (type, ts);
create index mj_events_journey on mj_events (journey, anonymous_id, ts) where journey is not null;
create index mj_events_visitor on mj_events (anonymous_id, ts);
create index mj_events_answers on mj_events (widget_type, ts) where type = 'response';

create table mj_inbox (
  event_id text primary key references mj_events (id),
  status text not null default 'open' check (status in ('open', 'contacted', 'resolved')),
  note text,
  updated_by text,
  updated_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  resolved_at timestamptz
);
create index mj_inbox_status on mj_inbox (status, created_at);

create table mj_inbox_history (
  id bigserial primary key,
  event_id text not null references mj_inbox (event_id),
  status text not null,
  note text,
  changed_by text,
  changed_at timestamptz not null default now()
);
create index mj_inbox_history_event on mj_inbox_history (event_id, changed_at);

create table mj_webhook_queue (
  id bigserial primary key,
  event_id text not null references mj_events (id),
  url text not null,
  payload text not null,
  attempts integer not null default 0,
  next_at timestamptz not null default now(),
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz not null default now()
);
create index mj_webhook_due on mj_webhook_queue (next_at) where delivered_at is null;

-- What arrived per day, including what was not stored: duplicates and rejected events. Each
-- commit adds to one of a few shards of the day, so concurrent commits do not queue on one row.
create table mj_ingest_stats (
  day date not null,
  shard smallint not null default 0,
  received bigint not null default 0,
  stored bigint not null default 0,
  duplicates bigint not null default 0,
  rejected bigint not null default 0,
  batches bigint not null default 0,
  primary key (day, shard)
);
`,
  },
  {
    version: 2,
    name: 'where each event came from: the sending SDK',
    sql: `
-- The batch's sdk.name (Segment: context.library.name): the browser SDK, a server library, or
-- the seed's synthetic generator; the report's data health tells them apart. Null: not said.
alter table mj_events add column sdk text;
`,
  },
  {
    version: 3,
    name: 'partial answers: the response id, and the answers another one supersedes',
    sql: `
-- A widget answer chosen and not sent arrives as partial (issue 12 §4); the same showing's full
-- answer, or a later partial, carries the same response_id. Per response_id one answer stands:
-- the full one, else the latest partial (ingest/settle-answers.ts); the others are superseded,
-- and the report reads only rows that stand (report/queries/filters.ts). Null for older events.
alter table mj_events add column response_id text;
alter table mj_events add column superseded boolean not null default false;
create index mj_events_response_id on mj_events (response_id) where response_id is not null;
`,
  },
];
