import type { Answer } from '../api-types.js';
import { isoSql } from './filters.js';

/** The columns of an answer with its context, from `mj_events` aliased `e`. */
export const ANSWER_SELECT = `e.id, ${isoSql('e.ts')} as ts, e.widget_id, e.widget_type, e.score::int as score,
  e.nps_category, e.positive, e.reason, e.comment, e.partial, e.response_id, e.stage, e.journey, e.step, e.touchpoint,
  e.channel_group, e.locale, e.device, e.vitals_rating, e.user_id, e.anonymous_id`;

/** An `Answer` from a row selected with `ANSWER_SELECT`. */
export const toAnswer = (r: Record<string, any>): Answer => ({
  id: r.id,
  ts: r.ts,
  widgetId: r.widget_id,
  widgetType: r.widget_type,
  score: r.score,
  category: r.nps_category,
  positive: r.positive,
  reason: r.reason,
  comment: r.comment,
  partial: r.partial,
  responseId: r.response_id,
  stage: r.stage,
  journey: r.journey,
  step: r.step,
  touchpoint: r.touchpoint,
  channel: r.channel_group,
  locale: r.locale,
  device: r.device,
  vitals: r.vitals_rating,
  userId: r.user_id,
  anonymousId: r.anonymous_id,
});

/** A page's `limit` (default 50, at most 500) and `offset` from the query string. */
export function pageOf(params: URLSearchParams | undefined): { limit: number; offset: number } {
  const int = (name: string, fallback: number) => {
    const v = Number(params?.get(name));
    return params?.get(name) && Number.isInteger(v) && v >= 0 ? v : fallback;
  };
  return { limit: Math.min(int('limit', 50), 500), offset: int('offset', 0) };
}
