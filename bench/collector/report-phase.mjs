// bench:collector's second phase: the report's load time, on databases filled directly through the
// collector's ingest path (see bench/collector.mjs for the method).
import { startCollectorProcess } from './collector-process.mjs';
import { fillDatabase } from './fill-database.mjs';
import { fmt, log } from './log.mjs';
import { timeReport, VIEWS } from './report-timing.mjs';
import { dropStorage, freshStorage } from './storage.mjs';

/** The longest PGlite fill we wait for; beyond it the size runs on PostgreSQL only. */
const MAX_PGLITE_FILL_SECONDS = 600;

/** Times the report at each size on each back end; adds rows to `results.report` and notes to `results.notes`. */
export async function benchReport(backends, results, { sizes, channel, dist }) {
  let pgliteRate = null;
  for (const size of sizes) {
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
      const fill = await fillTo(storage, size);
      if (backend == 'pglite' && size <= 100_000) pgliteRate = fill.eventsPerSecond;
      // PostgreSQL: the server's autovacuum analyzes a table this size within a minute of the
      // fill; do it now so the plans do not depend on when it happens. PGlite has no
      // autovacuum (one single-user backend); the collector analyzes at start and each time the
      // table doubles. The bench fills without the collector, so at 100,000 it times the views
      // without statistics too (the worst case between two analyzes), then after an ANALYZE.
      const phases = storage.pg ? ['analyzed'] : size <= 100_000 ? ['as left', 'analyzed'] : ['analyzed'];
      if (!storage.pg && size > 100_000)
        results.notes.push(
          `PGlite at ${fmt(size)} events: timed after ANALYZE only (the collector keeps statistics fresh; timing without them at this size takes long).`,
        );
      for (const phase of phases) {
        const analyzeMs = phase == 'analyzed' ? await analyze(storage, dist) : null;
        const collector = await startCollectorProcess(storage.args, { databaseUrl: storage.databaseUrl });
        let views;
        try {
          log(
            `  timing ${VIEWS.length} views × 2 ranges on ${backend}, ${phase == 'analyzed' ? 'analyzed' : 'without statistics'} (cold, then the median of 3)`,
          );
          views = await timeReport(collector.url, { channel, runs: 3, log });
        } finally {
          await collector.stop();
        }
        results.report.push({ backend, size, fill, analyzed: phase == 'analyzed', analyzeMs, views });
      }
      await dropStorage(storage);
    }
  }
}

/** Fills a fresh database with `size` events, logging each tenth. */
async function fillTo(storage, size) {
  log(`report at ${fmt(size)} events on ${storage.describe}: filling (eventRow + createEventWriter, 1,000 rows a write, no HTTP)`);
  let lastTenth = 0;
  const fill = await fillDatabase(storage.databaseUrl ? { databaseUrl: storage.databaseUrl } : { dataDir: storage.dataDir }, {
    count: size,
    progress: (done) => {
      const tenth = Math.floor((done / size) * 10);
      if (tenth > lastTenth) (log(`  filled ${fmt(done)} of ${fmt(size)}`), (lastTenth = tenth));
    },
  });
  log(`  filled ${fmt(fill.stored)} events in ${fill.seconds} s (${fmt(fill.eventsPerSecond)} events/s; ${fill.types.response} answers)`);
  return fill;
}

/** Runs ANALYZE on the database; returns how long it took, in ms. */
async function analyze(storage, dist) {
  const t0 = performance.now();
  if (storage.pg) await storage.pg.query('analyze');
  else {
    const { openDatabase } = await dist('db/open-database.js');
    const db = await openDatabase({ dataDir: storage.dataDir });
    await db.query('analyze').finally(() => db.close());
  }
  const analyzeMs = Math.round(performance.now() - t0);
  log(`  ANALYZE took ${fmt(analyzeMs)} ms`);
  return analyzeMs;
}
