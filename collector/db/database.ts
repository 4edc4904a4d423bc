/**
 * One interface over the two back ends: PGlite (PostgreSQL in WebAssembly, embedded, the
 * default) and a PostgreSQL server (`DATABASE_URL`). Both speak PostgreSQL's dialect, so every
 * query is written once. Queries cast their aggregates (`::int`, `::float8`) so both drivers
 * return plain numbers (`pg` returns int8 and numeric as strings).
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** `pglite` or `postgres`: which back end answers. */
  readonly kind: 'pglite' | 'postgres';
  /** A short description for logs: the data directory or the server's address (no password). */
  readonly where: string;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
