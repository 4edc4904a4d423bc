import type { Hub } from './hub';
import { createUuid7 } from './lib/create-uuid7';
import { readState, writeState } from './lib/local-state';
import { readDecision } from './lib/read-decision';
import { hasStored } from './lib/take-all';
import { getPage } from './page';
import type { PageContext, Source } from './types';
import type { Command } from './visitor-commands';

/** A call made before the config arrived: command, arguments, time, page, and the arrival it carried. */
export type Call = [string, unknown[], number, PageContext, (Source | null)?];

/**
 * The calls of the page, in order: run at once when the config is known, else kept (with their
 * time and page) until it is, or for the next page should this one close first.
 */
export function createCommandQueue(hub: Hub, commands: Record<string, Command>) {
  let ready = false;
  let waiting: Call[] = [];

  function run([name, args, now, page, from]: Call): void {
    // Refused, or required and not given: nothing is recorded.
    if (!hub.allowance && name != 'consent' && name != 'reset') return;
    try {
      // The arrival belongs to the call that carried it: read (by the referrers chunk) from that call's page.
      if (from !== undefined) hub.arrival = from?.medium == 'referral' && hub.classify ? hub.classify(page) : from;
      hub.pageOfCall = page;
      commands[name]!(now, ...args);
    } catch (err) {
      // One failing call costs that call only, never the calls queued after it.
      hub.report('internal', name, String(err));
    }
    hub.pageOfCall = undefined;
  }

  return {
    /** Runs a command now if the config is known, else once it is, with the call's own time and page. */
    add(name: string, ...args: unknown[]): Call {
      const call: Call = [name, args, Date.now(), getPage(hub.referrer)];
      ready ? run(call) : waiting.push(call);
      return call;
    },
    /**
     * Puts first the calls an earlier page could not record before it closed (should this page
     * unload before it starts, they are kept again with its own); says whether any came from another site.
     * They are read by the kept-calls chunk, loaded only when there are some.
     */
    async takeEarly(): Promise<boolean> {
      const kept = hasStored('early') && (await hub.chunk('kept-calls'));
      if (kept) waiting = [...kept.takeKeptCalls(commands, hub.report), ...waiting];
      return waiting.some((call) => call[4]?.medium == 'referral');
    },
    /**
     * Leaving before the config arrived: keeps the calls (synchronously) for the next page, unless
     * consent is `declared` required, no decision was made, and no earlier page was allowed to store.
     */
    keepForNextPage(declared?: string): void {
      if (!ready && waiting.length && (readDecision() ?? (!!readState('aid') || !declared || declared == 'not-required')))
        writeState('early' + createUuid7(), waiting.splice(0), true);
    },
    /** The config is known: runs what waited, then every call as it comes. */
    start(): void {
      ready = true;
      waiting.splice(0).forEach(run);
    },
  };
}

export type CommandQueue = ReturnType<typeof createCommandQueue>;
