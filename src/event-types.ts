/** The wire event and the native batch: what the SDK sends and the collector stores (README "Wire format"). Types only. */

/** How the customer arrived: campaign parameters, click ids or the referrer. */
export interface Source {
  /** `newsletter`, `google`, `t.co`, `(direct)` */
  source: string;
  /** `email`, `cpc`, `organic`, `social`, `referral`, `(none)`. Channel groups (paid, search, …) are derived from it by the collector. */
  medium: string;
  campaign?: string;
  term?: string;
  content?: string;
  /** The click id that marked the visit as paid, e.g. `{ gclid: "…" }` is kept as `gclid`. */
  [clickId: string]: string | undefined;
}

/** A touch: a source seen at a moment, through a touchpoint. */
export interface Touch extends Source {
  touchpoint: string;
  ts: string;
}

export interface ChannelContext {
  /** Where the interaction happens: `web` (default), `app`, `store`, `kiosk`, … */
  touchpoint: string;
  /** The source of the current session. */
  source: Source;
  /** The visitor's first known touch. */
  first_touch: Touch;
  /** The visitor's latest non-direct touch (the first touch until there is one). */
  last_touch: Touch;
}

export interface JourneyContext {
  stage: string | null;
  /** The named micro-journey the last step belonged to. */
  name: string | null;
  step: string | null;
  /** The step's sequence number in the session (1 for the session's first step). */
  seq: number;
}

export interface PageContext {
  /** The page URL with every query parameter removed but the attribution ones. */
  url: string;
  path: string;
  title: string;
  /** The referrer: the origin only when it is another site's page. */
  referrer: string;
}

export type EventType =
  | 'page'
  | 'step'
  | 'track'
  | 'stage'
  | 'identify'
  | 'journey_complete'
  | 'journey_abandon'
  | 'widget_shown'
  | 'widget_dismissed'
  | 'response'
  | 'vitals'
  | 'sdk_dropped';

/** One event of the native batch (wire format, see the README). */
export interface MjEvent {
  id: string;
  type: EventType;
  ts: string;
  anonymous_id: string;
  session_id: string;
  user_id: string | null;
  /** Per-tab sequence number: orders the events one tab recorded. */
  seq: number;
  page: PageContext;
  channel: ChannelContext;
  journey: JourneyContext;
  name?: string;
  props?: Record<string, unknown>;
  traits?: Record<string, unknown>;
  widget?: { id: string; type: string };
  response?: WidgetResponse;
  [field: string]: unknown;
}

/** A widget's answer, as a `response` event carries it; its fields by widget type are in the README (Widgets). */
export interface WidgetResponse {
  locale?: string;
  /** One per showing of a widget: a partial answer and the full one that follows share it, and the full one supersedes the partial. */
  response_id?: string;
  /** true: chosen and not sent — the widget was dismissed, or the page hid or closed with it on screen. */
  partial?: boolean;
  [field: string]: unknown;
}

/** The native batch POSTed to the collector (contract). */
export interface Batch {
  sent_at: string;
  sdk: { name: 'microjourney'; version: string };
  events: MjEvent[];
}
