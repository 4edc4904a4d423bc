// PostHog (posthog-js) in the benchmark: the official snippet loads array.js from api_host, which
// is this server; every endpoint it calls at run time is answered here. Options: the defaults,
// except `opt_out_useragent_filter` (without it PostHog drops every event from headless Chromium
// as a bot) and the features the other SDKs do not have turned off (autocapture, recordings,
// heatmaps, exception capture, web experiments, product tours): what keeps PostHog cheapest.
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { NPS_SURVEY_ID, SURVEYS } from './posthog-surveys.mjs';

const TOKEN = 'phc_bench';
// What the remote config says: surveys on (else surveys.js never loads), nothing else.
const REMOTE_CONFIG = {
  supportedCompression: ['gzip', 'gzip-js'],
  hasFeatureFlags: true,
  surveys: true,
  sessionRecording: false,
  heatmaps: false,
  autocapture_opt_out: true,
  capturePerformance: false,
  autocaptureExceptions: false,
  captureDeadClicks: false,
  productTours: false,
  siteApps: [],
  defaultIdentifiedOnly: true,
};
const OPTIONS = {
  opt_out_useragent_filter: true,
  autocapture: false,
  disable_session_recording: true,
  capture_performance: false,
  capture_heatmaps: false,
  capture_dead_clicks: false,
  capture_exceptions: false,
  rageclick: false,
  disable_web_experiments: true,
  disable_product_tours: true,
  disable_conversations: true,
  advanced_disable_toolbar_metrics: true,
};

// PostHog's published snippet (posthog.com/docs/libraries/js), shortened to the methods used here.
const SNIPPET = `!function(t,e){var o,n,p,r;e.__SV||(window.posthog&&window.posthog.__loaded)||(window.posthog=e,e._i=[],e.init=function(i,s,a){function g(t,e){var o=e.split(".");2==o.length&&(t=t[o[0]],e=o[1]),t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}}(p=t.createElement("script")).type="text/javascript",p.crossOrigin="anonymous",p.async=!0,p.src=s.api_host+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r);var u=e;for(void 0!==a?u=e[a]=[]:a="posthog",u.people=u.people||[],o="init capture register identify onSurveysLoaded getSurveys renderSurvey reset get_distinct_id set_config opt_in_capturing opt_out_capturing".split(" "),n=0;n<o.length;n++)g(u,o[n]);e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);`;

/** Events as PostHog sends them: JSON, gzip, or base64 in a form field (beacons at page hide). */
function decode(body, req, url) {
  let text = body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body).toString() : body.toString();
  if (text.startsWith('data=')) {
    text = new URLSearchParams(text).get('data') ?? '';
    if (!/^[[{]/.test(text)) text = Buffer.from(text, 'base64').toString();
  }
  const json = JSON.parse(text);
  const events = Array.isArray(json) ? json : (json.batch ?? [json]);
  return events.map((e) => ({ id: e.uuid, name: e.event }));
}

export default {
  id: 'posthog',
  name: 'PostHog',
  package: 'posthog-js',
  bytes: {
    // array.js is the snippet's bundle; surveys.js is what it loads once surveys are on.
    beforeSurvey: ['posthog-js/dist/array.js'],
    firstSurvey: ['posthog-js/dist/surveys.js'],
  },
  snippet: (origin) => `<script>${SNIPPET}
posthog.init(${JSON.stringify(TOKEN)}, ${JSON.stringify({ api_host: origin, ...OPTIONS })});
window.benchTrack=function(name){posthog.capture(name)};benchTrack('bench_'+BENCH_RUN)</script>`,
  ready: () => !!window.posthog?.__loaded,
  route(url, req, modules) {
    const path = url.pathname;
    if (path === '/e/' || path === '/i/v0/e/') return 'sink';
    if (path === '/static/array.js') return { file: join(modules, 'posthog-js/dist/array.js') };
    if (/^\/static\/([\d.]+\/)?surveys\.js$/.test(path)) return { file: join(modules, 'posthog-js/dist/surveys.js') };
    if (path === `/array/${TOKEN}/config.js`)
      return {
        type: 'text/javascript',
        body: `window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{};window._POSTHOG_REMOTE_CONFIG[${JSON.stringify(TOKEN)}]={config:${JSON.stringify(REMOTE_CONFIG)},siteApps:[]}`,
      };
    if (path === `/array/${TOKEN}/config`) return { body: JSON.stringify(REMOTE_CONFIG) };
    if (path === '/flags/') return { body: JSON.stringify({ flags: {}, errorsWhileComputingFlags: false, requestId: 'local', quotaLimited: [] }) };
    if (path === '/api/surveys/') return { body: JSON.stringify({ surveys: SURVEYS }) };
    return null;
  },
  decode,
  // PostHog retries anything but a 200 (a 204 too), so the sink answers as PostHog's does.
  sinkAnswer: () => JSON.stringify({ status: 1 }),
  survey: {
    trigger: () => window.posthog.capture('checkout_completed'),
    visible: () => !!document.querySelector('.PostHogSurvey-01900000-0000-7000-8000-00000000a001')?.shadowRoot?.querySelector('.ph-survey')?.checkVisibility(),
    async answer(page) {
      const survey = page.locator(`.PostHogSurvey-${NPS_SURVEY_ID}`);
      await survey.locator('button.ratings-number[aria-label="Rate 9"]').click();
      await survey.locator('button.form-submit').click();
    },
    answered: (name) => name === 'survey sent',
    /** Forgets that the survey was seen, for the warm run. */
    forget: () => Object.keys(localStorage).forEach((key) => /^(seenSurvey|lastSeenSurvey)/.test(key) && localStorage.removeItem(key)),
  },
};
