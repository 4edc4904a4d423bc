/** The triggers chunk, `dist/triggers.js`: the widget rules, loaded by the rules chunk once one of them can act (rules-gate.ts). */
export { createTriggerRules } from '../trigger-rules';
