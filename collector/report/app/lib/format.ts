/**
 * Numbers and dates in the reader's locale (`navigator.language`): a team in Tel Aviv or Berlin
 * reads its own separators. Formatters are built once; Intl objects are costly to create.
 */
const locale = typeof navigator == 'undefined' ? 'en' : navigator.language || 'en';

const count = new Intl.NumberFormat(locale);
const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
const percentFine = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
const shortDay = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

/** Shown where a figure has no value (no answers, nothing shown). */
export const NONE = '—';

export const formatCount = (n: number | null | undefined) => (n == null ? NONE : count.format(n));

/** NPS as a signed integer: +25, −8, 0. */
export const formatNps = (score: number | null | undefined) => (score == null ? NONE : signed.format(Math.round(score)));

/** A share 0–1 as a percent; below 10 % with one decimal, where it matters. */
export const formatShare = (share: number | null | undefined) =>
  share == null ? NONE : (Math.abs(share) < 0.1 && share != 0 ? percentFine : percent).format(share);

/** A score 0–100 (CSAT) as a percent. */
export const formatPercent = (score: number | null | undefined) => (score == null ? NONE : percent.format(score / 100));

/** An interval's bounds, with the formatter of its figure. */
export const formatInterval = (low: number | null, high: number | null, format: (n: number | null) => string) =>
  low == null || high == null ? NONE : `${format(low)} … ${format(high)}`;

const units = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
] as const;
const unitFormats = new Map(
  units.map(({ unit }) => [unit, new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 })]),
);

/** A duration for a person: "45 sec", "3 min 20 sec", "2 hr 5 min", "3 days 4 hr" (two units at most). */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return NONE;
  // Under 10 s a tenth matters (delivery lag); above, whole units read better.
  if (seconds < 10) return unitFormats.get('second')!.format(Math.round(seconds * 10) / 10);
  let rest = Math.round(seconds);
  const parts: string[] = [];
  for (const { unit, seconds: size } of units) {
    const amount = Math.floor(rest / size);
    if (amount && parts.length < 2) {
      parts.push(unitFormats.get(unit)!.format(amount));
      rest -= amount * size;
    } else if (parts.length) break; // "2 hr 5 sec" would mislead: stop at the first empty unit after one
  }
  return parts.join(' ');
}

/** `YYYY-MM-DD` as "Nov 22", for chart axes. */
export const formatShortDay = (day: string) => shortDay.format(new Date(`${day}T00:00:00Z`));

/** `YYYY-MM-DD` as "Nov 22, 2026". */
export const formatDay = (day: string) => longDay.format(new Date(`${day}T00:00:00Z`));

/** An ISO timestamp in the reader's time zone. */
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
