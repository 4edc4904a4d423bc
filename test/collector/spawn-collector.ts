import { type ChildProcess, spawn } from 'node:child_process';

export interface SpawnedCollector {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/**
 * Starts `microjourney serve` as its own process (the built bin, as `npx` would), on a free
 * port, and resolves once it printed its address. Rejects with its output if it exits first.
 */
export function spawnCollector(args: string[], env: Record<string, string> = {}): Promise<SpawnedCollector> {
  const child = spawn(process.execPath, ['bin/microjourney.mjs', 'serve', '--port', '0', ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | string>((ok) => child.on('exit', (code, signal) => ok(code ?? signal ?? -1)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the collector did not start within 60 s:\n${out}`)), 60_000);
    const read = (chunk: Buffer) => {
      out += chunk;
      const url = /ingest\s+POST (http:\/\/[^/\s]+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child, output: () => out, exited });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the collector exited (${code}) before it was ready:\n${out}`));
    });
  });
}
