/**
 * The validator chunk, `dist/validator.js`: the config validator alone. The script-tag build
 * loads it only for a config this browser has not seen valid before; the message texts that
 * report a problem are the diagnostics chunk's, loaded only when there is one.
 */
export { validateConfig } from '../config';
