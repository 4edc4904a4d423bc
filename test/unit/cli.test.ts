import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI runs the built validator (dist/validator.js): `npm test` builds first.
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/microjourney.mjs', ...args], { encoding: 'utf8' });

it('exits 0 on valid configs', () => {
  const run = cli('validate', 'examples/shop/mj/microjourney.json', 'test/e2e/pages/configs/basic.json');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('examples/shop/mj/microjourney.json: valid');
});

it('lists every problem with its path, and exits 1', () => {
  const run = cli('validate', 'test/e2e/pages/configs/invalid.json');
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('/journeys/checkout/steps: expected a non-empty array, found "cart"');
  expect(run.stderr).toContain('/touchpont: expected one of the sections');
  expect(run.stderr).toContain('(did you mean "touchpoint"?)');
});

it('says when a file is not JSON or not there, and exits 2; a wrong call exits 2', () => {
  expect(cli('validate', 'test/e2e/pages/configs/not-json.json').stderr).toMatch(/not-json\.json: not valid JSON/);
  expect(cli('validate', 'test/e2e/pages/configs/not-json.json').status).toBe(2);
  expect(cli('validate', 'no/such.json').status).toBe(2);
  expect(cli('validate', 'no/such.json').stderr).toMatch(/no\/such\.json: cannot read it \(ENOENT\)/);
  expect(cli('check', 'x.json').status).toBe(2);
});

describe('pathological files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mj-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('lists keys named like Object.prototype members as problems, with their paths, at every level, and exits 2', () => {
    const config =
      '{"collector":{"url":"/mj/collect","constructor":1},"constructor":{"x":1},"toString":1,"__proto__":{"a":1},"journeys":{"valueOf":{"steps":["a"],"hasOwnProperty":1}},"widgets":{"w":{"type":"nps","trigger":{"on":"page","hasOwnProperty":1},"audience":{"__proto__":{"a":1}},"theme":{"constructor":"#fff"}}}}';
    const run = cli('validate', file('proto.json', config));
    // Pathological: exit 2, with every problem still named by its path.
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /proto\.json: 7 problems, among them keys named like Object\.prototype members \(constructor, toString, __proto__, hasOwnProperty\): remove or rename them/,
    );
    for (const path of [
      '/collector/constructor',
      '/constructor',
      '/toString',
      '/__proto__',
      '/journeys/valueOf/hasOwnProperty',
      '/widgets/w/trigger/hasOwnProperty',
      '/widgets/w/audience/__proto__',
    ])
      expect(run.stderr, path).toContain(`  ${path}: expected one of the`);
    expect(run.stderr).not.toMatch(/at \w+ \(|TypeError/);
  });

  it('answers a config nested too deeply to walk with exit 2 and a reason, never a stack trace', () => {
    const deep = '{"collector":{"url":"/c"},"steps":[{"name":"x","when":{"url":' + '{"include":['.repeat(20000) + '"/a"' + ']}'.repeat(20000) + '}}]}';
    const run = cli('validate', file('deep.json', deep));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/deep\.json: nested too deeply to (read|check): a config is a few levels deep/);
    expect(run.stderr).not.toMatch(/RangeError|at \w+ \(/);
  });

  it('refuses collector URLs that are not http(s), and theme values that are not colours', () => {
    const run = cli(
      'validate',
      file(
        'urls.json',
        '{"collector":{"url":"data:text/plain,x"},"widgets":{"w":{"type":"nps","theme":{"accent":"var(--x, url(/steal))","text":"#123","border":"rgb(1 2 3)"}}}}',
      ),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/collector/url: expected an http(s) URL');
    expect(run.stderr).toContain('/widgets/w/theme/accent: expected a CSS colour');
    expect(run.stderr).not.toContain('/widgets/w/theme/text');
    expect(run.stderr).not.toContain('/widgets/w/theme/border');
    expect(cli('validate', file('js.json', '{"collector":{"url":"javascript:alert(1)"}}')).stderr).toContain('/collector/url: expected an http(s) URL');
  });
});
