/** The local-store chunk, `dist/local-store.js`: queued events in localStorage, when IndexedDB fails its probe or left events there. */
export { openLocalStore, takeLeftovers } from '../local-store';
