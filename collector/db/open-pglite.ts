import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/**
 * Opens (creating on first use) the embedded PGlite database in `dir`. PGlite has one
 * connection: its queries run one at a time, and a transaction holds it until it ends.
 * `dir` `memory://` keeps everything in memory (tests).
 */
export async function openPglite(dir: string): Promise<Database> {
  const inMemory = dir.startsWith('memory://');
  const path = inMemory ? dir : resolve(dir, 'pglite');
  if (!inMemory) mkdirSync(path, { recursive: true });
  let pg: PGlite;
  try {
    pg = await PGlite.create(path);
  } catch (err) {
    throw new Error(`cannot open the embedded database in ${path}: ${(err as Error).message}. Is another collector using this data directory? Give each process its own --data, or use DATABASE_URL for a shared PostgreSQL.`);
  }
  const wrap = (q: { query: PGlite['query']; exec: PGlite['exec'] }): Queryable => ({
    async exec(sql: string) {
      await q.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query(sql, params)).rows as T[];
    },
  });
  return {
    kind: 'pglite',
    where: inMemory ? 'memory' : path,
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
