import type { Props } from './api';
import type { Hub } from './hub';
import { forgetVisitor, getAnonymousId, setUser } from './identity';
import { createUuid7 } from './lib/create-uuid7';
import { setPersist, writeState } from './lib/local-state';

/** What a recording command does once the config is known: `now` is when it was called. */
export type Command = (now: number, ...args: any[]) => void;

/** The commands a call can make, by name: what each records, at the time it was called. */
export function createCommands(hub: Hub): Record<string, Command> {
  let deciding: Promise<unknown> = Promise.resolve();
  return {
    page(now, href: string) {
      // The session counts this page; only named journeys can be abandoned.
      const session = hub.session(now, 1);
      hub.journey.abandonExpired?.(session, now);
      hub.record('page', {}, now, session);
      hub.checkUrlRules?.(new URL(href));
    },
    step: (now, name: string, props?: Props) => hub.journey.step(name, props || {}, hub.session(now), now),
    track: (now, name: string, props?: Props) => hub.record('track', { name, props: props || {} }, now),
    stage: (now, name: string) => hub.journey.setStage(name, hub.session(now), now),
    identify(now, userId: string, traits?: Props) {
      setUser(userId, traits);
      hub.record('identify', { traits: traits || {} }, now);
    },
    reset() {
      forgetVisitor();
      getAnonymousId();
    },
    consent(now, granted: boolean) {
      const before = hub.allowance;
      const decidedAt = createUuid7(now);
      if (!granted) forgetVisitor();
      // At once, so the calls that follow are (or are not) recorded; the rest in the consent chunk.
      hub.allowance = granted ? 2 : 0;
      setPersist(granted);
      // The decision is remembered even when it refuses: the one value stored without consent.
      writeState('consent', granted, true);
      // One decision at a time: a withdrawal deletes what was queued before a grant that follows it moves anything.
      deciding = deciding.then(() => hub.chunk('consent')).then((c) => c?.applyConsent(granted, before, hub, decidedAt));
    },
  };
}
