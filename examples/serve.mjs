// `npm start`: serves the example site at http://127.0.0.1:8080 (PORT to change it), the
// built SDK at /mj/, and a collector at /mj/collect that prints every batch it receives.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './collector/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT || 8080);

const { url } = await startServer({
  port,
  mounts: [
    ['/mj/', join(here, 'site', 'mj')],
    ['/mj/', join(here, '..', 'dist')],
    ['/', join(here, 'site')],
  ],
  log(batch, fresh) {
    console.log(`batch of ${batch.events.length} (${fresh} new) sent ${batch.sent_at}`);
    for (const e of batch.events) {
      const what = e.name ? ` ${e.name}` : '';
      console.log(`  ${e.type}${what}  ${e.page.path}  stage=${e.journey.stage ?? '-'} journey=${e.journey.name ?? '-'}:${e.journey.step ?? '-'}  source=${e.channel.source.source}/${e.channel.source.medium}  session=${e.session_id.slice(-6)}`);
    }
  },
});
console.log(`microjourney example: ${url}/  (collector log below; Ctrl+C to stop)`);
