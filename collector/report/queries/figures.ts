import type { CsatFigure, NpsFigure } from '../api-types.js';

const NPS = `type = 'response' and widget_type = 'nps' and nps_category is not null`;
const CSAT = `type = 'response' and widget_type = 'csat' and positive is not null`;

/**
 * Aggregates counting NPS and CSAT answers, for a select over `mj_events` rows (unqualified
 * columns). A partial answer (chosen, not sent) counts as an answer in the response rate
 * (REPORT.md, "Response and dismiss rates"), but not in NPS or CSAT, which REPORT.md defines
 * without it: a score the customer did not send — perhaps one an arrow key passed over on the
 * way to another — is not their rating. Partials are counted beside (`nps_partial`,
 * `csat_partial`), so none is left out silently.
 */
export const ANSWER_COUNTS = `
  count(*) filter (where ${NPS} and not partial)::int as nps_n,
  count(*) filter (where ${NPS} and not partial and nps_category = 'promoter')::int as nps_promoters,
  count(*) filter (where ${NPS} and not partial and nps_category = 'passive')::int as nps_passives,
  count(*) filter (where ${NPS} and not partial and nps_category = 'detractor')::int as nps_detractors,
  count(*) filter (where ${NPS} and partial)::int as nps_partial,
  count(*) filter (where ${CSAT} and not partial)::int as csat_n,
  count(*) filter (where ${CSAT} and not partial and positive)::int as csat_positive,
  count(*) filter (where ${CSAT} and partial)::int as csat_partial`;

/** The columns `ANSWER_COUNTS` adds: additive, so a total is their sum. */
export const ANSWER_COUNT_COLUMNS = ['nps_n', 'nps_promoters', 'nps_passives', 'nps_detractors', 'nps_partial', 'csat_n', 'csat_positive', 'csat_partial'];

/**
 * Adds the figures to each row of `counted` (a query with `ANSWER_COUNTS`' columns):
 * - NPS = (p − d) × 100 with p, d the promoter and detractor shares; each answer is +1, 0 or −1
 *   and NPS their mean × 100, so SE = sqrt((p + d − (p − d)²) / n) and the 95 % interval is
 *   NPS ± 1.96 × SE × 100, clamped to −100…100 (REPORT.md, "NPS").
 * - CSAT = the positive share × 100, with Wilson's score interval (z = 1.96), which behaves at
 *   small n and near 0 or 100 % where the normal interval does not (REPORT.md, "CSAT").
 * - `small`: n < 30, shown greyed. Every figure is null when its n is 0 (`greatest` would turn a null into its bound).
 */
export function withFigures(counted: string): string {
  return `select c.*,
      (100 * s.p - 100 * s.d)::float8 as nps_score,
      case when c.nps_n > 0 then greatest(-100, 100 * (s.p - s.d) - 196 * s.nps_se) end::float8 as nps_low,
      case when c.nps_n > 0 then least(100, 100 * (s.p - s.d) + 196 * s.nps_se) end::float8 as nps_high,
      (c.nps_n < 30) as nps_small,
      (100 * s.q)::float8 as csat_score,
      case when c.csat_n > 0 then greatest(0, 100 * (s.wilson_center - s.wilson_half)) end::float8 as csat_low,
      case when c.csat_n > 0 then least(100, 100 * (s.wilson_center + s.wilson_half)) end::float8 as csat_high,
      (c.csat_n < 30) as csat_small
    from (${counted}) c
    cross join lateral (
      select shares.*,
        -- p + d − (p − d)² is never negative; greatest() guards against rounding below 0.
        sqrt(greatest(0, shares.p + shares.d - (shares.p - shares.d) ^ 2) / nullif(c.nps_n, 0)) as nps_se,
        (shares.q + 3.8416 / nullif(2 * c.csat_n, 0)) / (1 + 3.8416 / nullif(c.csat_n, 0)) as wilson_center,
        1.96 * sqrt(shares.q * (1 - shares.q) / nullif(c.csat_n, 0) + 3.8416 / nullif(4.0 * c.csat_n * c.csat_n, 0)) / (1 + 3.8416 / nullif(c.csat_n, 0)) as wilson_half
      from (select
          c.nps_promoters::float8 / nullif(c.nps_n, 0) as p,
          c.nps_detractors::float8 / nullif(c.nps_n, 0) as d,
          c.csat_positive::float8 / nullif(c.csat_n, 0) as q) shares
    ) s`;
}

type Row = Record<string, any>;

/** The NPS figure of a row of `withFigures`. */
export const npsFigure = (r: Row): NpsFigure => ({
  n: r.nps_n,
  promoters: r.nps_promoters,
  passives: r.nps_passives,
  detractors: r.nps_detractors,
  score: r.nps_score,
  low: r.nps_low,
  high: r.nps_high,
  small: r.nps_small,
  partial: r.nps_partial,
});

/** The CSAT figure of a row of `withFigures`. */
export const csatFigure = (r: Row): CsatFigure => ({
  n: r.csat_n,
  positive: r.csat_positive,
  score: r.csat_score,
  low: r.csat_low,
  high: r.csat_high,
  small: r.csat_small,
  partial: r.csat_partial,
});
