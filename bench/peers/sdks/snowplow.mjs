// Snowplow (@snowplow/browser-tracker) in the benchmark: its UMD bundle loaded async from this
// server, one tracker posting to this server, a page view and custom events as structured
// events. Tracker defaults otherwise (a localStorage queue, POST, a 5 s timeout). No surveys.
import { join } from 'node:path';

const UMD = '@snowplow/browser-tracker/dist/index.umd.min.js';

/** POST /com.snowplowanalytics.snowplow/tp2: { data: [events] }, every value a string. */
function decode(body) {
  return JSON.parse(body.toString()).data.map((e) => ({ id: e.eid, name: e.e === 'se' ? e.se_ac : e.e === 'pv' ? 'page_view' : e.e }));
}

export default {
  id: 'snowplow',
  name: 'Snowplow',
  package: '@snowplow/browser-tracker',
  bytes: { beforeSurvey: [UMD], firstSurvey: null },
  // Calls made before the bundle loads wait in a list, as the others' stubs keep them.
  snippet: (origin) => `<script>window.benchQueue=[];window.benchTrack=function(name){benchQueue.push(name)};benchTrack('bench_'+BENCH_RUN);
function benchSnowplow(){var sp=window.snowplowBrowserTracking;sp.newTracker('sp',${JSON.stringify(origin)},{appId:'bench'});sp.trackPageView();
window.benchTrack=function(name){sp.trackStructEvent({category:'bench',action:name})};benchQueue.splice(0).forEach(benchTrack)}</script>
<script async src="/sdk/snowplow.js" onload="benchSnowplow()"></script>`,
  ready: () => typeof window.benchQueue === 'object' && window.benchTrack.length === 1 && !!window.snowplowBrowserTracking,
  route(url, req, modules) {
    if (url.pathname === '/com.snowplowanalytics.snowplow/tp2') return 'sink';
    if (url.pathname === '/sdk/snowplow.js') return { file: join(modules, UMD) };
    return null;
  },
  decode,
  sinkAnswer: () => 'ok',
  sinkType: 'text/plain',
  survey: null,
};
