/**
 * The delivery chunk, `dist/delivery.js`: batches, leases, retries and dead letters, and the
 * page-exit path with the request itself. Loaded with the first event queued, so that the exit
 * path is at hand when the page hides.
 */
export { drain } from '../delivery';
export { sendOnExit } from '../send-on-exit';
