// Fills a fresh database for the report timings: the real ingest path minus HTTP. Events from the
// journey stream become rows with the collector's own `eventRow` (channel groups, answers'
// figures, inbox flags) and are stored by its group-commit `createEventWriter`, 1,000 rows a
// write, so the tables, the inbox and the ingest counters are exactly what ingest would leave.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createJourneyStream } from './journeys.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'collector');
const load = (path) => import(pathToFileURL(join(dist, path)).href);

const DAY = 86_400_000;

/**
 * Stores `count` events spread over the `days` days before now into the database the options
 * name (`{ databaseUrl }` or `{ dataDir }`). Several writers (each its own transaction) for
 * PostgreSQL, one for PGlite (one connection). `progress(done)` is called as chunks commit.
 * Returns `{ events, stored, seconds, eventsPerSecond, types }`.
 */
export async function fillDatabase(storage, { count, days = 90, seed = 90, writers = storage.databaseUrl ? 4 : 1, progress = () => {} }) {
  const { openDatabase } = await load('db/open-database.js');
  const { eventRow } = await load('ingest/event-row.js');
  const { createEventWriter } = await load('ingest/event-writer.js');
  const { deviceFromHeaders, localeFromHeader } = await load('ingest/request-context.js');
  const db = await openDatabase(storage);
  const now = Date.now();
  // Sessions start in time order from 90 days ago to two hours ago (a session lasts minutes).
  const stream = createJourneyStream({ seed, start: now - days * DAY, end: now - 2 * 3_600_000, total: count });
  const pool = Array.from({ length: writers }, () => createEventWriter(db));
  const inFlight = new Set();
  const types = {};
  let made = 0;
  let stored = 0;
  let turn = 0;
  const started = performance.now();
  let rows = [];
  const flush = async () => {
    const writer = pool[turn++ % pool.length];
    const job = writer.write(rows).then((r) => {
      stored += r.stored;
      progress(stored);
    });
    rows = [];
    const tracked = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    // Keep each writer busy with one write while the next chunk is built, no more.
    if (inFlight.size >= writers + 1) await Promise.race(inFlight);
  };
  try {
    while (made < count) {
      const session = stream.nextSession();
      const context = { device: deviceFromHeaders(session.userAgent), locale: localeFromHeader(session.acceptLanguage), format: 'json' };
      for (const e of session.events) {
        if (made >= count) break;
        made++;
        types[e.type] = (types[e.type] || 0) + 1;
        rows.push(eventRow(e, context));
        if (rows.length == 1000) await flush();
      }
    }
    if (rows.length) await flush();
    await Promise.all(inFlight);
  } finally {
    await db.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { events: made, stored, seconds: Math.round(seconds * 10) / 10, eventsPerSecond: Math.round(stored / seconds), writers, types };
}
