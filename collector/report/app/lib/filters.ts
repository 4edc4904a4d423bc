import type { ReportFilters } from '../../api-types';

/** The filters that are menus; `from` and `to` are the date inputs. */
export const MENU_FILTERS = ['journey', 'touchpoint', 'channel', 'stage', 'locale', 'device'] as const;
export type MenuFilter = (typeof MENU_FILTERS)[number];

const DAY = 86_400_000;
const isDay = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** `YYYY-MM-DD` of a date in UTC, the API's days. */
export const toDay = (date: Date) => date.toISOString().slice(0, 10);

/** The day `days` before (negative: after) a `YYYY-MM-DD` day. */
export const daysBefore = (day: string, days: number) => toDay(new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY));

/** The default range: the 30 days up to `to` (the API's default too). */
export function defaultRange(to = toDay(new Date())): Pick<ReportFilters, 'from' | 'to'> {
  return { from: daysBefore(to, 29), to };
}

/** The filters in a query string (the page's URL), with the default range where dates are missing or invalid. */
export function readFilters(search: string): ReportFilters {
  const params = new URLSearchParams(search);
  const to = params.get('to');
  const from = params.get('from');
  const range = defaultRange(isDay(to) ? to : undefined);
  const filters: ReportFilters = { from: isDay(from) ? from : range.from, to: range.to };
  for (const key of MENU_FILTERS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** Whether the page's URL named a date range (else the page may move it to where the data is). */
export const urlHasRange = (search: string) => new URLSearchParams(search).has('to');

/** Puts the filters in the page's URL without a new history entry, so the view can be shared. */
export function writeFilters(filters: ReportFilters): void {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const url = `${location.pathname}?${params}${location.hash}`;
  if (url != `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}
