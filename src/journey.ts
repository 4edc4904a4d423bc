import type { Report } from './lib/create-reporter';
import { readState, writeState } from './lib/local-state';
import { parseDuration } from './lib/parse-duration';
import type { EventType, JourneyConfig, JourneyContext, MjEvent } from './types';

interface JourneyState extends JourneyContext {
  /** The session `seq` counts in. */
  sid: string;
  /** Named journeys started and not yet completed or abandoned: name → start time (ms). */
  open: Record<string, number>;
}

type Record_ = (type: EventType, fields?: Partial<MjEvent>) => void;

/**
 * The visitor's place in the journey: the stage, the named micro-journey and step, and the
 * step's sequence number in the session. Stored beside the session, so every tab of the
 * site continues the same journey.
 */
export function createJourney(journeys: Record<string, JourneyConfig>, record: Record_, report: Report) {
  const load = (sid: string): JourneyState => {
    const j = readState<JourneyState>('journey') || { stage: null, name: null, step: null, seq: 0, sid, open: {} };
    if (j.sid != sid) Object.assign(j, { sid, seq: 0 });
    return j;
  };
  const save = (j: JourneyState) => writeState('journey', j);

  const api = {
    /** The journey context of the next event. */
    context(sid: string): JourneyContext {
      const { sid: _sid, open: _open, ...context } = load(sid);
      return context;
    },

    /** Enters a stage; records a `stage` event when it changes. */
    setStage(stage: string, sid: string): void {
      const j = load(sid);
      if (j.stage == stage) return;
      j.stage = stage;
      save(j);
      record('stage', { name: stage, props: {} });
    },

    /**
     * Records a step. `journey:step` names a step of a named journey: its first step (or any
     * step but the last, for a visitor who enters midway) starts the journey and enters its
     * stage; its last step completes an open journey, so reloading a confirmation page does
     * not count a second completion.
     */
    step(fullName: string, props: Record<string, unknown>, sid: string, now: number): void {
      api.abandonExpired(sid, now);
      const colon = fullName.indexOf(':');
      const name = colon > 0 ? fullName.slice(0, colon) : null;
      const step = colon > 0 ? fullName.slice(colon + 1) : fullName;
      const def = name ? journeys[name] : undefined;
      const index = def ? def.steps.indexOf(step) : -1;
      const isLast = def && index == def.steps.length - 1;
      if (def && index < 0) report('unknown-step', name, step, def.steps);
      let j = load(sid);
      if (index >= 0 && !isLast && (index == 0 || !(name! in j.open))) {
        j.open[name!] = now;
        save(j);
        if (def!.stage) api.setStage(def!.stage, sid);
        j = load(sid);
      }
      Object.assign(j, { name, step, seq: j.seq + 1 });
      save(j);
      record('step', { name: fullName, props });
      if (isLast && name! in j.open) {
        delete j.open[name!];
        save(j);
        record('journey_complete', { name: name!, props: {} });
      }
    },

    /** Records `journey_abandon` for each open journey older than its `abandonAfter`. */
    abandonExpired(sid: string, now: number): void {
      const j = load(sid);
      for (const [name, started] of Object.entries(j.open)) {
        const limit = parseDuration(journeys[name]?.abandonAfter);
        if (now - started > limit) {
          delete j.open[name];
          save(j);
          record('journey_abandon', { name, props: {} });
        }
      }
    },
  };
  return api;
}

export type Journey = ReturnType<typeof createJourney>;
