/**
 * The diagnostics chunk, `dist/diagnostics.js`: the message texts and the error type. The
 * script-tag build loads it only when there is something to report (a config's problems
 * among them: the validator, `dist/validator.js`, finds them).
 */
export { describe, printedAs } from '../messages';
export { MicrojourneyError } from '../error';
