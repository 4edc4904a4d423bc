/** Types shared by the core, the widgets and the site developer. Types only: no runtime bytes. */

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
  | 'page' | 'step' | 'track' | 'stage' | 'identify' | 'journey_complete' | 'journey_abandon'
  | 'widget_shown' | 'widget_dismissed' | 'response' | 'vitals' | 'sdk_dropped';

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

/** A URL condition: a glob (`/products/*`), `{ "regex": "…" }`, or include/exclude lists of either. */
export type UrlMatch = string | { regex: string } | { include?: UrlMatch[]; exclude?: UrlMatch[] };

export interface CollectorConfig {
  /** Absolute, or relative to the page: a same-origin path such as `/mj/collect` survives ad blockers. */
  url: string;
  /** Body format: `json` (default), the native batch; `ndjson`, one event per line; `segment`, the Segment HTTP tracking API batch. */
  format?: 'json' | 'ndjson' | 'segment';
  /** Turns a native batch into the request body (a string, or an object sent as JSON); after `format`. Config objects only. */
  transform?: (batch: Batch) => unknown;
  /** Extra request headers. Any header makes cross-origin requests preflighted. */
  headers?: Record<string, string>;
}

export interface JourneyConfig {
  /** The steps in order; the last one completes the journey. */
  steps: string[];
  /** The stage the visitor enters when the journey starts. */
  stage?: string;
  /** A duration (`30m`, `2h`, `7d`): after this long without completion the journey is abandoned. */
  abandonAfter?: string;
}

export interface StepRule {
  /** The step recorded: `name`, or `journey:step`. */
  name: string;
  when: { url?: UrlMatch; click?: string };
  stage?: string;
}

export interface WidgetConfig {
  type: 'nps' | 'csat' | 'exit';
  /** When the widget shows by itself; without one, only `show()` shows it. */
  trigger?: Trigger;
  audience?: Audience;
  frequency?: Frequency;
  /** Texts by locale: `{ "en": { "question": "…" }, "he": { … } }`; a missing locale falls back to `en`, then the built-in text. */
  text?: Record<string, { question?: string }>;
  /** Colors: `accent`, `background`, `text`, `muted`, `border` (CSS colors; an invalid one is ignored with a warning). */
  theme?: Record<string, string>;
  /** The widget's locale; else `<html lang>`, then the browser's, then `en`. */
  locale?: string;
  /** CSAT: `2` thumbs up or down (default), `5` a 1–5 scale. */
  scale?: 2 | 5;
  /** Exit survey: the reasons offered (an "other" with a text field is added); else the locale's. */
  reasons?: string[];
  [option: string]: unknown;
}

/** The micro-moments a trigger can wait for (listed in moments/names.ts). */
export type Moment = import('./moments/names').Moment;

export interface Trigger {
  on: Moment;
  /** With `on: "step"`: the step (`journey:step`). */
  step?: string;
  /** With `on: "event"`: the name passed to `track()`. */
  event?: string;
  /** With `on: "stage"`: the stage entered. */
  stage?: string;
  /** With `on: "journey-complete"` or `"journey-abandon"`: the journey; with `exit-intent` and `incomplete`: a journey under way. */
  journey?: string;
  /** With `on: "exit-intent"` and `journey`: only while that journey is started and not completed. */
  incomplete?: boolean;
  /** With `on: "exit-intent"`: time on the page before a pointer leaving counts (default 3s). */
  minDwell?: string;
  /** With `on: "exit-intent"`, on mobile: how long the page must have been hidden for a return to count (default 10s). */
  hiddenFor?: string;
  /** With `on: "scroll"`: the depth reached, 0–1 (default 0.5). */
  depth?: number;
  /** With `on: "dwell"` or `"idle"`: how long (`30s`). */
  after?: string;
  /** With `on: "vitals"`: only this metric rated poor (`LCP`, `INP`, `CLS`); any of them without it. */
  metric?: 'LCP' | 'INP' | 'CLS';
  /** Only on pages matching this. */
  url?: UrlMatch;
  /** Wait this long (`2s`), then show if the conditions still hold (a route change cancels it). */
  delay?: string;
}

/** Who may see the widget; every condition given must hold. */
export interface Audience {
  url?: UrlMatch;
  stage?: string | string[];
  /** The named journey the visitor's last step belonged to, and that step. */
  journey?: string;
  step?: string;
  /** Touchpoints: `web`, `app`, … */
  channel?: string | string[];
  /** Source names or mediums: `newsletter`, `email`, `google`, … */
  source?: string | string[];
  /** At least the nth page view of the session, or the nth visit (session). */
  nth?: { page?: number; visit?: number };
  device?: ('mobile' | 'tablet' | 'desktop') | ('mobile' | 'tablet' | 'desktop')[];
  /** Language codes (`he` matches `he-IL`), from `<html lang>` or the browser. */
  locale?: string | string[];
  /** Traits from `identify()` that must be equal. */
  traits?: Record<string, unknown>;
  /** The share of visitors who may see it (0–1): a stable draw per visitor and widget. */
  sample?: number;
}

export interface Frequency {
  /** Days to wait after the visitor answered it. */
  afterResponseDays?: number;
  /** Days to wait after the visitor dismissed it. */
  afterDismissDays?: number;
  /** Shown at most this many times to a visitor. */
  maxShows?: number;
  /** Shown at most this many times a session. */
  perSession?: number;
  /** Not held back by `throttle.quietDays`. */
  ignoreQuiet?: boolean;
}

/** A widget with a trigger. */
export type WidgetRule = WidgetConfig & { trigger: Trigger };

export interface PrivacyConfig {
  /** `not-required` (default), `required` (nothing is stored or sent until `consent(true)`), or `memory-until-consent`. */
  consent?: 'not-required' | 'required' | 'memory-until-consent';
  /** Treat Global Privacy Control (`navigator.globalPrivacyControl`) as a refusal. Default false. */
  respectGPC?: boolean;
}

export interface Config {
  $schema?: string;
  collector?: CollectorConfig;
  /** Where the interaction happens. Default `web`; a `mj_tp` URL parameter overrides it. */
  touchpoint?: string;
  stages?: string[];
  journeys?: Record<string, JourneyConfig>;
  steps?: StepRule[];
  widgets?: Record<string, WidgetConfig>;
  privacy?: PrivacyConfig;
  /** Across all widgets: days of quiet after any widget showed, and the most widgets a session. */
  throttle?: { quietDays?: number; maxPerSession?: number };
  /** Print every rule decision to the console (also `?microjourney_debug=1` on the page URL). */
  debug?: boolean;
  [section: string]: unknown;
}

/** What a lazily loaded widget chunk receives when it mounts. */
export interface WidgetContext {
  id: string;
  type: string;
  config: WidgetConfig;
  /** Record a widget event (`widget_shown`, `widget_dismissed`, `response`) through the outbox. */
  emit(type: EventType, fields?: Partial<MjEvent>): void;
  /** Reports a problem by its message code (src/messages.ts): printed once, and emitted as `error`. */
  report(code: string, ...params: unknown[]): void;
}

/** A widget chunk's module shape: `dist/widgets/<type>.js`. */
export interface WidgetModule {
  /** Shows the widget; may resolve once its strings are loaded. */
  mount(ctx: WidgetContext): void | Promise<void>;
}
