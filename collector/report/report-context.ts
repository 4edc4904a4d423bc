import { readFileSync } from 'node:fs';

/** What the collector knows of the site from its config (`--config`): journeys in order, stages. */
export interface SiteJourneys {
  journeys: Record<string, { steps: string[]; abandonAfter?: string }>;
  stages: string[];
}

/**
 * Reads the journeys and stages of a site's microjourney config, so funnels follow the steps'
 * order and each journey's `abandonAfter`. Without a config the report orders steps from the data.
 */
export function readSiteJourneys(file: string | undefined): SiteJourneys {
  if (!file) return { journeys: {}, stages: [] };
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the site config ${file} (--config): ${(err as Error).message}`);
  }
  const journeys: SiteJourneys['journeys'] = {};
  const given = config.journeys && typeof config.journeys == 'object' ? (config.journeys as Record<string, any>) : {};
  for (const name of Object.keys(given)) {
    const j = given[name];
    if (j && Array.isArray(j.steps))
      journeys[name] = {
        steps: j.steps.filter((s: unknown) => typeof s == 'string'),
        abandonAfter: typeof j.abandonAfter == 'string' ? j.abandonAfter : undefined,
      };
  }
  const stages = Array.isArray(config.stages) ? config.stages.filter((s): s is string => typeof s == 'string') : [];
  return { journeys, stages };
}
