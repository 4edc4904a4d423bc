/** The rules chunk, `dist/rules.js`: named journeys, step rules and widget triggers, for the configs that have them. */
export { startRules } from '../start-rules';
