// The embedded database's thread: PGlite (PostgreSQL in WebAssembly) is CPU-bound and has one
// connection, so it runs here while the main thread parses, validates and answers HTTP — the
// two cores of a small machine both at work. Plain JavaScript, so it runs from the source tree
// (tests) and from the package alike. Messages: { id, op: 'query' | 'exec' | 'close', sql, params }.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

let db;
try {
  db = await PGlite.create(workerData.path);
  parentPort.postMessage({ ready: true });
} catch (err) {
  parentPort.postMessage({ ready: false, error: String(err?.message || err) });
}

parentPort.on('message', async ({ id, op, sql, params }) => {
  try {
    if (op == 'close') {
      await db.close();
      parentPort.postMessage({ id, rows: [] });
      return parentPort.close();
    }
    const rows = op == 'exec' ? (await db.exec(sql), []) : (await db.query(sql, params)).rows;
    parentPort.postMessage({ id, rows });
  } catch (err) {
    parentPort.postMessage({ id, error: { message: String(err?.message || err), code: err?.code } });
  }
});
