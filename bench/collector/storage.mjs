// The databases a bench:collector run uses: each one fresh (a temp PGlite directory, or a private
// PostgreSQL schema), and every one removed when the run ends, on Ctrl-C too.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { privatePostgres } from './collector-process.mjs';
import { log } from './log.mjs';

const temps = [];
const schemas = [];

/** Keeps a private PostgreSQL schema to drop at the end of the run; returns it. */
export function keepSchema(pg) {
  schemas.push(pg);
  return pg;
}

/** A fresh, empty database of the back end: a temp data directory, or a private PostgreSQL schema. */
export async function freshStorage(backend) {
  if (backend == 'pglite') {
    const dataDir = temps[temps.push(mkdtempSync(join(os.tmpdir(), 'mj-bench-'))) - 1];
    return { backend, dataDir, args: ['--data', dataDir], describe: `PGlite in ${dataDir}` };
  }
  const pg = await privatePostgres();
  if (!pg) return null;
  keepSchema(pg);
  return { backend, pg, databaseUrl: pg.url, args: [], describe: `PostgreSQL, schema ${pg.schema}` };
}

/** Removes one database now, rather than at the end: a million-event fill is gigabytes. */
export async function dropStorage(storage) {
  if (storage.pg) (await storage.pg.drop(), schemas.splice(schemas.indexOf(storage.pg), 1));
  if (storage.dataDir) rmSync(storage.dataDir, { recursive: true, force: true });
}

/** Removes every database the run made. */
export async function cleanUp() {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const pg of schemas.splice(0)) await pg.drop().catch((err) => log(`could not drop the schema ${pg.schema}: ${err.message}`));
}
