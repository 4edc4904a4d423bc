/** The rules chunk, `dist/rules.js`: named journeys, step rules, and the gate of the widget rules (their own chunk), for the configs that have them. */
export { startRules } from '../start-rules';
