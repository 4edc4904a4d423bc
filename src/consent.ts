import type { Hub } from './hub';
import type { Config } from './types';

/** What consent allows now: 0 nothing (refused, or not yet given where required), 1 keep in memory, 2 store and send. */
export type Allowance = 0 | 1 | 2;

/**
 * Applies a decision (the consent chunk, loaded when the config has a `privacy` block, a
 * decision was remembered, or `consent()` is called; the core remembers the decision): withdrawn, it stops
 * sending and deletes what was queued before it (the core forgot who the visitor was); granted, it moves what waited in
 * memory to storage.
 */
export async function applyConsent(
  granted: boolean,
  before: Allowance,
  { outbox, openStore }: Pick<Hub, 'outbox' | 'openStore'>,
  decidedAt: string,
): Promise<void> {
  if (!granted) return outbox.state.clear(decidedAt);
  // From memory to storage, with what waited there.
  if (before < 2) return outbox.state.moveTo(openStore());
}

/**
 * What may happen under `privacy.consent`: `not-required` (default) stores and sends unless the
 * visitor refused; `required` does nothing until `consent(true)`; `memory-until-consent` keeps
 * events in memory until then. With `privacy.respectGPC`, Global Privacy Control counts as a
 * refusal, unless the visitor then consents explicitly.
 */
export function getAllowance(privacy: Config['privacy'], decision: boolean | undefined): Allowance {
  if (decision !== undefined) return decision ? 2 : 0;
  if (privacy?.respectGPC && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl) return 0;
  return privacy?.consent == 'required' ? 0 : privacy?.consent == 'memory-until-consent' ? 1 : 2;
}
