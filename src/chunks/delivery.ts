/** The delivery chunk, `dist/delivery.js`: batches, leases, retries and dead letters, loaded the first time something is due to be sent. */
export { drain } from '../delivery';
