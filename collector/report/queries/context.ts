/**
 * What the report knows of the site besides its events: the journeys' steps in order and their
 * `abandonAfter`, and the stages in order. It comes from the site's config (`--config`); without
 * it the report orders steps and stages from the data.
 */
export interface ReportContext {
  /** Per journey: its steps in order (the last completes it) and `abandonAfter` (`30m`, `2h`, `7d`; default 30 min). */
  journeys: Record<string, { steps: string[]; abandonAfter?: string }>;
  /** The stages in journey order; empty: the default five (`DEFAULT_STAGES`). */
  stages: string[];
  /** The clock for inferred abandonment (tests fix it); default the current time. */
  now?: Date;
}

/** The stages the README's example config names, in order: used when the config names none. */
export const DEFAULT_STAGES = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'];

/** A journey open longer than this without completion is abandoned (REPORT.md: 30 min when not set). */
export const DEFAULT_ABANDON_SECONDS = 30 * 60;

const UNIT_SECONDS: Record<string, number> = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds in a duration written `30m`, `2h`, `7d` (the config's syntax, `src/lib/parse-duration.ts`); the default for anything else. */
export function durationSeconds(value: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(value ?? '');
  return m ? Number(m[1]) * UNIT_SECONDS[m[2]] : DEFAULT_ABANDON_SECONDS;
}

/** Each configured journey's `abandonAfter` in seconds, as JSON for `jsonb_to_recordset` (journeys not listed get the default in SQL). */
export function abandonAfterJson(ctx: ReportContext): string {
  return JSON.stringify(Object.entries(ctx.journeys).map(([journey, j]) => ({ journey, seconds: durationSeconds(j.abandonAfter) })));
}

/** The configured stages, else the default five. */
export const configuredStages = (ctx: ReportContext): string[] => (ctx.stages.length ? ctx.stages : DEFAULT_STAGES);

/** `{ value: position }`: as a jsonb parameter, orders rows in SQL by a list (`($n::jsonb ->> key)::int`). */
export const positions = (values: readonly string[]): Record<string, number> => Object.fromEntries(values.map((v, i) => [v, i]));

/** `positions` as JSON. */
export const positionsJson = (values: readonly string[]): string => JSON.stringify(positions(values));
