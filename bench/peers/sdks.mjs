// The SDKs compared, and the files each loads: before any survey (a page view, a custom event,
// survey rules where the SDK has them) and for its first survey. Paths are relative to the
// project (microjourney) or to bench/peers/node_modules (the peers).
export const SDKS = [
  {
    name: 'microjourney',
    package: null,
    // The core, the rules chunk (journeys, steps, widget triggers) and the delivery chunk: what a
    // page view of a config with survey rules loads (README "Size").
    beforeSurvey: ['dist/microjourney.js', 'dist/rules.js', 'dist/delivery.js'],
    // show.js, the NPS widget, Preact with the widget shell, and the English strings.
    firstSurvey: ['dist/show.js', 'dist/widgets/nps.js', 'dist/widgets/shared.js', 'dist/widgets/locale-en.js'],
  },
  {
    name: 'PostHog',
    package: 'posthog-js',
    // array.js is the snippet's bundle; surveys.js is what it loads once surveys are on.
    beforeSurvey: ['posthog-js/dist/array.js'],
    firstSurvey: ['posthog-js/dist/surveys.js'],
  },
  {
    name: 'Segment',
    package: '@segment/analytics-next',
    // The standalone (snippet) UMD bundle; its lazy chunks load only for features a workspace's
    // settings turn on, and are not counted here. No surveys.
    beforeSurvey: ['@segment/analytics-next/dist/umd/standalone.js'],
    firstSurvey: null,
  },
  {
    name: 'Snowplow',
    package: '@snowplow/browser-tracker',
    beforeSurvey: ['@snowplow/browser-tracker/dist/index.umd.min.js'],
    firstSurvey: null,
  },
];
