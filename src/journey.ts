import { readState, SHAPES, writeState } from './lib/local-state';
import type { Session } from './identity';
import type { EventType, JourneyContext, MjEvent } from './types';
import { readJourney, type JourneyState } from './journey-state';
import { splitStep } from './lib/split-step';

export type { JourneyState } from './journey-state';

/**
 * Records an event; `now` is when the call that caused it was made (a queued call keeps its time),
 * `session` the session that call computed, so that it is computed once per call.
 */
export type RecordEvent = (type: EventType, fields?: Partial<MjEvent>, now?: number, session?: Session) => void;

/**
 * The visitor's place in the journey: the stage, the named micro-journey and step, and the
 * step's sequence number in the session. Stored beside the session, so every tab of the site
 * continues the same journey. Named journeys (start, complete, abandon) and step rules come
 * from `journey-rules.ts`, a chunk loaded only when the config has `journeys` or `steps`.
 */
export function createJourney(record: RecordEvent) {
  const load = (sid: string): JourneyState => {
    const j = readJourney(readState) || { ...(SHAPES.journey as unknown as JourneyState), sid, open: {} };
    // A copy: the value read is shared until written (local-state.ts).
    return j.sid != sid ? { ...j, sid, seq: 0 } : j;
  };
  const save = (j: JourneyState) => writeState('journey', j);
  return {
    load,
    save,

    /** The journey context of the next event. */
    context(sid: string): JourneyContext {
      const { sid: _sid, open: _open, ...context } = load(sid);
      return context;
    },

    /** Enters a stage; records a `stage` event when it changes. */
    setStage(stage: string, session: Session, now?: number): void {
      const j = load(session.id);
      if (j.stage == stage) return;
      j.stage = stage;
      save(j);
      record('stage', { name: stage, props: {} }, now, session);
    },

    /** Records a step (`journey:step` names a step of a named journey) and counts it in the session. */
    step(fullName: string, props: Record<string, unknown>, session: Session, now?: number): void {
      const j = load(session.id);
      const [name, step] = splitStep(fullName);
      save(Object.assign(j, { name, step, seq: j.seq + 1 }));
      record('step', { name: fullName, props }, now, session);
    },
  };
}

/** The journey as the hub uses it; named journeys (journey-rules.ts) add `abandonExpired`. */
export type Journey = ReturnType<typeof createJourney> & { abandonExpired?(session: Session, now: number): void };
