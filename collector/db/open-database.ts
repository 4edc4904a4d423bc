import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './open-pglite.js';
import { openPostgres } from './open-postgres.js';

export interface StorageOptions {
  /** `postgres://…`: use that server; else the embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** The embedded database's directory (default `.microjourney`); `memory://` for none on disk. */
  dataDir?: string;
}

/** Opens the database the options name and brings its schema up to date. */
export async function openDatabase({ databaseUrl, dataDir = '.microjourney' }: StorageOptions): Promise<Database> {
  const db = databaseUrl ? await openPostgres(databaseUrl) : await openPglite(dataDir);
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    throw new Error(`cannot bring the ${db.kind} database at ${db.where} up to date: ${(err as Error).message}`);
  }
  return db;
}
