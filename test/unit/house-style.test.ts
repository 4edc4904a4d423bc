import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

// DESIGN §10: no source file over 250 lines, no function over 80. Tests are read for the file
// limit only: a describe() block is a list of cases, not a function to read through.
const SOURCES = ['src', 'widgets', 'collector', 'scripts', 'bench', 'examples', 'bin'];
/** Known debts, each with the length it has today: it may shrink, not grow, and none may join. */
const LONG_FUNCTIONS: Record<string, number> = {};

const root = join(import.meta.dirname, '../..');
const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name == 'node_modules' || name == 'dist' || name.startsWith('.')) return [];
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });

/** Every function of a file longer than 80 lines, as "file name" → lines. */
function longFunctions(file: string): Record<string, number> {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : undefined);
  const found: Record<string, number> = {};
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = source.getLineAndCharacterOfPosition(node.getEnd()).line - source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const name = (node as ts.FunctionDeclaration).name?.getText(source) ?? `(line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`;
      if (lines > 80) found[`${file} ${name}`] = lines;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it('no file over 250 lines', () => {
  const long = [...SOURCES, 'test']
    .flatMap(filesUnder)
    .map((file) => [file, readFileSync(join(root, file), 'utf8').split('\n').length - 1] as const)
    .filter(([, lines]) => lines > 250);
  expect(long).toEqual([]);
});

// Parsing every source takes seconds on a busy 2-core machine.
it('no function over 80 lines, but for the known debts, which do not grow', { timeout: 30_000 }, () => {
  const found = Object.assign({}, ...SOURCES.flatMap(filesUnder).map(longFunctions));
  for (const [where, lines] of Object.entries(found)) expect(lines, `${where}: ${lines} lines`).toBeLessThanOrEqual(LONG_FUNCTIONS[where] ?? 80);
});
