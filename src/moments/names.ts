/**
 * The micro-moments a trigger can wait for (`trigger.on`), defined once: the config's types and
 * its validator read them here, and a test holds the JSON Schema's list to this one.
 */
export const MOMENTS = [
  'page',
  'step',
  'event',
  'stage',
  'journey-complete',
  'journey-abandon',
  'exit-intent',
  'scroll',
  'dwell',
  'idle',
  'rage-click',
  'vitals',
  'manual',
] as const;

export type Moment = (typeof MOMENTS)[number];

/** The moments an event the core records stands for, by that event's type (detectors' moments carry their own name). */
export const MOMENT_EVENTS: Partial<Record<Moment, string>> = {
  page: 'page',
  step: 'step',
  event: 'track',
  stage: 'stage',
  'journey-complete': 'journey_complete',
  'journey-abandon': 'journey_abandon',
};
