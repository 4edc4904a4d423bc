import type { Database } from './database.js';

/**
 * Keeps the planner's statistics of `mj_events` fresh on PGlite, which has no autovacuum:
 * without them it guesses one row per aggregate and nests loops — a report view took 86 s at
 * 100,000 events, 0.3 s after `analyze`. Analyzes at start, then each time the table has
 * doubled (at least 5,000 rows later): plans change with the order of magnitude, and on PGlite
 * an analyze holds the only connection (1.9 s at 100,000 rows), so autovacuum's 10 % rule would
 * spend a third of the ingest time on it. PostgreSQL servers do this themselves.
 */
export function keepStatistics(db: Database, log: (line: string) => void = () => {}) {
  if (db.kind != 'pglite') return { stored: () => {}, ready: Promise.resolve() };
  let size = 0;
  let since = 0;
  let running: Promise<void> | null = null;
  const analyze = () =>
    (running ??= (async () => {
      try {
        await db.exec('analyze mj_events');
        const [{ n }] = await db.query<{ n: number }>('select reltuples::float8 n from pg_class where relname = $1', ['mj_events']);
        size = Math.max(n, 0);
        since = 0;
      } catch (err) {
        log(`could not refresh the database statistics: ${(err as Error).message}`);
      } finally {
        running = null;
      }
    })());
  return {
    /** Counts rows just stored; analyzes once enough arrived. */
    stored(rows: number): void {
      since += rows;
      if (since > Math.max(5000, size)) void analyze();
    },
    ready: analyze(),
  };
}
