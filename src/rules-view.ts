import type { VitalsModule } from './moments/vitals';
import { isDebugging } from './lib/is-debugging';
import { readJourney } from './journey-state';
import type { ReadState } from './lib/local-state';
import { readAnonymousId, readSession, readTraits, type Session } from './identity-state';
import type { Config, JourneyContext } from './types';

/** What the rules read from the core, and how they show a widget. */
export interface RulesContext {
  /** The visitor's state as the core keeps it: the rules' own frequency state by its keys, the identity and the journey through their readers (identity-state.ts, journey-state.ts). */
  read: ReadState;
  write(key: string, value: unknown): void;
  show(widgetId: string): unknown;
  /** Loads a chunk of the core's: here `vitals` (web-vitals), only when a rule waits for poor vitals. */
  load(name: 'vitals'): Promise<VitalsModule>;
}

/**
 * The visitor as the rules see it, read through the core's state: identity, session, journey,
 * traits, and the touchpoint the latest event carried. `debug` prints every decision when the
 * config has `debug`, or the page URL `?microjourney_debug=1`.
 */
export function createRulesView(config: Config, c: RulesContext) {
  let touchpoint = 'web';
  const debugging = isDebugging(config);
  return {
    ...c,
    touchpoint: () => touchpoint,
    setTouchpoint: (value: string | undefined) => void (touchpoint = value || touchpoint),
    now: Date.now,
    anonymousId: () => readAnonymousId(c.read) || '',
    // None when reset() (or another tab) forgot the visitor while a widget's delay ran: a session of its own.
    session: () => readSession(c.read) || ({ id: '' } as Session),
    traits: () => readTraits(c.read) || {},
    // The stage and the journey are the visitor's; the step count (per session) is not used here.
    journey: (): JourneyContext => readJourney(c.read) || { stage: null, name: null, step: null, seq: 0 },
    debugging,
    debug: (message: string, detail: unknown) => debugging && console.debug(`microjourney: ${message}`, detail),
  };
}

export type RulesView = ReturnType<typeof createRulesView>;

/** One condition of a rule, as `explain()` reports it. */
export interface Check {
  check: string;
  ok: boolean;
  detail: string;
}
