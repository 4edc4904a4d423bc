/** The store chunk, `dist/store.js`: IndexedDB, its probe and the fallbacks, loaded once consent allows storing (the core keeps events in memory until then). */
export { openStore } from '../open-store';
