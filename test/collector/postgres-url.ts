import pg from 'pg';

/**
 * A PostgreSQL URL for this test file alone, or null when no server answers: `DATABASE_URL`,
 * else the local server on 127.0.0.1:5432 (trust auth, database `test`). Each call makes a
 * schema of its own and points `search_path` at it, so test files running in parallel (and
 * collector processes they start) never see each other's tables; `drop()` removes it.
 */
export async function privatePostgres(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const base = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
  } catch {
    return null;
  }
  const schema = `mj_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}
