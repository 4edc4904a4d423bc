// Segment (analytics-next) in the benchmark: the snippet's queue stub and its standalone UMD
// bundle, loaded from this server as from Segment's CDN, with settings that send to this server
// over http and load no destination. Defaults otherwise: one request per event, retries with
// backoff, a queue persisted at page hide. No surveys.
import { join } from 'node:path';

const WRITE_KEY = 'bench_write_key';
const SETTINGS = {
  integrations: {
    'Segment.io': {
      apiKey: WRITE_KEY,
      unbundledIntegrations: [],
      addBundledMetadata: true,
      maybeBundledConfigIds: {},
      versionSettings: { componentTypes: [] },
    },
  },
  plan: { track: { __default: { enabled: true, integrations: {} } } },
  edgeFunction: {},
  analyticsNextEnabled: true,
  middlewareSettings: {},
  enabledMiddleware: {},
  metrics: { sampleRate: 0 }, // Segment's own metrics would go to its https host
  legacyVideoPluginsEnabled: false,
  remotePlugins: [],
};

// The queue stub of Segment's published snippet (segment.com/docs/connections/sources/catalog/
// libraries/website/javascript/quickstart), written out for the calls used here. Its CDN is this
// server: standalone.js reads `_cdn` (it only parses https:// script URLs itself).
const STUB = `!function(){var a=window.analytics=window.analytics||[];if(a.initialize||a.invoked)return;a.invoked=!0;
a.methods=["page","track","identify","ready","on","reset"];a.factory=function(m){return function(){if(window.analytics.initialized)return window.analytics[m].apply(window.analytics,arguments);
var args=Array.prototype.slice.call(arguments);if(m==="page"||m==="track"||m==="identify")args.push({__t:"bpc",c:void 0,p:location.pathname,u:location.href,s:location.search,t:document.title,r:document.referrer});
args.unshift(m);a.push(args);return a}};for(var i=0;i<a.methods.length;i++)a[a.methods[i]]=a.factory(a.methods[i]);
a._cdn=location.origin;a.load=function(key,options){var s=document.createElement("script");s.async=!0;s.setAttribute("data-global-segment-analytics-key","analytics");
s.src=a._cdn+"/analytics.js/v1/"+key+"/analytics.min.js";document.head.appendChild(s);a._loadOptions=options};a._writeKey="${WRITE_KEY}";a.SNIPPET_VERSION="5.2.1"}();`;

/** One event per request at /v1/<t|p|i…>, or { batch } at /v1/b. */
function decode(body, req, url) {
  const json = JSON.parse(body.toString());
  const events = url.pathname.endsWith('/b') ? json.batch : [json];
  return events.map((e) => ({ id: e.messageId, name: e.type === 'track' ? e.event : e.type }));
}

export default {
  id: 'segment',
  name: 'Segment',
  package: '@segment/analytics-next',
  bytes: {
    // The standalone (snippet) bundle; its lazy chunks load only for features a workspace's
    // settings turn on (none here), and are not counted.
    beforeSurvey: ['@segment/analytics-next/dist/umd/standalone.js'],
    firstSurvey: null,
  },
  snippet: () => `<script>${STUB}
analytics.load("${WRITE_KEY}",{integrations:{"Segment.io":{apiHost:location.host+"/v1",protocol:"http"}}});
analytics.page();window.benchTrack=function(name){analytics.track(name)};benchTrack('bench_'+BENCH_RUN)</script>`,
  ready: () => !!window.analytics?.initialized,
  route(url, req, modules) {
    const path = url.pathname;
    if (/^\/v1\/[ptigasb]$/.test(path)) return 'sink';
    if (path === `/analytics.js/v1/${WRITE_KEY}/analytics.min.js`) return { file: join(modules, '@segment/analytics-next/dist/umd/standalone.js') };
    if (path.startsWith('/analytics-next/bundles/'))
      return { file: join(modules, '@segment/analytics-next/dist/umd', path.slice('/analytics-next/bundles/'.length).replace(/[^\w.-]/g, '')) };
    if (path === `/v1/projects/${WRITE_KEY}/settings`) return { body: JSON.stringify(SETTINGS) };
    return null;
  },
  decode,
  sinkAnswer: () => JSON.stringify({ success: true }),
  survey: null,
};
