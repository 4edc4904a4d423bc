import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

// The CLI runs the built validator (dist/diagnostics.js): `npm test` builds first.
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/microjourney.mjs', ...args], { encoding: 'utf8' });

it('exits 0 on valid configs', () => {
  const run = cli('validate', 'examples/site/mj/microjourney.json', 'test/e2e/pages/configs/basic.json');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('examples/site/mj/microjourney.json: valid');
});

it('lists every problem with its path, and exits 1', () => {
  const run = cli('validate', 'test/e2e/pages/configs/invalid.json');
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('/journeys/checkout/steps: expected a non-empty array, found "cart"');
  expect(run.stderr).toContain('/touchpont: expected one of the sections');
  expect(run.stderr).toContain('(did you mean "touchpoint"?)');
});

it('says when a file is not JSON or not there, and exits 1; a wrong call exits 2', () => {
  expect(cli('validate', 'test/e2e/pages/configs/not-json.json').stderr).toMatch(/not-json\.json: not valid JSON/);
  expect(cli('validate', 'no/such.json').status).toBe(1);
  expect(cli('check', 'x.json').status).toBe(2);
});
