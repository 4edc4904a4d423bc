/** The vitals chunk, `dist/vitals.js`: web-vitals' LCP, INP and CLS, loaded only when a rule waits for poor vitals. */
export { onCLS, onINP, onLCP } from 'web-vitals';
