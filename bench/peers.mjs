// `npm run bench:peers`: microjourney beside the SDKs a team would pick instead (PostHog with
// surveys, Segment's analytics-next, Snowplow), measured in one run on this machine. The peers
// are installed here, into bench/peers/ (npm ci there on the first run), never by the project.
//
// Built so far: the bytes step (gzip -9 and brotli 11 of what each loads before any survey, and
// of its first survey). Page-load cost, delivery under faults and survey reaction are to come
// (issue 11); until then this prints and saves the bytes alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SDKS } from './peers/sdks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const peers = join(root, 'bench', 'peers');
const step = (line) => console.log(`bench:peers: ${line}`);

if (!existsSync(join(peers, 'node_modules'))) {
  step('installing the peers into bench/peers/ (npm ci, first run only)…');
  const ci = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: peers, stdio: 'inherit' });
  if (ci.status !== 0) (console.error('bench:peers: npm ci in bench/peers/ failed; check the npm registry, then run again'), process.exit(1));
}

const file = (path) => (path.startsWith('dist/') ? join(root, path) : join(peers, 'node_modules', path));
/** gzip -9 and brotli 11 of files fetched one by one, summed, as a browser would receive them. */
function sizes(paths) {
  if (!paths) return null;
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const bytes = readFileSync(file(path));
    sum.raw += bytes.length;
    sum.gzip += gzipSync(bytes, { level: 9 }).length;
    sum.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { ...sum, files: paths };
}

step('bytes: gzip -9 and brotli 11 of what each SDK loads before any survey, and of its first survey');
const results = SDKS.map((sdk) => ({
  name: sdk.name,
  version: sdk.package ? JSON.parse(readFileSync(join(peers, 'node_modules', sdk.package, 'package.json'), 'utf8')).version : JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  beforeSurvey: sizes(sdk.beforeSurvey),
  firstSurvey: sizes(sdk.firstSurvey),
}));

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const ours = results[0];
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) + '×' : '—');
console.log('\n| SDK | version | before any survey (gzip / brotli) | first survey (gzip / brotli) | microjourney\'s before any survey, as a share of its |');
console.log('|---|---|---|---|---|');
for (const r of results)
  console.log(`| ${r.name} | ${r.version} | ${kb(r.beforeSurvey.gzip)} / ${kb(r.beforeSurvey.brotli)} | ${r.firstSurvey ? `${kb(r.firstSurvey.gzip)} / ${kb(r.firstSurvey.brotli)}` : '— (no surveys)'} | ${r === ours ? '—' : ratio(ours.beforeSurvey.brotli, r.beforeSurvey.brotli)} |`);

const chromium = ['/usr/bin/chromium', process.env.CHROMIUM_PATH].find((p) => p && existsSync(p));
const machine = { os: type(), cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: chromium ? execFileSync(chromium, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() : null };
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'peers.json'), JSON.stringify({ date: new Date().toISOString(), machine, steps: { bytes: results } }, null, 2) + '\n');
step('saved bench/results/peers.json');
