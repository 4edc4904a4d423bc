import type { Chunks, Options } from './api';
import type { Allowance } from './consent';
import type { Session } from './identity';
import type { Journey, RecordEvent } from './journey';
import type { createEmitter } from './lib/create-emitter';
import type { Report } from './lib/create-reporter';
import type { Outbox } from './outbox';
import type { createTriggerRules } from './trigger-rules';
import type { EventStore } from './store';
import type { Batch, Config, PageContext, Source } from './types';

/**
 * What the instance's parts share (create-microjourney.ts wires them): the config and what it
 * decided, where calls come from, and the services every part uses. One object, so each part
 * reads the current value, never a copy taken before the config arrived.
 */
export interface Hub {
  options: Options;
  report: Report;
  emitter: ReturnType<typeof createEmitter>;
  /** A chunk, or undefined (reported) when it cannot be loaded: the feature it brings is then off. */
  chunk<K extends keyof Chunks>(name: K): Promise<Chunks[K] | void>;
  /** Opens the durable store (from the delivery chunk), once consent allows storing. */
  openStore(): Promise<EventStore>;
  outbox: Outbox;
  record: RecordEvent;
  /**
   * The current session, marked active at `now`, counting `pages` more page views; it takes the
   * arrival (set by event-envelope.ts). Computed once per call, and passed down to its events.
   */
  session(now: number, pages?: number): Session;
  config: Config;
  /** What consent allows (see consent.ts); known once the config is. */
  allowance: Allowance;
  touchpoint: string;
  /** The referrer of the current page: the document's, then the previous URL after a route change. */
  referrer: string;
  /** Where the visitor came from, until the event that starts (or continues) a session takes it. */
  arrival: Source | null;
  /** The page a replayed call happened on (calls made while the config was loading). */
  pageOfCall?: PageContext;
  journey: Journey;
  triggers?: ReturnType<typeof createTriggerRules>;
  /** Reads the arrival from a call's page (the referrers chunk, loaded when a call came from a campaign, an ad or another site). */
  classify?: Chunks['referrers']['classifyArrival'];
  /** The encoder of a `collector.format` other than `json` (a chunk loaded when the config names one). */
  encode(batch: Batch): unknown;
  /** Checks the step rules' URL conditions against a page (set when the config has step rules). */
  checkUrlRules?(url: URL): void;
}
