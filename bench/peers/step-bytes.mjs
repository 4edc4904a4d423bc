// Bytes: gzip -9 and brotli 11 of what each SDK loads before any survey, and of its first survey,
// fetched file by file as a browser would receive them. Static: the files each SDK's entry names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

function sizes(paths, fileOf) {
  if (!paths) return null;
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const bytes = readFileSync(fileOf(path));
    sum.raw += bytes.length;
    sum.gzip += gzipSync(bytes, { level: 9 }).length;
    sum.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { ...sum, files: paths };
}

export function measureBytes({ root, peers, sdks }) {
  const fileOf = (path) => (path.startsWith('dist/') ? join(root, path) : join(peers, 'node_modules', path));
  return sdks.map((sdk) => ({
    sdk: sdk.name,
    beforeSurvey: sizes(sdk.bytes.beforeSurvey, fileOf),
    firstSurvey: sizes(sdk.bytes.firstSurvey, fileOf),
  }));
}
