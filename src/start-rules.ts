import type { Microjourney } from './api';
import type { Hub } from './hub';
import { watchStepRules, withJourneys } from './journey-rules';
import type { RulesContext } from './rules-view';
import { createRulesGate } from './rules-gate';

/**
 * Starts the config's rules on the hub (the rules chunk): named journeys over the core's
 * journey, the step rules, which record steps, and the widget rules, which wait in their own
 * chunk until one of them can act (rules-gate.ts). `state` is the core's
 * visitor state: a chunk has no copy of its own, so every tab and module sees one state.
 */
export function startRules(hub: Hub, state: Pick<RulesContext, 'read' | 'write'>, show: Microjourney['show']): void {
  const { config, record, report } = hub;
  if (config.widgets) hub.triggers = createRulesGate(hub, state, show);
  const journey = (hub.journey = withJourneys(hub.journey, config.journeys || {}, record, report));
  hub.checkUrlRules = watchStepRules(config.steps || [], (rule) => {
    const now = Date.now();
    const session = hub.session(now);
    if (rule.stage) journey.setStage(rule.stage, session, now);
    journey.step(rule.name, {}, session, now);
  });
}
