import { channelGroup, type SourceFields } from './channel-group.js';
import type { RequestContext } from './request-context.js';
import { vitalsRating } from './vitals-rating.js';

/** A validated wire event (schema/event.schema.json). */
export type WireEvent = Record<string, any>;

/** The columns of `mj_events`, in the order `rowValues` returns them. */
export const EVENT_COLUMNS = [
  'id',
  'type',
  'ts',
  'anonymous_id',
  'session_id',
  'user_id',
  'seq',
  'name',
  'path',
  'touchpoint',
  'source',
  'medium',
  'campaign',
  'channel_group',
  'first_group',
  'last_group',
  'stage',
  'journey',
  'step',
  'widget_id',
  'widget_type',
  'locale',
  'device',
  'score',
  'nps_category',
  'positive',
  'reason',
  'comment',
  'partial',
  'response_id',
  'vitals_rating',
  'negative',
  'source_format',
  'sdk',
  'body',
] as const;

export interface EventRow {
  id: string;
  negative: boolean;
  /** An answer's `response.response_id`: the showing whose partial and full answers it links. */
  responseId: string | null;
  values: unknown[];
}

const npsCategory = (score: number) => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');
const text = (v: unknown) => (typeof v == 'string' && v.trim() ? v : null);
/** `he-IL` → `he`: answers and requests name languages at different precision. */
const language = (v: unknown) => (typeof v == 'string' && v ? v.toLowerCase().split(/[-_]/)[0] : null);

/** The answer's figures by widget type; the wire shapes are in the README. */
function answerFields(type: string | null, r: Record<string, any>) {
  const score = typeof r.score == 'number' ? Math.round(r.score) : null;
  if (type == 'nps' && score != null) {
    const category = npsCategory(score);
    return { score, category, positive: null, reason: null, comment: text(r.comment), negative: category == 'detractor' };
  }
  if (type == 'csat') {
    const positive = typeof r.positive == 'boolean' ? r.positive : r.thumb ? r.thumb == 'up' : score != null ? score >= 4 : null;
    // The inbox takes thumbs down or 1–2: a 3 is not positive, but not a complaint to follow up either.
    const negative = r.thumb ? r.thumb == 'down' : score != null ? score <= 2 : positive === false;
    return { score: r.thumb ? null : score, category: null, positive, reason: null, comment: text(r.comment), negative };
  }
  if (type == 'exit') {
    // Every exit-survey answer goes to the inbox: someone left mid-journey and said why.
    return {
      score: null,
      category: null,
      positive: null,
      reason: text(r.choice) ?? (text(r.other) ? 'other' : null),
      comment: text(r.other) ?? text(r.comment),
      negative: true,
    };
  }
  return { score, category: null, positive: typeof r.positive == 'boolean' ? r.positive : null, reason: null, comment: text(r.comment), negative: false };
}

/** One event as a row of `mj_events`: the columns the report filters and groups on, and the whole event. */
export function eventRow(e: WireEvent, request: RequestContext): EventRow {
  const channel = e.channel;
  const source: SourceFields = { ...channel.source, touchpoint: channel.touchpoint };
  const widgetType = e.widget?.type ?? null;
  const isAnswer = e.type == 'response' && e.response && typeof e.response == 'object';
  const answer = isAnswer ? answerFields(widgetType, e.response) : null;
  const locale = language(e.response?.locale) ?? language(e.props?.locale) ?? language(request.locale);
  const responseId = isAnswer ? text(e.response.response_id) : null;
  const values = [
    e.id,
    e.type,
    e.ts,
    e.anonymous_id,
    e.session_id,
    e.user_id ?? null,
    e.seq,
    e.name ?? null,
    e.page.path,
    channel.touchpoint,
    channel.source.source,
    channel.source.medium,
    channel.source.campaign ?? null,
    channelGroup(source),
    channelGroup(channel.first_touch),
    channelGroup(channel.last_touch),
    e.journey.stage ?? null,
    e.journey.name ?? null,
    e.journey.step ?? null,
    e.widget?.id ?? null,
    widgetType,
    locale,
    request.device,
    answer?.score ?? null,
    answer?.category ?? null,
    answer?.positive ?? null,
    answer?.reason ?? null,
    answer?.comment ?? null,
    isAnswer ? e.response.partial === true : false,
    responseId,
    isAnswer ? vitalsRating(e.vitals) : null,
    answer?.negative ?? false,
    request.format,
    request.sdk ?? null,
    e,
  ];
  return { id: e.id, negative: answer?.negative ?? false, responseId, values };
}
