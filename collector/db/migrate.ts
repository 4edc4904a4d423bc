import type { Database } from './database.js';
import { MIGRATIONS, type Migration } from './migrations.js';

// Any number, the same in every process: collectors starting together on one PostgreSQL
// apply each migration once, the others wait for the lock and find it applied.
const MIGRATION_LOCK = 7_264_153;

/**
 * Applies the migrations not applied yet, each in its own transaction, and returns the names of
 * those it applied. Safe to run from several processes at once.
 */
export async function migrate(db: Database, migrations: Migration[] = MIGRATIONS): Promise<string[]> {
  await db.query(`create table if not exists mj_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())`);
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await tx.query('select 1 from mj_migrations where version = $1', [m.version]);
      if (seen.length) return false;
      await tx.exec(m.sql);
      await tx.query('insert into mj_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(`${m.version} ${m.name}`);
  }
  return applied;
}
