/**
 * The delivery chunk, `dist/delivery.js`: when to send, batches, leases, retries and dead
 * letters, and the page-exit path with the request itself. Loaded with the first event queued,
 * so that the exit path is at hand when the page hides.
 */
export { createSchedule } from '../send-schedule';
