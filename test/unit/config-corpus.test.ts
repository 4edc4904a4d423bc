// The broken-config corpus (test/fixtures/broken-configs.json), checked by the CLI: every
// problem named with its JSON Pointer path, every file answered. The same corpus runs
// in Chromium (test/e2e/config-corpus.test.ts), where tracking must go on beside each problem.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

interface BrokenConfig {
  name: string;
  config: unknown;
  paths: string[];
  collects: boolean;
  /** A CSS selector's syntax is checked where there is a DOM: in the browser, not by the CLI. */
  onlyInBrowser?: boolean;
}
const corpus: BrokenConfig[] = JSON.parse(readFileSync('test/fixtures/broken-configs.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'mj-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('holds at least 50 broken configs, prototype-named keys at every level among them', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(50);
  const prototypeNamed = corpus.flatMap((c) => c.paths).filter((p) => /\/(__proto__|constructor|toString|valueOf|hasOwnProperty|isPrototypeOf)$/.test(p));
  // Top level, a section, an entry of a map, a list item, and nested two levels down.
  for (const depth of [1, 2, 3, 4])
    expect(
      prototypeNamed.some((p) => p.split('/').length - 1 == depth),
      `depth ${depth}`,
    ).toBe(true);
});

it('the CLI names each problem by its path, for every file of the corpus, and exits 2 (prototype-named keys among them)', () => {
  const files = corpus.map((c, i) => {
    const file = join(dir, `${String(i).padStart(2, '0')}.json`);
    writeFileSync(file, JSON.stringify(c.config));
    return file;
  });
  const run = spawnSync(process.execPath, ['bin/microjourney.mjs', 'validate', ...files], { encoding: 'utf8' });
  // 2: the corpus has files with prototype-named keys, which are pathological.
  expect(run.status).toBe(2);
  // Each file's block: its heading line, then its problems indented.
  const blocks = new Map<string, string>();
  for (const block of run.stderr.split(/\n(?=\S)/)) blocks.set(block.slice(0, block.indexOf(':')), block);
  corpus.forEach((c, i) => {
    const block = blocks.get(files[i]!) || '';
    if (c.onlyInBrowser) return;
    expect(block, c.name).toMatch(/: \d+ problems?[,\n]/);
    for (const path of c.paths) expect(block, `${c.name}: ${path}`).toContain(`\n  ${path || '/'}: expected `);
  });
});
