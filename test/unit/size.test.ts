import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Size budgets live in package.json ("sizeBudgets", bytes of gzip -9); `npm test` builds first.
const { sizeBudgets } = JSON.parse(readFileSync('package.json', 'utf8')) as { sizeBudgets: Record<string, number> };
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('size budgets', () => {
  for (const [file, budget] of Object.entries(sizeBudgets)) {
    it(`${file} is at most ${budget} bytes gzip`, () => {
      expect(existsSync(file), `${file} is missing: run npm run build`).toBe(true);
      expect(gzipSize(file)).toBeLessThanOrEqual(budget);
    });
  }

  it('the README quotes the measured sizes (within 50 bytes)', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const file of ['dist/microjourney.js', 'dist/diagnostics.js', 'dist/widgets/nps.js']) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
      expect(row, `README has no size row for ${file}`).toBeDefined();
      const quoted = Number(/(\d[\d,]*) B/.exec(row!)?.[1]!.replace(/,/g, ''));
      expect(Math.abs(quoted - gzipSize(file)), `README says ${quoted} B for ${file}, the build is ${gzipSize(file)} B`).toBeLessThanOrEqual(50);
    }
  });
});
