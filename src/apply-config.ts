import type { Chunks, Microjourney } from './api';
import { readTouchpoint } from './channel';
import type { Hub } from './hub';
import { getAnonymousId } from './identity';
import { createJourney } from './journey';
import { readState, setPersist, writeState } from './lib/local-state';
import { readDecision } from './lib/read-decision';
import { checkConfig } from './load-config';
import { VERSION } from './version';

/**
 * Checks the config and loads the chunks it needs: the referrers chunk when calls came from a
 * campaign, an ad or another site, the rules for configs with journeys, steps or widgets, consent for configs and
 * visitors that have a decision to apply, an encoder for a `collector.format` other than `json`.
 * `where` is null after a failed load (already reported): the empty config is not checked.
 */
export async function applyConfig(hub: Hub, raw: unknown, where: string | null, takeEarly: () => Promise<boolean>): Promise<Chunks['rules'] | void> {
  const { options, report, chunk } = hub;
  hub.config =
    where === null
      ? {}
      : await checkConfig(raw, VERSION, () => options.load('validator'), report, where).catch((err) => (report('internal', 'init', String(err)), {}));
  const config = hub.config;
  if (await takeEarly()) hub.classify = (await chunk('referrers'))?.classifyArrival;
  const rules = config.journeys || config.steps || config.widgets ? await chunk('rules') : undefined;
  const c = config.privacy || readDecision() !== undefined ? await chunk('consent') : undefined;
  hub.allowance = c ? c.getAllowance(config.privacy, readDecision()) : 2;
  const format = config.collector?.format;
  if (format && format != 'json') {
    const encoder = (await chunk('formats'))?.encodeBatch;
    // Without its encoder (reported) this throws in send, which pauses: never the wrong format.
    hub.encode = (batch) => encoder!(format, batch);
  }
  return rules;
}

/** Starts recording under the config: storage as consent allows, the visitor, the touchpoint, the journey and its rules. */
export function startRecording(hub: Hub, rules: Chunks['rules'] | void, startUrl: URL, show: Microjourney['show']): void {
  const { config, record } = hub;
  const storing = hub.allowance > 1;
  setPersist(storing);
  getAnonymousId(startUrl);
  hub.touchpoint = readTouchpoint(startUrl, config.touchpoint, storing);
  hub.journey = createJourney(record);
  rules?.startRules(hub, { read: readState, write: writeState }, show);
}
