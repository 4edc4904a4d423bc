/** The local-store chunk, `dist/local-store.js`: queued events in localStorage, when IndexedDB fails its probe or left events there. */
export { moveLeftovers, openLocalStore } from '../local-store';
