/**
 * The kept-calls chunk, `dist/kept-calls.js`: reads the calls an earlier page kept because it
 * closed before its config arrived. Loaded only when such calls are stored (`mj_early…`).
 */
export { takeKeptCalls } from '../kept-calls';
