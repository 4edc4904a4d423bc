import type { ReadState } from './lib/local-state';
import type { Source } from './types';

export interface Session {
  id: string;
  /** When the session was last active (ms since the epoch); its id (UUIDv7) holds its start. */
  last: number;
  /** The visitor's session count: 1 for the first session. */
  n: number;
  /** Page views in this session. */
  pages: number;
  source: Source;
}

/*
 * The visitor's identity as it is stored, read with the core's reader (local-state.ts's
 * `readState`). The core's identity (identity.ts, which also writes these keys) and the rules
 * (rules-view.ts) read it through these, so the rules name none of the core's keys. Free of
 * side effects, so a chunk that imports them carries only these few bytes.
 */

/** The visitor's anonymous id; none before the first event. */
export const readAnonymousId = (read: ReadState) => read<string>('aid');
/** The current session as last stored (identity.ts renews it). */
export const readSession = (read: ReadState) => read<Session>('session');
/** The traits `identify()` gave. */
export const readTraits = (read: ReadState) => read<Record<string, unknown>>('traits');
