import type { Report } from './lib/create-reporter';
import { holdsHere, matchUrl } from './lib/match-url';
import { owns } from './lib/owns';
import { parseDuration } from './lib/parse-duration';
import type { Journey, RecordEvent } from './journey';
import { splitStep } from './lib/split-step';
import type { JourneyConfig, StepRule } from './types';

/**
 * Named journeys on top of the core's journey: a journey's first step (or any step but the
 * last, for a visitor who enters midway) starts it and enters its stage; its last step
 * completes an open journey, so reloading a confirmation page does not count a second
 * completion; an open journey older than its `abandonAfter`, or begun in an earlier session
 * (the visitor left mid-journey and came back later), is recorded as abandoned.
 */
export function withJourneys(core: Journey, journeys: Record<string, JourneyConfig>, record: RecordEvent, report: Report): Journey {
  const api: Journey = {
    ...core,
    step(fullName, props, session, now = Date.now()) {
      api.abandonExpired!(session, now);
      const [name, step] = splitStep(fullName);
      const def = name && owns(journeys, name) ? journeys[name] : undefined;
      const index = def ? def.steps.indexOf(step) : -1;
      const isLast = def && index == def.steps.length - 1;
      if (def && index < 0) report('unknown-step', name, step, def.steps);
      let j = core.load(session.id);
      if (index >= 0 && !isLast && (index == 0 || !owns(j.open, name!))) {
        j.open[name!] = now;
        core.save(j);
        if (def!.stage) core.setStage(def!.stage, session, now);
      }
      core.step(fullName, props, session, now);
      j = core.load(session.id);
      if (isLast && owns(j.open, name!)) {
        delete j.open[name!];
        core.save(j);
        record('journey_complete', { name: name!, props: {} }, now, session);
      }
    },
    abandonExpired(session, now) {
      const j = core.load(session.id);
      // The session id is a UUIDv7: its first 48 bits are when the session started (give or
      // take the time calls waited for the config: ids stay monotonic), so a minute's margin.
      const sessionStart = parseInt(session.id.replace(/-/g, '').slice(0, 12), 16) - 6e4;
      for (const [name, started] of Object.entries(j.open)) {
        // Abandoned: open for longer than its abandonAfter, or begun in an earlier session (the visitor left mid-journey).
        if (now - started > parseDuration(owns(journeys, name) ? journeys[name]!.abandonAfter : undefined) || started < sessionStart) {
          delete j.open[name];
          core.save(j);
          record('journey_abandon', { name, props: {} }, now, session);
        }
      }
    },
  };
  return api;
}

/**
 * Applies the config's `steps` rules: URL rules are checked on every page view (the returned
 * function), click rules by one delegated, passive, capturing listener (only when some rule
 * needs it; a `url` next to a `click` limits the click to those pages).
 */
export function watchStepRules(rules: StepRule[], onStep: (rule: StepRule) => void): (url: URL) => void {
  const clickRules = rules.filter((rule) => rule.when.click);
  if (clickRules.length)
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element | null;
        for (const rule of clickRules)
          try {
            if (target?.closest?.(rule.when.click!) && holdsHere(rule.when.url)) onStep(rule);
          } catch {
            /* an invalid selector in an unchecked config: that rule never matches */
          }
      },
      { capture: true, passive: true },
    );
  return (url) => {
    for (const rule of rules) if (rule.when.url !== undefined && !rule.when.click && matchUrl(rule.when.url, url)) onStep(rule);
  };
}
