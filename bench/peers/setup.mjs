// What the benchmarks that run the peers share (`npm run bench:peers`, `npm run bench:track`):
// their install into bench/peers/, their versions, the machine, one Chromium, the product-page
// server, and the results file.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { productPage } from './page.mjs';
import { startPeersServer } from './server.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const peers = join(root, 'bench', 'peers');

/** The value after `--name` on the command line, or `fallback`. */
export function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** Fails early, with what to do, when `npm run build` has not run. */
export function requireBuild(command) {
  if (!existsSync(join(root, 'dist', 'microjourney.js'))) throw new Error(`dist/ is missing: run \`npm run build\` first (npm run ${command} does)`);
}

/** `npm ci` in bench/peers/ on the first run; the project's own install never holds the peers. */
export function installPeers(progress) {
  if (existsSync(join(peers, 'node_modules', '.package-lock.json'))) return;
  progress('installing the peers into bench/peers/ (npm ci, first run only)…');
  const ci = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: peers, stdio: 'inherit' });
  if (ci.status !== 0) throw new Error('npm ci in bench/peers/ failed; check that the npm registry answers, then run again');
}

/** Each SDK's version: the installed peer's, or this package's for microjourney. */
export function versions(sdks) {
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const of = (pkg) => JSON.parse(readFileSync(join(peers, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return Object.fromEntries(sdks.map((sdk) => [sdk.name, sdk.package ? of(sdk.package) : own]));
}

function machineFacts(executablePath) {
  const browserVersion = executablePath
    ? execFileSync(executablePath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim()
    : "Playwright's Chromium";
  return { os: type(), cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, browser: browserVersion };
}

/** Chromium from CHROMIUM_PATH or /usr/bin/chromium (else Playwright's), and the machine it runs on. */
export async function launchChromium() {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { browser, machine: machineFacts(executablePath) };
}

/** The peers server (./server.mjs) with the demo shop's product page, microjourney's dist/ and the peers' files. */
export function startProductServer({ sdks, log }) {
  return startPeersServer({
    sdks,
    page: productPage(root),
    mounts: [
      ['/sdk/mj/', join(root, 'dist')],
      ['/', join(root, 'examples', 'shop')],
    ],
    modules: join(peers, 'node_modules'),
    log,
  });
}

/**
 * Writes bench/results/<name>.json: { date, versions, machine, steps }. The steps not run this
 * time are kept from the file, with their own dates.
 */
export function saveResults(name, results, progress) {
  const file = join(root, 'bench', 'results', `${name}.json`);
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  for (const step of Object.values(results.steps)) step.date = results.date;
  const kept = Object.keys(previous.steps ?? {}).filter((step) => !results.steps[step] && previous.steps[step].date);
  results.steps = { ...Object.fromEntries(kept.map((step) => [step, previous.steps[step]])), ...results.steps };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  progress(`saved ${relative(root, file)}${kept.length ? ` (kept from an earlier run: ${kept.join(', ')})` : ''}`);
}
