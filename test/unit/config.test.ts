import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config';

const problemsOf = (config: unknown) => validateConfig(config).problems.map((p) => `${p.path}: ${p.message}`);

describe('validateConfig', () => {
  it('accepts the demo shop config as it is', () => {
    const example = JSON.parse(readFileSync('examples/shop/mj/microjourney.json', 'utf8'));
    expect(validateConfig(example)).toEqual({ config: example, problems: [] });
  });

  it('names the JSON Pointer path, what was expected and what was found', () => {
    expect(problemsOf({ collector: { url: 42 } })).toEqual(['/collector/url: expected an http(s) URL: absolute, or a path such as "/mj/collect", found 42']);
    expect(problemsOf({ collector: { url: 'https://' } })).toEqual([
      '/collector/url: expected an http(s) URL: absolute, or a path such as "/mj/collect", found "https://"',
    ]);
    expect(problemsOf({ collector: { url: '/c', format: 'jsn' } })).toEqual([
      '/collector/format: expected one of "json", "ndjson", "segment", found "jsn" (did you mean "json"?)',
    ]);
    expect(problemsOf([])).toEqual([': expected a JSON object, found an array']);
  });

  it('reports a missing collector, and unknown sections with a suggestion', () => {
    expect(problemsOf({ colector: { url: '/c' } })).toEqual([
      '/collector: expected an object such as { "url": "/mj/collect" }; events are kept until there is one, found nothing',
      '/colector: expected one of the sections $schema, collector, touchpoint, stages, journeys, steps, widgets, throttle, debug, privacy, found "colector" (did you mean "collector"?)',
    ]);
  });

  it('escapes ~ and / in paths (RFC 6901)', () => {
    expect(problemsOf({ collector: { url: '/c' }, widgets: { 'a/b~c': { type: 'x' } } })).toEqual([
      '/widgets/a~1b~0c/type: expected one of "nps", "csat", "exit", found "x"',
    ]);
  });

  it('drops only the invalid entries, and lists every problem', () => {
    const { config, problems } = validateConfig({
      collector: { url: '/c' },
      stages: ['awareness', 'purchase'],
      journeys: { good: { steps: ['a', 'b'] }, bad: { steps: [], stage: 'purchse', abandonAfter: 'soon' } },
      steps: [
        { name: 'ok', when: { url: '/p/*' } },
        { name: 'no-when' },
        { name: 'bad-regex', when: { url: { regex: '(' } } },
        { name: 'clicks', when: { click: '#buy' }, stag: 'purchase' },
      ],
    });
    expect(Object.keys(config.journeys!)).toEqual(['good']);
    expect(config.steps!.map((s) => s.name)).toEqual(['ok']);
    expect(problems.map((p) => p.path)).toEqual([
      '/journeys/bad/steps',
      '/journeys/bad/stage',
      '/journeys/bad/abandonAfter',
      '/steps/1/when',
      '/steps/2/when/url/regex',
      '/steps/3/stag',
    ]);
    expect(problems[1]!.message).toBe('expected one of "awareness", "purchase", found "purchse" (did you mean "purchase"?)');
    expect(problems[4]!.message).toMatch(/^expected a valid regular expression, found "\(" \(/);
  });

  it('checks URL conditions: globs, regexes, include and exclude lists', () => {
    const rule = (url: unknown) => ({ collector: { url: '/c' }, steps: [{ name: 's', when: { url } }] });
    expect(problemsOf(rule('/p/*'))).toEqual([]);
    expect(problemsOf(rule({ regex: '^/p/\\d+$' }))).toEqual([]);
    expect(problemsOf(rule({ include: ['/p/*'], exclude: [{ regex: 'draft' }] }))).toEqual([]);
    expect(problemsOf(rule({ include: '/p/*' }))).toEqual(['/steps/0/when/url/include: expected a non-empty array, found "/p/*"']);
    expect(problemsOf(rule(7))).toEqual([
      '/steps/0/when/url: expected a URL glob such as "/products/*", { "regex": "…" } or { "include": […], "exclude": […] }, found 7',
    ]);
  });

  it('checks click selectors where there is a DOM', () => {
    expect(problemsOf({ collector: { url: '/c' }, steps: [{ name: 's', when: { click: '##x' } }] })).toEqual([
      '/steps/0/when/click: expected a valid CSS selector, found "##x"',
    ]);
  });
});
