/** The config's types: what microjourney.json may hold (schema/microjourney.schema.json says the same for editors). Types only. */
import type { Batch } from './event-types';

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
