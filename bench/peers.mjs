// `npm run bench:peers`: microjourney beside the SDKs a team would pick instead (PostHog with
// surveys, Segment's analytics-next, Snowplow), measured in one run on this machine: bytes,
// page-load cost, delivery under faults and survey reaction. The peers are installed here, into
// bench/peers/ (npm ci there on the first run), never by the project's own install.
//
//   npm run bench:peers -- [--loads 9] [--repeats 3] [--steps bytes,load,delivery,reaction]
//                          [--scenarios id,id] [--smoke] [--verbose]
//
// --smoke: one load each and one pass of every scenario, nothing saved (npm test runs it so the
// benchmark cannot rot). A benchmark, not a test: it reports, it does not pass or fail.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { productPage } from './peers/page.mjs';
import { SDKS } from './peers/sdks.mjs';
import { startPeersServer } from './peers/server.mjs';
import { measureBytes } from './peers/step-bytes.mjs';
import { measureDelivery } from './peers/step-delivery.mjs';
import { measurePageLoads } from './peers/step-load.mjs';
import { measureReaction } from './peers/step-reaction.mjs';
import { printBytes, printDelivery, printLoads, printReaction } from './peers/print.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const peers = join(root, 'bench', 'peers');
const argument = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const smoke = process.argv.includes('--smoke');
const verbose = process.argv.includes('--verbose');
const loads = smoke ? 1 : Number(argument('loads', 9));
const steps = new Set(argument('steps', 'bytes,load,delivery,reaction').split(','));
const progress = (line) => console.log(`bench:peers: ${line}`);

function installPeers() {
  if (existsSync(join(peers, 'node_modules', '.package-lock.json'))) return;
  progress('installing the peers into bench/peers/ (npm ci, first run only)…');
  const ci = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: peers, stdio: 'inherit' });
  if (ci.status !== 0) throw new Error('npm ci in bench/peers/ failed; check that the npm registry answers, then run again');
}

function versions() {
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const of = (pkg) => JSON.parse(readFileSync(join(peers, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return Object.fromEntries(SDKS.map((sdk) => [sdk.name, sdk.package ? of(sdk.package) : own]));
}

function machineFacts(executablePath) {
  const browserVersion = executablePath ? execFileSync(executablePath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() : 'Playwright\'s Chromium';
  return { os: type(), cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, browser: browserVersion };
}

/** Writes bench/results/peers.json; the steps not run this time are kept from the file, with their own dates. */
function saveResults(results) {
  const file = join(root, 'bench', 'results', 'peers.json');
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  for (const step of Object.values(results.steps)) step.date = results.date;
  const kept = Object.keys(previous.steps ?? {}).filter((name) => !results.steps[name] && previous.steps[name].date);
  results.steps = { ...Object.fromEntries(kept.map((name) => [name, previous.steps[name]])), ...results.steps };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  progress(`saved bench/results/peers.json${kept.length ? ` (kept from an earlier run: ${kept.join(', ')})` : ''}`);
}

async function main() {
  if (!existsSync(join(root, 'dist', 'microjourney.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench:peers does)');
  installPeers();
  const results = { date: new Date().toISOString(), versions: versions(), steps: {} };
  if (steps.has('bytes')) {
    progress('bytes: gzip -9 and brotli 11 of what each SDK loads before any survey, and of its first survey');
    results.steps.bytes = { rows: measureBytes({ root, peers, sdks: SDKS }) };
    printBytes(results.steps.bytes.rows, results.versions);
  }
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  results.machine = machineFacts(executablePath);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const server = await startPeersServer({
    sdks: SDKS,
    page: productPage(root),
    mounts: [['/sdk/mj/', join(root, 'dist')], ['/', join(root, 'examples', 'shop')]],
    modules: join(peers, 'node_modules'),
    log: verbose ? console.log : () => {},
  });
  try {
    if (steps.has('load')) {
      progress(`page load: ${loads} alternated load${loads > 1 ? 's' : ''} of each page in one Chromium`);
      results.steps.load = await measurePageLoads({ browser, server, sdks: SDKS, loads, progress });
      printLoads(results.steps.load);
    }
    if (steps.has('delivery')) {
      // The smoke run keeps to two scenarios (one of them answers a survey), with a short deadline.
      const only = smoke ? ['reload', 'navigate-after-answer'] : argument('scenarios', '').split(',').filter(Boolean);
      results.steps.delivery = await measureDelivery({ browser, server, sdks: SDKS, only, repeats: smoke ? 1 : Number(argument('repeats', 3)), deadlineMs: smoke ? 20_000 : undefined, progress });
      printDelivery(results.steps.delivery);
    }
    if (steps.has('reaction')) {
      progress(`survey reaction: ${loads} round${loads > 1 ? 's' : ''}, cold and warm, for the SDKs with surveys`);
      results.steps.reaction = { rounds: loads, rows: await measureReaction({ browser, server, sdks: SDKS, loads, progress }) };
      printReaction(results.steps.reaction.rows);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  results.unanswered = [...server.unknown];
  if (server.unknown.size) progress(`requests nothing answered (404): ${[...server.unknown].join(', ')}; an SDK asks for more than bench/peers/sdks/ stubs`);
  if (smoke && server.unknown.size) throw new Error('bench:peers: the smoke run failed: an SDK asked for something its stubs do not answer (above)');
  if (smoke) return progress('smoke run done (nothing saved)');
  saveResults(results);
}

main().catch((error) => {
  console.error(error.message.startsWith('bench:peers') ? error.message : `bench:peers: ${error.stack}`);
  process.exit(1);
});
