import type { ReportFilters } from '../api-types.js';

/** The filters that select rows by a column of `mj_events`, and that column. */
const COLUMNS = { journey: 'journey', touchpoint: 'touchpoint', channel: 'channel_group', stage: 'stage', locale: 'locale', device: 'device' } as const;

/** A filter's name in the query string and in `ReportFilters`. */
export type FilterName = keyof typeof COLUMNS | 'from' | 'to';

const DAY_MS = 864e5;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** `day` plus `n` days, both `YYYY-MM-DD` (UTC). */
export const addDays = (day: string, n: number): string => isoDay(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);

function parseDay(params: URLSearchParams, name: 'from' | 'to'): string | undefined {
  const value = params.get(name)?.trim();
  if (!value) return undefined;
  // `2026-02-30` parses in some engines as March 2nd: a real day must print back as itself.
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(ms) || isoDay(ms) != value) {
    throw new Error(`${name} must be a day written YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/**
 * The report's filters from a query string. `to` defaults to today (UTC), `from` to 29 days
 * before `to` (30 days in all); both are inclusive UTC days. Throws an Error naming the
 * parameter for a malformed day, and when `from` is after `to`. Empty values are absent.
 */
export function parseFilters(params: URLSearchParams, today = new Date()): ReportFilters {
  const to = parseDay(params, 'to') ?? isoDay(today.getTime());
  const from = parseDay(params, 'from') ?? addDays(to, -29);
  if (from > to) throw new Error(`from (${from}) must not be after to (${to})`);
  const filters: ReportFilters = { from, to };
  for (const name of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** Collects a statement's parameters; `add` answers the placeholder (`$3`), so values never enter the SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** How a view applies the filters. */
export interface WhereOptions {
  /** The table's alias in the query (`e`), when it needs one. */
  alias?: string;
  /** Filters this view applies differently (attribution chooses a journey rather than filtering on it). */
  except?: FilterName[];
  /** Keep the answers another one superseded too (data health counts what is stored). */
  withSuperseded?: boolean;
}

/**
 * The where-clause of the filters over `mj_events`: `ts` within the UTC days `from`…`to`
 * (`ts >= from 00:00Z and ts < to + 1 day 00:00Z`, so the index on `ts` serves it), and each
 * dimension filter as an equality on its column. Values go to `params`. Rows superseded — a
 * partial answer whose full answer (or a later partial) arrived — are in no view: an answer
 * counts once wherever it is counted (issue 12 §4).
 */
export function filterWhere(filters: ReportFilters, params: SqlParams, { alias, except = [], withSuperseded }: WhereOptions = {}): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  const parts: string[] = withSuperseded ? [] : [`not ${column('superseded')}`];
  if (!except.includes('from')) parts.push(`${column('ts')} >= ${params.add(`${filters.from}T00:00:00Z`)}::timestamptz`);
  if (!except.includes('to')) parts.push(`${column('ts')} < ${params.add(`${addDays(filters.to, 1)}T00:00:00Z`)}::timestamptz`);
  for (const [name, col] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const value = filters[name];
    if (value != null && !except.includes(name)) parts.push(`${column(col)} = ${params.add(value)}::text`);
  }
  return parts.join(' and ') || 'true';
}

/** SQL that prints a timestamptz as ISO 8601 in UTC (`2026-03-02T09:00:00.000Z`), the same on both back ends. */
export const isoSql = (expr: string): string => `to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
