import type { Microjourney } from './api';
import type { Hub } from './hub';
import { watchStepRules, withJourneys } from './journey-rules';
import type { RulesContext } from './rules-view';
import { createTriggerRules } from './trigger-rules';

/**
 * Starts the config's rules on the hub (the rules chunk): the widget triggers, named journeys
 * over the core's journey, and the step rules, which record steps. `state` is the core's
 * visitor state: a chunk has no copy of its own, so every tab and module sees one state.
 */
export function startRules(hub: Hub, state: Pick<RulesContext, 'read' | 'write'>, show: Microjourney['show']): void {
  const { config, record, report } = hub;
  hub.triggers = createTriggerRules(config, { ...state, show, load: hub.options.load }, report);
  const journey = (hub.journey = withJourneys(hub.journey, config.journeys || {}, record, report));
  hub.checkUrlRules = watchStepRules(config.steps || [], (rule) => {
    const now = Date.now();
    if (rule.stage) journey.setStage(rule.stage, hub.sessionId(now), now);
    journey.step(rule.name, {}, hub.sessionId(now), now);
  });
}
