/**
 * The back ends a collector test runs on: PGlite always, and a PostgreSQL server when one
 * answers — `DATABASE_URL` when set, else `postgres://postgres@127.0.0.1:5432/test` (trust auth:
 * this project's machines and CI) — tried with a 1 s connect timeout. Each PostgreSQL back end
 * gets a schema of its own (`mj_test_<random>`, set as the connection's search_path), dropped on
 * close, so test files running in parallel never see each other's rows.
 */
import type { Database } from '../../collector/db/database.js';
import { openDatabase } from '../../collector/db/open-database.js';
import { privatePostgres } from './postgres-url.js';

export interface BackEnd {
  /** `PGlite` or `PostgreSQL`, for test titles: the output says which ran. */
  name: 'PGlite' | 'PostgreSQL';
  /** Opens a fresh, migrated, empty database (PGlite in memory; a new schema on PostgreSQL). */
  open(): Promise<Database>;
  /** Closes what `open` opened and drops its schema. */
  close(): Promise<void>;
}

function pgliteBackEnd(): BackEnd {
  const opened: Database[] = [];
  return {
    name: 'PGlite',
    async open() {
      const db = await openDatabase({ dataDir: 'memory://' });
      opened.push(db);
      return db;
    },
    async close() {
      await Promise.all(opened.splice(0).map((db) => db.close()));
    },
  };
}

function postgresBackEnd(): BackEnd {
  const opened: { db: Database; drop(): Promise<void> }[] = [];
  return {
    name: 'PostgreSQL',
    async open() {
      const server = await privatePostgres();
      if (!server) throw new Error('PostgreSQL stopped answering during the tests');
      const db = await openDatabase({ databaseUrl: server.url });
      opened.push({ db, drop: server.drop });
      return db;
    },
    async close() {
      for (const { db, drop } of opened.splice(0)) {
        await db.close();
        await drop();
      }
    },
  };
}

/** The back ends that answered: PGlite, then PostgreSQL if a server answers. */
export async function backEnds(): Promise<BackEnd[]> {
  const probe = await privatePostgres();
  await probe?.drop();
  return probe ? [pgliteBackEnd(), postgresBackEnd()] : [pgliteBackEnd()];
}
