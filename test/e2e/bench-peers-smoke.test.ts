import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

// `npm run bench:peers -- --smoke`: one load of each page, two delivery scenarios and one survey
// reaction round, so the benchmark (its peers' stubs, decoders and steps) cannot rot. No figure
// is asserted; that each SDK's events reached its sink, and every step ran, is.
test('the peers benchmark runs end to end (smoke)', async () => {
  test.setTimeout(300_000);
  const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['bench/peers.mjs', '--smoke'], { cwd: process.cwd() });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
  expect(run.out).not.toContain('failed');
  expect(run.code, run.out).toBe(0);
  for (const sdk of ['microjourney', 'PostHog', 'Segment', 'Snowplow']) {
    // A page-load row per visit (a load fails the run if the SDK's event never reached its sink),
    // and a delivery row.
    expect(run.out.match(new RegExp(`^\\| ${sdk} \\| \\d+\\.\\d ms`, 'gm')), `${sdk}'s page-load rows\n${run.out}`).toHaveLength(2);
  }
  expect(run.out).toMatch(/^\| all scenarios \| \d+\/\d+/m);
  expect(run.out).toMatch(/^\| microjourney \| \d+ ms \(/m);
  expect(run.out).toMatch(/^\| PostHog \| \d+ ms \(/m);
  expect(run.out).toContain('smoke run done');
});
