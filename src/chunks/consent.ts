/** The consent chunk, `dist/consent.js`: consent modes and decisions, for configs with a `privacy` block and visitors who decided. */
export { applyConsent, getAllowance } from '../consent';
