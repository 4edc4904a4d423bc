import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Size budgets live in package.json ("sizeBudgets", bytes of gzip -9); `npm test` builds first.
// A key "a.js + b.js" is what one use downloads: the first widget, Preact and its strings.
const { sizeBudgets } = JSON.parse(readFileSync('package.json', 'utf8')) as { sizeBudgets: Record<string, number> };
const gzipSize = (files: string) => files.split(' + ').reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

describe('size budgets', () => {
  for (const [file, budget] of Object.entries(sizeBudgets)) {
    it(`${file} is at most ${budget} bytes gzip`, () => {
      for (const one of file.split(' + ')) expect(existsSync(one), `${one} is missing: run npm run build`).toBe(true);
      expect(gzipSize(file)).toBeLessThanOrEqual(budget);
    });
  }

  it('the README quotes the measured sizes (within 50 bytes)', () => {
    const readme = readFileSync('README.md', 'utf8');
    // Every row that quotes one file (rules.js had drifted 230 B from its row unnoticed): the core, the widgets' shared chunk, and every chunk in src/chunks/.
    const chunks = readdirSync('src/chunks').map((file) => file.replace(/\.ts$/, ''));
    const files = ['microjourney', 'widgets/shared', ...chunks].map((f) => `dist/${f}.js`);
    for (const file of files) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
      expect(row, `README has no size row for ${file}`).toBeDefined();
      const quoted = Number(/(\d[\d,]*) B/.exec(row!)?.[1]!.replace(/,/g, ''));
      expect(Math.abs(quoted - gzipSize(file)), `README says ${quoted} B for ${file}, the build is ${gzipSize(file)} B`).toBeLessThanOrEqual(50);
    }
  });
});

describe('the text of the chunks a page loads', () => {
  // V8 keeps a script holding one character beyond Latin-1 at two bytes per character: one "…"
  // in the validator's messages doubled the memory its 5.7 KB of text took (rollup.config.mjs).
  const shipped = ['dist', 'dist/esm', 'dist/widgets'].flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.js') && !file.startsWith('locale-'))
      .map((file) => `${dir}/${file}`),
  );

  it('is ASCII, locales apart', () => {
    expect(shipped.length, 'no chunks in dist/: run npm run build').toBeGreaterThan(20);
    for (const file of shipped) {
      const beyond = /[^\x00-\x7f]/.exec(readFileSync(file, 'utf8'));
      expect(beyond?.[0], `${file} holds a character beyond ASCII`).toBeUndefined();
    }
  });
});
