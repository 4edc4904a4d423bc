import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-root.js';
import type { Database, Queryable } from './database.js';

type Call = (op: 'query' | 'exec' | 'close', sql?: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** Starts the database thread and resolves once PGlite opened its data directory. */
function startWorker(path: string): Promise<{ call: Call; worker: Worker }> {
  const worker = new Worker(join(packageRoot(), 'collector', 'db', 'pglite-worker.mjs'), { workerData: { path } });
  const waiting = new Map<number, { ok: (rows: Record<string, unknown>[]) => void; fail: (err: Error) => void }>();
  let next = 0;
  const call: Call = (op, sql, params = []) =>
    new Promise((ok, fail) => {
      const id = ++next;
      waiting.set(id, { ok, fail });
      worker.postMessage({ id, op, sql, params });
    });
  return new Promise((resolveStart, rejectStart) => {
    worker.on('message', (m) => {
      if ('ready' in m) return m.ready ? resolveStart({ call, worker }) : rejectStart(new Error(m.error));
      const pending = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error) pending?.fail(Object.assign(new Error(m.error.message), { code: m.error.code }));
      else pending?.ok(m.rows);
    });
    worker.on('error', (err) => {
      rejectStart(err);
      for (const p of waiting.values()) p.fail(new Error(`the embedded database stopped: ${err.message}`));
      waiting.clear();
    });
  });
}

/**
 * Opens (creating on first use) the embedded PGlite database in `dir`, on a thread of its own.
 * PGlite has one connection: statements run one at a time, and a transaction holds it until it
 * ends (other statements wait). `dir` `memory://` keeps everything in memory (tests).
 */
export async function openPglite(dir: string): Promise<Database> {
  const inMemory = dir.startsWith('memory://');
  const path = inMemory ? dir : resolve(dir, 'pglite');
  if (!inMemory) mkdirSync(path, { recursive: true });
  let started;
  try {
    started = await startWorker(path);
  } catch (err) {
    throw new Error(
      `cannot open the embedded database in ${path}: ${(err as Error).message}. Is another collector using this data directory? Give each process its own --data, or use DATABASE_URL for a shared PostgreSQL.`,
    );
  }
  const { call, worker } = started;
  // One holder at a time: a transaction's statements must not interleave with anyone else's.
  let holder: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = holder.then(fn, fn);
    holder = run.catch(() => {});
    return run;
  };
  const direct: Queryable = {
    query: <T>(sql: string, params?: unknown[]) => call('query', sql, params) as Promise<T[]>,
    exec: async (sql: string) => void (await call('exec', sql)),
  };
  return {
    kind: 'pglite',
    where: inMemory ? 'memory' : path,
    query: (sql, params) => exclusive(() => direct.query(sql, params)),
    exec: (sql) => exclusive(() => direct.exec(sql)),
    transaction: (fn) =>
      exclusive(async () => {
        await direct.exec('begin');
        try {
          const result = await fn(direct);
          await direct.exec('commit');
          return result;
        } catch (err) {
          await direct.exec('rollback').catch(() => {});
          throw err;
        }
      }),
    close: () => exclusive(async () => void (await call('close').finally(() => worker.terminate()))),
  };
}
