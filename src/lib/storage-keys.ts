// The names the SDK stores under, defined once. The visitor's own keys (aid, session, journey…)
// are listed with their shapes in local-state.ts (SHAPES); the rules keep theirs under `w_`.

/** Every key the SDK stores starts with this: the site's own keys are never read or touched. */
export const PREFIX = 'mj_';
/** Events a page could not store in IndexedDB, one list per key (`mj_q…`), for a later page to move back. */
export const LEFTOVERS = 'q';
/** The touchpoint a URL named (`?mj_tp=app`), kept for the tab in sessionStorage. */
export const TOUCHPOINT = PREFIX + 'tp';
/** Set in sessionStorage when a page hands its events over to the tab's next page (hand-over-on-navigation.ts), which then sends them at once. */
export const HANDED_OVER = PREFIX + 'handed';
