import type { ReadState } from './lib/local-state';
import { owns } from './lib/owns';
import type { JourneyContext } from './types';

/** The journey as it is stored: the context every event carries, and what the session and the named journeys need. */
export interface JourneyState extends JourneyContext {
  /** The session `seq` counts in. */
  sid: string;
  /** Named journeys started and not yet completed or abandoned: name → start time (ms). */
  open: Record<string, number>;
}

/** The journey's key in the visitor's state (`mj_journey` in localStorage): another tab's step or stage changes it. */
export const JOURNEY = 'journey';

/**
 * The stored journey, read with the core's reader. The core's journey (journey.ts, which also
 * writes it) and the rules (rules-view.ts, the rules gate) read it through this, so the rules
 * see a typed journey and never its key. None before the visitor's first step or stage.
 * Free of side effects, so a chunk that imports it carries only these few bytes.
 */
export const readJourney = (read: ReadState) => read<JourneyState>(JOURNEY);

/** Whether the named journey is started and not yet completed or abandoned. */
export const journeyUnderWay = (read: ReadState, journey: string) => owns(readJourney(read)?.open || {}, journey);
