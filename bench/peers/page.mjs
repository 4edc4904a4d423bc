// The page every SDK runs on: the demo shop's product page (header, pictures, text, related
// products, its two stylesheets), with its microjourney tag taken out and `<!--sdk-->` where each
// SDK's snippet goes. The shop's own scripts (translations, cart) are taken out too: their
// 60–220 ms of script time per load on a 2-core machine varied more than an SDK costs.
// BENCH_RUN names the load, so a sink can tell its events apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function productPage(root) {
  const html = readFileSync(join(root, 'examples', 'shop', 'products', 'blue-mug.html'), 'utf8');
  const withoutTag = html.replace(/<script>window\.microjourney=[^\n]*\n<script async src="\/mj\/microjourney\.js"[^\n]*\n/, '');
  if (withoutTag === html)
    throw new Error(
      'bench:peers: examples/shop/products/blue-mug.html no longer has the microjourney tag this benchmark replaces; update bench/peers/page.mjs',
    );
  const withoutScripts = withoutTag.replace(/<script defer src="[^"]+"><\/script>\n/g, '');
  const prelude = `<script>var BENCH_RUN=new URLSearchParams(location.search).get('run')||'0'</script>\n<!--sdk-->\n`;
  return withoutScripts.replace('</head>', prelude + '</head>');
}
