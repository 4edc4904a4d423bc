// The public API's types: what `init()` and the script tag return, and the chunks the core loads.
import type { FlushResult } from './outbox';
import type { Report } from './lib/create-reporter';
import type { Explanation } from './trigger-rules';

/** What a recording command takes besides its name: an object of JSON values. */
export type Props = Record<string, unknown>;

export interface Options {
  /** The URL widget chunks resolve against (`widgets/<type>.js` beside it). */
  base: string;
  /** Loads a chunk: `validator` (the config validator), `diagnostics` (the message texts) or `formats` (body encoders). */
  load<K extends keyof Chunks>(name: K): Promise<Chunks[K]>;
  /**
   * The config's `privacy.consent`, declared where the config is a URL (`data-consent` on the
   * script tag, `init(url, { consent })`): a first page that closes before its config arrives
   * then keeps nothing when consent is required.
   */
  consent?: string;
}

/** The public API: the same commands the script tag's queue accepts. */
export interface Microjourney {
  /** Records a micro-journey step; `journey:step` names a step of a named journey. */
  step(name: string, props?: Props): void;
  /** Records a custom event, a micro-moment rules can react to. */
  track(name: string, props?: Props): void;
  /** Sets the journey stage explicitly (records a `stage` event when it changes). */
  stage(name: string): void;
  /** Links the anonymous id to a known user; `traits` are merged into the stored ones. */
  identify(userId: string, traits?: Props): void;
  /** Shows a widget now, bypassing triggers; resolves once it is mounted (or failed, reported). */
  show(widgetId: string): Promise<void>;
  /** Subscribes to `response`, `shown`, `dismissed`, `error` or `flush`; returns the unsubscribe function. */
  on(event: string, fn: (payload: any) => void): () => void;
  /** Sends what is queued now; resolves once the collector acknowledged it, or an attempt failed. */
  flush(): Promise<FlushResult>;
  /** `url` with the anonymous id added, so the journey continues in an app or a store. */
  handoff(url: string): string;
  /** Forgets identity and journey (logout): a new anonymous id and session. */
  reset(): void;
  /** Why each widget (or one) would or would not show now: per widget, each check with what was seen, and what would make it show. */
  explain(widgetId?: string): Explanation[];
  /**
   * Grants (`true`) or withdraws (`false`) consent, remembered for the visitor; withdrawing
   * stops sending and deletes what is queued. Without an argument: the decision so far
   * (`true`, `false`, or `undefined` when none was made), so the site need not ask again.
   */
  consent(granted?: boolean): boolean | undefined | void;
}

/** The chunks the core loads on demand: one entry per file in `src/chunks/` (the build makes each `dist/<name>.js`). */
export interface Chunks {
  diagnostics: typeof import('./chunks/diagnostics');
  validator: typeof import('./chunks/validator');
  formats: typeof import('./chunks/formats');
  rules: typeof import('./chunks/rules');
  triggers: typeof import('./chunks/triggers');
  'local-store': typeof import('./chunks/local-store');
  delivery: typeof import('./chunks/delivery');
  referrers: typeof import('./chunks/referrers');
  'kept-calls': typeof import('./chunks/kept-calls');
  consent: typeof import('./chunks/consent');
  show: typeof import('./chunks/show');
  vitals: typeof import('./chunks/vitals');
}

/** The instance as the script tag sees it: the API plus a dispatcher for `microjourney('command', …)`. */
export type Instance = Microjourney & { dispatch(name: string, args: unknown[]): unknown; report: Report };
