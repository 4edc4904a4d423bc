import { readState } from './local-state';

/**
 * The decision `consent(granted)` made, remembered (`mj_consent`) so a returning visitor is not
 * asked again; undefined when none was made.
 */
export const readDecision = () => readState<boolean>('consent');
