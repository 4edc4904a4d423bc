/**
 * The diagnostics chunk, `dist/diagnostics.js`: the config validator and the message texts.
 * The script-tag build loads it only when there is a config this browser has not seen valid
 * before, or something to report.
 */
export { validateConfig } from '../config';
export { describe, printedAs } from '../messages';
export { MicrojourneyError } from '../error';
