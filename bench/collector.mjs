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
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machineCpu, postgresCpuSeconds, privatePostgres, startCollectorProcess } from './collector/collector-process.mjs';
import { fillDatabase } from './collector/fill-database.mjs';
import { runLoad } from './collector/ingest-load.mjs';
import { createJourneyStream, makeBatches } from './collector/journeys.mjs';
import { formatTable } from './collector/format-table.mjs';
import { countStoredIn, healthStored } from './collector/read-back.mjs';
import { timeReport, VIEWS } from './collector/report-timing.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => (argv.indexOf(`--${name}`) >= 0 ? (argv[argv.indexOf(`--${name}`) + 1] ?? fallback) : fallback);
const CLIENTS = Number(option('clients', 16));
const EVENTS = Number(option('events', 100_000));
const SECONDS = Number(option('seconds', 30));
const BATCH = 20;
const REPORT_SIZES = flag('quick') ? [100_000] : String(option('report-sizes', '100000,1000000')).split(',').map(Number).filter((n) => n > 0);
const BACKENDS = String(option('backends', 'pglite,postgres')).split(',');
const REPORT_CHANNEL = option('channel', 'Organic Search');
/** The longest PGlite fill we wait for; beyond it the size runs on PostgreSQL only. */
const MAX_PGLITE_FILL_SECONDS = 600;
const TARGETS = { ingest: { pglite: 5_000, postgres: 10_000 }, viewMs: 1_000, viewTargetSize: 100_000 };

const log = (line) => console.error(`[bench:collector ${new Date().toISOString().slice(11, 19)}] ${line}`);
const fmt = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
const temps = [];
const schemas = [];
const tempDir = () => temps[temps.push(mkdtempSync(join(os.tmpdir(), 'mj-bench-'))) - 1];
async function cleanUp() {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const pg of schemas.splice(0)) await pg.drop().catch((err) => log(`could not drop the schema ${pg.schema}: ${err.message}`));
}
process.once('SIGINT', () => cleanUp().finally(() => process.exit(130)));

if (!existsSync(join(root, 'dist', 'collector', 'server.js'))) {
  console.error('bench:collector: dist/collector/server.js is missing: run `npm run build` (npm run bench:collector does).');
  process.exit(1);
}
const dist = (path) => import(pathToFileURL(join(root, 'dist', 'collector', path)).href);
const countStored = (storage) => countStoredIn(storage, dist);

/** A fresh, empty database of the back end: a temp data directory, or a private PostgreSQL schema. */
async function freshStorage(backend) {
  if (backend == 'pglite') {
    const dataDir = tempDir();
    return { backend, dataDir, args: ['--data', dataDir], describe: `PGlite in ${dataDir}` };
  }
  const pg = await privatePostgres();
  if (!pg) return null;
  schemas.push(pg);
  return { backend, pg, databaseUrl: pg.url, args: [], describe: `PostgreSQL, schema ${pg.schema}` };
}

// ——— the machine and the servers ———
const machine = {
  cpu: os.cpus()[0]?.model,
  cpus: os.cpus().length,
  memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
};
const probe = BACKENDS.includes('postgres') ? await privatePostgres() : null;
if (probe) schemas.push(probe);
const postgres = probe ? { version: probe.version, settings: probe.settings } : null;
const pgliteVersion = JSON.parse((await import('node:fs')).readFileSync(join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version;
const backends = BACKENDS.filter((b) => b == 'pglite' || (b == 'postgres' && postgres));
log(`machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}`);
log(`back ends: ${backends.join(', ')}${BACKENDS.includes('postgres') && !postgres ? ' (no PostgreSQL answered on DATABASE_URL or 127.0.0.1:5432: skipped)' : ''}`);
if (postgres) log(`PostgreSQL: ${postgres.version.split(' on ')[0]} (shared_buffers ${postgres.settings.shared_buffers}, synchronous_commit ${postgres.settings.synchronous_commit})`);

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
  // ——— 1. ingest ———
  if (!flag('skip-ingest')) {
    const now = Date.now();
    log(`ingest: preparing ${fmt(EVENTS)} events in ${fmt(EVENTS / BATCH)} batches of ${BATCH}`);
    // Events of the last hour, in time order, as a live site sends them.
    const batches = makeBatches(createJourneyStream({ seed: 1, start: now - 3_600_000, end: now, total: EVENTS }), EVENTS, BATCH);
    const warmup = makeBatches(createJourneyStream({ seed: 2, start: now - 3_600_000, end: now }), 100 * BATCH, BATCH);
    const bytes = batches.reduce((n, b) => n + b.body.length, 0);
    log(`ingest: ${fmt(bytes / EVENTS)} bytes per event (the whole JSON body ÷ events)`);
    for (const backend of backends) {
      const storage = await freshStorage(backend);
      log(`ingest into ${storage.describe}: starting the collector`);
      const collector = await startCollectorProcess(storage.args, { databaseUrl: storage.databaseUrl });
      let row;
      try {
        const warm = await runLoad(`${collector.url}/mj/collect`, warmup, { clients: CLIENTS, seconds: 20 });
        log(`ingest into ${backend}: warm-up ${fmt(warm.stored)} events (${warm.errorCount} errors); now ${fmt(EVENTS)} events, ${CLIENTS} clients, at most ${SECONDS} s`);
        const serverCpu0 = collector.cpuSeconds();
        const clientCpu0 = process.cpuUsage();
        const postgresCpu0 = backend == 'postgres' ? postgresCpuSeconds() : null;
        const machine0 = machineCpu();
        const load = await runLoad(`${collector.url}/mj/collect`, batches, { clients: CLIENTS, seconds: SECONDS });
        const machine1 = machineCpu();
        const postgresCpu = postgresCpu0 == null ? null : postgresCpuSeconds() - postgresCpu0;
        const clientCpu = process.cpuUsage(clientCpu0);
        const serverCpu = collector.cpuSeconds() - serverCpu0;
        const cpuMicros = (seconds) => (seconds == null || !load.stored ? null : Math.round((seconds * 1e6) / load.stored));
        const health = await healthStored(collector.url);
        const stopped = await collector.stop();
        const counted = await countStored(storage);
        const expected = warm.stored + load.stored;
        const eventsPerSecond = load.stored / load.wallSeconds;
        const target = TARGETS.ingest[backend];
        row = {
          backend,
          ...load,
          warmupStored: warm.stored,
          eventsPerSecond: Math.round(eventsPerSecond),
          bytesPerEvent: Math.round(bytes / EVENTS),
          storedInDatabase: counted,
          storedByHealthApi: health,
          countMatches: counted == expected,
          // Where the CPU went while loading (2 cores = 2 CPU-seconds a second at most).
          cpu: {
            collectorSeconds: serverCpu == null ? null : Math.round(serverCpu * 10) / 10,
            postgresSeconds: postgresCpu == null ? null : Math.round(postgresCpu * 10) / 10,
            loadGeneratorSeconds: Math.round(((clientCpu.user + clientCpu.system) / 1e6) * 10) / 10,
            machineBusy: machine0 && machine1 ? Math.round(((machine1.busy - machine0.busy) / (machine1.total - machine0.total)) * 100) / 100 : null,
            microsPerEvent: { collector: cpuMicros(serverCpu), postgres: cpuMicros(postgresCpu), loadGenerator: cpuMicros((clientCpu.user + clientCpu.system) / 1e6) },
          },
          collectorExit: stopped,
          target,
          met: eventsPerSecond >= target,
        };
        log(
          `ingest into ${backend}: ${fmt(load.stored)} stored in ${load.wallSeconds} s = ${fmt(eventsPerSecond)} events/s (target ${fmt(target)}: ${row.met ? 'PASS' : 'MISS'}); ack p50 ${load.ackMs.p50} ms, p99 ${load.ackMs.p99} ms; ${load.errorCount} errors; ` +
            `database holds ${fmt(counted)} (expected ${fmt(expected)}: ${row.countMatches ? 'matches' : 'DOES NOT MATCH'}); ` +
            `CPU per event: collector ${row.cpu.microsPerEvent.collector} µs${backend == 'postgres' && row.cpu.microsPerEvent.postgres != null ? `, PostgreSQL ${row.cpu.microsPerEvent.postgres} µs` : ''}, load generator ${row.cpu.microsPerEvent.loadGenerator} µs; machine ${Math.round((row.cpu.machineBusy ?? 0) * 100)} % busy`,
        );
        if (load.firstError) log(`ingest into ${backend}: first error: ${load.firstError}`);
      } finally {
        await collector.stop();
      }
      results.ingest.push(row);
    }
  }

  // ——— 2. report load time ———
  if (!flag('skip-report')) {
    let pgliteRate = null;
    for (const size of REPORT_SIZES) {
      for (const backend of backends) {
        if (backend == 'pglite' && size > 100_000) {
          const projected = pgliteRate ? size / pgliteRate : null;
          if (projected && projected > MAX_PGLITE_FILL_SECONDS) {
            const note = `${fmt(size)} events on PGlite skipped: the fill would take about ${Math.round(projected / 60)} min (${fmt(pgliteRate)} events/s at 100,000); run on PostgreSQL only`;
            log(note);
            results.notes.push(note);
            results.report.push({ backend, size, skipped: note });
            continue;
          }
        }
        const storage = await freshStorage(backend);
        log(`report at ${fmt(size)} events on ${storage.describe}: filling (eventRow + createEventWriter, 1,000 rows a write, no HTTP)`);
        let lastTenth = 0;
        const fill = await fillDatabase(storage.databaseUrl ? { databaseUrl: storage.databaseUrl } : { dataDir: storage.dataDir }, {
          count: size,
          progress: (done) => {
            const tenth = Math.floor((done / size) * 10);
            if (tenth > lastTenth) log(`  filled ${fmt(done)} of ${fmt(size)}`), (lastTenth = tenth);
          },
        });
        if (backend == 'pglite' && size <= 100_000) pgliteRate = fill.eventsPerSecond;
        log(`  filled ${fmt(fill.stored)} events in ${fill.seconds} s (${fmt(fill.eventsPerSecond)} events/s; ${fill.types.response} answers)`);
        // PostgreSQL: the server's autovacuum analyzes a table this size within a minute of the
        // fill; do it now so the plans do not depend on when it happens. PGlite has no
        // autovacuum (one single-user backend); the collector analyzes at start and each time the
        // table doubles. The bench fills without the collector, so at 100,000 it times the views
        // without statistics too (the worst case between two analyzes), then after an ANALYZE.
        const phases = storage.pg ? ['analyzed'] : size <= 100_000 ? ['as left', 'analyzed'] : ['analyzed'];
        if (!storage.pg && size > 100_000) results.notes.push(`PGlite at ${fmt(size)} events: timed after ANALYZE only (the collector keeps statistics fresh; timing without them at this size takes long).`);
        for (const phase of phases) {
          let analyzeMs = null;
          if (phase == 'analyzed') {
            const t0 = performance.now();
            if (storage.pg) await storage.pg.query('analyze');
            else {
              const { openDatabase } = await dist('db/open-database.js');
              const db = await openDatabase({ dataDir: storage.dataDir });
              await db.query('analyze').finally(() => db.close());
            }
            analyzeMs = Math.round(performance.now() - t0);
            log(`  ANALYZE took ${fmt(analyzeMs)} ms`);
          }
          const collector = await startCollectorProcess(storage.args, { databaseUrl: storage.databaseUrl });
          let views;
          try {
            log(`  timing ${VIEWS.length} views × 2 ranges on ${backend}, ${phase == 'analyzed' ? 'analyzed' : 'without statistics'} (cold, then the median of 3)`);
            views = await timeReport(collector.url, { channel: REPORT_CHANNEL, runs: 3, log });
          } finally {
            await collector.stop();
          }
          results.report.push({ backend, size, fill, analyzed: phase == 'analyzed', analyzeMs, views });
        }
        if (storage.pg) await storage.pg.drop(), schemas.splice(schemas.indexOf(storage.pg), 1);
        if (storage.dataDir) rmSync(storage.dataDir, { recursive: true, force: true });
      }
    }
  }
} finally {
  await cleanUp();
}

console.log(formatTable(results, { machine, pgliteVersion, postgres, CLIENTS, BATCH, EVENTS, SECONDS, TARGETS }).join('\n'));

mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'collector.json'), JSON.stringify(results, null, 2) + '\n');
log('wrote bench/results/collector.json');
