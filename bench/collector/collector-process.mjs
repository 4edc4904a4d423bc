// The collector as its own process (`microjourney serve`, as `npx` runs it), and a private
// PostgreSQL schema for each back end run, so the benchmark never touches anyone's tables.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Starts `node bin/microjourney.mjs serve --port 0` with `args` and resolves once it printed its
 * ingest address: `{ url, pid, stop(), cpuSeconds() }`. `databaseUrl` selects PostgreSQL; without
 * it `DATABASE_URL` is cleared so the embedded PGlite is used.
 */
export function startCollectorProcess(args, { databaseUrl } = {}) {
  const child = spawn(process.execPath, [join(root, 'bin', 'microjourney.mjs'), 'serve', '--port', '0', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl || '', MJ_VERBOSE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise((ok) => child.on('exit', (code, signal) => ok(code ?? signal)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the collector did not start within 120 s:\n${out}`)), 120_000);
    const read = (chunk) => {
      out += chunk;
      if (out.length > 100_000) out = out.slice(-50_000);
      const url = /ingest\s+POST (http:\/\/[^/\s]+)/.exec(out)?.[1];
      if (url && timer) {
        clearTimeout(timer);
        resolve({
          url,
          pid: child.pid,
          output: () => out,
          /** CPU seconds (user + system) the collector process used so far, from /proc. */
          cpuSeconds: () => processCpuSeconds(child.pid),
          /** SIGTERM (graceful: the batches in flight are stored), then waits for the exit. */
          async stop() {
            if (child.exitCode == null && child.signalCode == null) child.kill('SIGTERM');
            const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
            const code = await exited;
            clearTimeout(killer);
            return code;
          },
        });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the collector exited (${code}) before it was ready:\n${out}`));
    });
  });
}

/** utime + stime of a process, in seconds (Linux); null elsewhere. */
export function processCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks; 100 Hz on Linux
  } catch {
    return null;
  }
}

/**
 * A PostgreSQL schema of our own (`mj_bench_<random>`) on `DATABASE_URL`, else the local server
 * (127.0.0.1:5432, database `test`), or null when none answers. `url` points `search_path` at
 * the schema; `drop()` removes it; `version` is the server's.
 */
export async function privatePostgres() {
  const base = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
  } catch {
    return null;
  }
  const schema = `mj_bench_${Math.random().toString(36).slice(2, 10)}`;
  const { rows } = await client.query('select version() as version, current_setting($1) as shared_buffers, current_setting($2) as synchronous_commit', [
    'shared_buffers',
    'synchronous_commit',
  ]);
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = `${base}${base.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`;
  return {
    url,
    schema,
    version: rows[0].version,
    settings: { shared_buffers: rows[0].shared_buffers, synchronous_commit: rows[0].synchronous_commit },
    /** Runs one query on the schema (counts, EXPLAIN). */
    async query(sql, params) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return (await c.query(sql, params)).rows;
      } finally {
        await c.end();
      }
    },
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

/** CPU seconds used so far by every PostgreSQL server process on this machine (Linux; null elsewhere or when none). */
export function postgresCpuSeconds() {
  let total = 0;
  let found = false;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue;
      }
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / 100;
      found = true;
    }
  } catch {
    return null;
  }
  return found ? total : null;
}

/** The machine's busy and total CPU time so far (all cores, seconds), from /proc/stat; null elsewhere. */
export function machineCpu() {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    const idle = ticks[3] + (ticks[4] || 0);
    return { busy: (total - idle) / 100, total: total / 100 };
  } catch {
    return null;
  }
}
