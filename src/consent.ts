import { updateOutbox } from './update-outbox';
import type { OutboxState } from './outbox';
import type { EventStore } from './store';
import type { Config } from './types';

/** What consent allows now: 0 nothing (refused, or not yet given where required), 1 keep in memory, 2 store and send. */
export type Allowance = 0 | 1 | 2;

/**
 * Applies a decision (the consent chunk, loaded when the config has a `privacy` block, a
 * decision was remembered, or `consent()` is called; the core remembers the decision): withdrawn, it stops
 * sending and deletes what was queued before it (the core forgot who the visitor was); granted, it moves what waited in
 * memory to storage.
 */
export async function applyConsent(granted: boolean, before: Allowance, outbox: OutboxState, openStore: () => Promise<EventStore>, decidedAt: string): Promise<void> {
  // A withdrawal deletes what was recorded before it (ids sort by time), never what a grant after it recorded.
  const earlier = (id: string) => id < decidedAt;
  if (!granted) for (const id of outbox.mirror.keys()) if (earlier(id)) outbox.mirror.delete(id);
  await outbox.settled();
  if (!granted) return updateOutbox(outbox, (recs) => ({ del: recs.map((r) => r.e.id).filter(earlier), result: undefined }));
  if (before > 1) return;
  // From memory to storage, with what waited there.
  const recs = await updateOutbox(outbox, (all) => ({ result: all }));
  outbox.store = openStore();
  await (await outbox.store).put(recs);
  // Sending paused while there was nowhere it was allowed to go: it may go now.
  outbox.paused = false;
  outbox.schedule(0);
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
