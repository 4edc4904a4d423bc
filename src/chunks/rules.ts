/** The rules chunk, `dist/rules.js`: named journeys, step rules and widget triggers, for the configs that have them. */
export { withJourneys, watchStepRules } from '../journey-rules';
export { createTriggerRules } from '../trigger-rules';
