import pg from 'pg';
import type { Database, Queryable } from './database.js';

/** The server's address for logs, without the password. */
function describe(url: string): string {
  try {
    const u = new URL(url);
    return `postgres://${u.username ? u.username + '@' : ''}${u.host}${u.pathname}`;
  } catch {
    return 'postgres (DATABASE_URL does not parse as a URL)';
  }
}

/**
 * Connects to a PostgreSQL server through a `pg` pool (`max` connections, default 10). Several
 * collector processes may share one server: de-duplication is the events table's primary key.
 */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client's error (the server restarted) must not crash the process: the next query reconnects.
  pool.on('error', (err) => console.error(`microjourney collector: a PostgreSQL connection failed (${err.message}); it will reconnect`));
  // JIT compiling the report's queries cost more than it saved: 1.4 s of a 2.3 s funnel at 300,000 events.
  pool.on('connect', (client) => void client.query('set jit = off').catch(() => {}));
  try {
    await pool.query('select 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw new Error(
      `cannot connect to PostgreSQL at ${describe(url)}: ${(err as Error).message}. Check DATABASE_URL and that the server answers (pg_isready).`,
    );
  }
  const wrap = (q: { query: pg.Pool['query'] }): Queryable => ({
    // Without parameters pg uses the simple query protocol, which takes several statements.
    async exec(sql: string) {
      await q.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query(sql, params)).rows as T[];
    },
  });
  return {
    kind: 'postgres',
    where: describe(url),
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client as unknown as pg.Pool));
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
