// @vitest-environment node
// The collector as its own process (the built `bin/microjourney.mjs serve`): what survives a
// SIGKILL, several processes on one PostgreSQL, a graceful SIGTERM, refusals at start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../collector/db/open-database';
import { privatePostgres } from './postgres-url';
import { spawnCollector } from './spawn-collector';
import { nativeBatch, post, wireEvent } from './wire-events';

const pgUrl = await privatePostgres();
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mj-collector-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  await pgUrl?.drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const backEnds = [
  { name: 'PGlite', args: () => ['--data', tempDir()], env: {} as Record<string, string> },
  ...(pgUrl ? [{ name: 'PostgreSQL', args: () => [], env: { DATABASE_URL: pgUrl.url } }] : []),
];

/** Sends 20-event batches from `clients` loops until stopped; returns the ids of acknowledged batches. */
function load(url: string, clients: number) {
  const acknowledged: string[] = [];
  let stop = false;
  const loops = Array.from({ length: clients }, async () => {
    while (!stop) {
      const events = Array.from({ length: 20 }, () => wireEvent());
      try {
        const res = await post(`${url}/mj/collect`, nativeBatch(events));
        if (res.status == 200) acknowledged.push(...events.map((e) => e.id));
      } catch {
        return; // the process is gone
      }
    }
  });
  return { acknowledged, stop: async () => ((stop = true), await Promise.all(loops)) };
}

/** How many of `ids` the database behind a collector's arguments holds, read from the database itself. */
async function countStored(args: string[], env: Record<string, string>, ids: string[]): Promise<number> {
  const db = await openDatabase(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: args[1] });
  try {
    const [{ n }] = await db.query<{ n: number }>('select count(*)::int n from mj_events where id = any($1::text[])', [ids]);
    return n;
  } finally {
    await db.close();
  }
}

describe.each(backEnds)('the collector process on $name', ({ args, env }) => {
  it('never loses an acknowledged batch: SIGKILL mid-load, restart, count', async () => {
    const a = args();
    const first = await spawnCollector(a, env);
    const traffic = load(first.url, 4);
    await new Promise((ok) => setTimeout(ok, 1500));
    first.child.kill('SIGKILL');
    await traffic.stop();
    await first.exited;
    expect(traffic.acknowledged.length).toBeGreaterThan(100);
    const second = await spawnCollector(a, env);
    second.child.kill('SIGTERM');
    await second.exited;
    expect(await countStored(a, env, traffic.acknowledged)).toBe(traffic.acknowledged.length);
  }, 120_000);

  it('finishes the batches in flight on SIGTERM, then exits 0', async () => {
    const a = args();
    const c = await spawnCollector(a, env);
    const traffic = load(c.url, 3);
    await new Promise((ok) => setTimeout(ok, 800));
    c.child.kill('SIGTERM');
    expect(await c.exited).toBe(0);
    await traffic.stop();
    expect(c.output()).toMatch(/SIGTERM: finishing the batches in flight/);
    expect(await countStored(a, env, traffic.acknowledged)).toBe(traffic.acknowledged.length);
  }, 120_000);
});

describe.runIf(pgUrl)('two collector processes on one PostgreSQL', () => {
  it('store each event once, whichever process receives it, however often', async () => {
    const env = { DATABASE_URL: pgUrl!.url };
    const [one, two] = await Promise.all([spawnCollector([], env), spawnCollector([], env)]);
    const events = Array.from({ length: 60 }, () => wireEvent());
    const batches = [events.slice(0, 30), events.slice(20, 50), events.slice(40)];
    const answers = await Promise.all(batches.flatMap((b) => [post(`${one.url}/mj/collect`, nativeBatch(b)), post(`${two.url}/mj/collect`, nativeBatch(b))]));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(answers.reduce((n, a) => n + a.json.stored, 0)).toBe(60);
    // 3 batches of 30, 30 and 20 events, each sent to both: 160 deliveries of 60 events.
    expect(answers.reduce((n, a) => n + a.json.duplicates, 0)).toBe(160 - 60);
    for (const c of [one, two]) c.child.kill('SIGTERM');
    await Promise.all([one.exited, two.exited]);
  }, 120_000);
});

describe('refusals at start', () => {
  it('will not serve the report off loopback without a token', async () => {
    await expect(spawnCollector(['--host', '0.0.0.0', '--data', 'memory://'])).rejects.toThrow(
      /refusing to listen on 0\.0\.0\.0 without a token: the report shows customers' comments\. Set --token/,
    );
  }, 60_000);

  it('says which port is taken and how to pick another', async () => {
    const first = await spawnCollector(['--data', 'memory://']);
    const port = new URL(first.url).port;
    await expect(spawnCollector(['--port', port, '--data', 'memory://'])).rejects.toThrow(new RegExp(`port ${port} on 127.0.0.1 is already in use: .*--port`));
    first.child.kill('SIGTERM');
    await first.exited;
  }, 60_000);

  it('names an unknown option', async () => {
    await expect(spawnCollector(['--prot', '1'])).rejects.toThrow(/unknown option --prot; see microjourney serve --help/);
  });
});
