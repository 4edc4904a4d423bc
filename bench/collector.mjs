// `npm run bench:collector`: the collector's ingest throughput and acknowledgement time, and the
// report's load time, on the embedded PGlite and on PostgreSQL (when one answers).
//
//   npm run bench:collector -- [--clients 16] [--events 100000] [--seconds 30]
//                              [--report-sizes 100000,1000000 | --quick] [--backends pglite,postgres]
//                              [--skip-ingest] [--skip-report]
//
// 1. Ingest: `microjourney serve` runs as its own process (as in production); `--clients`
//    concurrent clients, each on a keep-alive connection, POST 20-event native batches of
//    realistic events (about 1 KB each, every id unique) until `--events` are sent or
//    `--seconds` have passed. Events/s counts what the collector stored, checked against a count
//    read back from the database; acknowledgement times are per request, send to answer (the
//    answer comes after the commit).
// 2. Report: a fresh database is filled directly through the collector's own ingest path minus
//    HTTP (`eventRow` + `createEventWriter`, 1,000 rows a write) with events over 90 days; then a
//    collector process serves it and each view of `/report/api/` is timed: the first request
//    (cold) and the median of 3 more, for the default 30 days and for 90 days with a channel
//    filter.
//
// Progress goes to stderr; the table to stdout; every figure to bench/results/collector.json.
// A benchmark, not a test: a missed target is printed as MISS, the exit code stays 0.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { privatePostgres } from './collector/collector-process.mjs';
import { formatTable } from './collector/format-table.mjs';
import { benchIngest } from './collector/ingest-phase.mjs';
import { log } from './collector/log.mjs';
import { benchReport } from './collector/report-phase.mjs';
import { cleanUp, keepSchema } from './collector/storage.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => (argv.indexOf(`--${name}`) >= 0 ? (argv[argv.indexOf(`--${name}`) + 1] ?? fallback) : fallback);
const CLIENTS = Number(option('clients', 16));
const EVENTS = Number(option('events', 100_000));
const SECONDS = Number(option('seconds', 30));
const BATCH = 20;
const REPORT_SIZES = flag('quick')
  ? [100_000]
  : String(option('report-sizes', '100000,1000000'))
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
const BACKENDS = String(option('backends', 'pglite,postgres')).split(',');
const REPORT_CHANNEL = option('channel', 'Organic Search');
const TARGETS = { ingest: { pglite: 5_000, postgres: 10_000 }, viewMs: 1_000, viewTargetSize: 100_000 };

process.once('SIGINT', () => cleanUp().finally(() => process.exit(130)));

if (!existsSync(join(root, 'dist', 'collector', 'server.js'))) {
  console.error('bench:collector: dist/collector/server.js is missing: run `npm run build` (npm run bench:collector does).');
  process.exit(1);
}
const dist = (path) => import(pathToFileURL(join(root, 'dist', 'collector', path)).href);

// ——— the machine and the servers ———
const machine = {
  cpu: os.cpus()[0]?.model,
  cpus: os.cpus().length,
  memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
};
const probe = BACKENDS.includes('postgres') ? await privatePostgres() : null;
if (probe) keepSchema(probe);
const postgres = probe ? { version: probe.version, settings: probe.settings } : null;
const pgliteVersion = JSON.parse((await import('node:fs')).readFileSync(join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version;
const backends = BACKENDS.filter((b) => b == 'pglite' || (b == 'postgres' && postgres));
log(`machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}`);
log(
  `back ends: ${backends.join(', ')}${BACKENDS.includes('postgres') && !postgres ? ' (no PostgreSQL answered on DATABASE_URL or 127.0.0.1:5432: skipped)' : ''}`,
);
if (postgres)
  log(
    `PostgreSQL: ${postgres.version.split(' on ')[0]} (shared_buffers ${postgres.settings.shared_buffers}, synchronous_commit ${postgres.settings.synchronous_commit})`,
  );

const results = {
  date: new Date().toISOString(),
  machine,
  postgres,
  pglite: pgliteVersion,
  options: { clients: CLIENTS, events: EVENTS, seconds: SECONDS, batchSize: BATCH, reportSizes: REPORT_SIZES, reportChannel: REPORT_CHANNEL },
  targets: TARGETS,
  ingest: [],
  report: [],
  notes: [],
};

try {
  if (!flag('skip-ingest'))
    results.ingest = await benchIngest(backends, { clients: CLIENTS, events: EVENTS, seconds: SECONDS, batchSize: BATCH, targets: TARGETS, dist });
  if (!flag('skip-report')) await benchReport(backends, results, { sizes: REPORT_SIZES, channel: REPORT_CHANNEL, dist });
} finally {
  await cleanUp();
}

console.log(formatTable(results, { machine, pgliteVersion, postgres, CLIENTS, BATCH, EVENTS, SECONDS, TARGETS }).join('\n'));

mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'collector.json'), JSON.stringify(results, null, 2) + '\n');
log('wrote bench/results/collector.json');
