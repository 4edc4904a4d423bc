/**
 * The report's data API: what `GET /report/api/<view>` answers, as JSON. The report page
 * (`report/app/`) draws these; the queries (`report/queries/`) compute every figure in SQL.
 * Shared by both sides, so a change here is a change of both.
 */

/** The filters of every view, from the page's query string (and kept in the page's URL). */
export interface ReportFilters {
  /** First day, `YYYY-MM-DD` (UTC), inclusive. Default: 29 days before `to`. */
  from: string;
  /** Last day, `YYYY-MM-DD` (UTC), inclusive. Default: today. */
  to: string;
  journey?: string;
  touchpoint?: string;
  /** A channel group: `Email`, `Paid Search`, … (REPORT.md). */
  channel?: string;
  stage?: string;
  locale?: string;
  /** `mobile`, `tablet` or `desktop`. */
  device?: string;
}

/** NPS of a set of answers: % promoters − % detractors, with a 95 % interval (REPORT.md). */
export interface NpsFigure {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** −100…100; null when n = 0. */
  score: number | null;
  /** The 95 % interval's bounds, clamped to −100…100; null when n = 0. */
  low: number | null;
  high: number | null;
  /** n < 30: shown greyed. */
  small: boolean;
  /** Partial answers (chosen, not sent): not in n nor in the score, shown beside it. */
  partial: number;
}

/** CSAT: the share of positive answers, with Wilson's 95 % interval. */
export interface CsatFigure {
  n: number;
  positive: number;
  /** 0–100; null when n = 0. */
  score: number | null;
  low: number | null;
  high: number | null;
  small: boolean;
  /** Partial answers (chosen, not sent): not in n nor in the score, shown beside it. */
  partial: number;
}

/** One point of a trend: a day (`YYYY-MM-DD`) or the Monday of a week. */
export interface TrendPoint {
  bucket: string;
  nps: NpsFigure;
  csat: CsatFigure;
  shown: number;
  responses: number;
  dismissed: number;
  started: number;
  completed: number;
  abandoned: number;
}

/** `GET /report/api/summary`: the headline. */
export interface Summary {
  filters: ReportFilters;
  nps: NpsFigure;
  csat: CsatFigure;
  shown: number;
  responses: number;
  /** Of `responses`, the answers flagged partial (chosen, not sent: dismissed, or the page closed). */
  partial: number;
  dismissed: number;
  /** responses ÷ shown, 0–1; null when nothing was shown. */
  responseRate: number | null;
  dismissRate: number | null;
  journeys: { started: number; completed: number; abandoned: number };
  /** `day` for ranges up to 62 days, else `week`. */
  bucket: 'day' | 'week';
  trend: TrendPoint[];
}

/** One row of a breakdown: a value of the dimension (`null` shown as "(not set)"). */
export interface DimensionRow {
  key: string | null;
  nps: NpsFigure;
  csat: CsatFigure;
  responses: number;
}

/** `GET /report/api/dimensions`: NPS and CSAT by each dimension. */
export interface Dimensions {
  stage: DimensionRow[];
  touchpoint: DimensionRow[];
  channel: DimensionRow[];
  step: DimensionRow[];
  locale: DimensionRow[];
  device: DimensionRow[];
  /** `good`, `needs-improvement`, `poor`, or null for answers without vitals. */
  vitals: DimensionRow[];
}

export interface TouchFigures {
  sessions: number;
  /** Distinct identified users. */
  contacts: number;
  /** Completions of the chosen journey. */
  conversions: number;
  /** conversions ÷ sessions, 0–1; null without sessions. */
  rate: number | null;
  nps: NpsFigure;
}

/** `GET /report/api/attribution?journey=…`: first and last touch side by side, per channel group. */
export interface Attribution {
  /** The journey whose completions count as conversions (the `journey` filter, else the first journey). */
  journey: string | null;
  rows: { channel: string; first: TouchFigures; last: TouchFigures }[];
}

export interface FunnelStep {
  step: string;
  /** Visitors who reached this step. */
  reached: number;
  /** Of those, the share (0–1) who did not reach the next step (or did not complete, at the last). */
  dropOff: number | null;
  /** Median seconds from this step to the next, for visitors who reached both; null if none. */
  medianSecondsToNext: number | null;
  /** Exit-survey reasons given by visitors whose journey was at this step. */
  exitReasons: { reason: string; n: number }[];
}

/** `GET /report/api/funnels`: per journey, entered → each step → completed. */
export interface Funnel {
  journey: string;
  /** Where the step order came from: the collector's `--config`, or the data. */
  order: 'config' | 'data';
  entered: number;
  completed: number;
  /** Not completed within `abandonAfter` (30 min unless the config says) after the last step seen. */
  abandoned: number;
  /** Still within `abandonAfter`. */
  inProgress: number;
  steps: FunnelStep[];
}

/** `GET /report/api/stages`: moves between stages, from one event's stage to the visitor's next different one. */
export interface StageFlow {
  /** In journey order: the configured stages, else the default five, then any other seen. */
  stages: string[];
  moves: { from: string; to: string; n: number; backward: boolean }[];
}

/** A response with its context: comments and the inbox. */
export interface Answer {
  id: string;
  ts: string;
  widgetId: string | null;
  widgetType: string | null;
  score: number | null;
  category: string | null;
  positive: boolean | null;
  reason: string | null;
  comment: string | null;
  /** Chosen, not sent (the widget dismissed, or the page closed with it on screen): an answer, flagged; not in NPS or CSAT. */
  partial: boolean;
  /** The showing the answer belongs to: a full answer supersedes a partial with the same id. */
  responseId: string | null;
  stage: string | null;
  journey: string | null;
  step: string | null;
  touchpoint: string;
  channel: string;
  locale: string | null;
  device: string;
  vitals: string | null;
  userId: string | null;
  anonymousId: string;
}

/** `GET /report/api/comments?q=&widget=&limit=&offset=`: answers with a comment, newest first. */
export interface Comments {
  total: number;
  rows: Answer[];
}

export type InboxStatus = 'open' | 'contacted' | 'resolved';

export interface InboxItem extends Answer {
  status: InboxStatus;
  note: string | null;
  updatedBy: string | null;
  updatedAt: string;
  createdAt: string;
  history: { status: InboxStatus; note: string | null; by: string | null; at: string }[];
}

/** `GET /report/api/inbox?status=&limit=&offset=`; `POST /report/api/inbox/<event id>` `{ status, note?, by? }` changes one. */
export interface Inbox {
  counts: Record<InboxStatus, number>;
  total: number;
  rows: InboxItem[];
  /** Median hours from the inbox entry (the answer's arrival) to resolved, by stage. */
  timeToClose: { stage: string | null; resolved: number; medianHours: number | null }[];
}

/** `GET /report/api/health`: what arrived and how. */
export interface Health {
  received: number;
  stored: number;
  duplicates: number;
  rejected: number;
  batches: number;
  /** Totals of the SDK's `sdk_dropped` events: given up by age, by the store cap, dead-lettered. */
  sdkDropped: { events: number; age: number; cap: number; dead: number };
  /** received_at − ts, in seconds. */
  lag: { p50: number | null; p95: number | null };
  /** Stored events by how they arrived (`json`, `ndjson`, `segment`). */
  formats: { format: string; n: number }[];
  /** Stored events by type. */
  types: { type: string; n: number }[];
  /** Stored events by what sent them (the batch's `sdk.name`): `microjourney`, `microjourney-synthetic`, …, or `(not said)`. */
  sources: { sdk: string; n: number }[];
  firstEvent: string | null;
  lastEvent: string | null;
}

/** `GET /report/api/options`: the values each filter can take, for the page's menus. */
export interface FilterOptions {
  journeys: string[];
  touchpoints: string[];
  channels: string[];
  stages: string[];
  locales: string[];
  devices: string[];
  /** The first and last day with events, or null when there are none. */
  firstDay: string | null;
  lastDay: string | null;
}
