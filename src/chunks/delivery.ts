/**
 * The delivery chunk, `dist/delivery.js`: when to send, batches, leases, retries and dead
 * letters, and the page-exit path with the request itself. Loaded with the first event queued,
 * so that the exit path is at hand when the page hides. With it, the durable store (IndexedDB,
 * its probe and the fallbacks), opened once consent allows storing, when the page is idle: every
 * page view that stores needs both, so they are one request.
 */
export { createSchedule } from '../send-schedule';
export { openStore } from '../open-store';
