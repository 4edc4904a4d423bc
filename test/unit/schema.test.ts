import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config';
import { MOMENTS } from '../../src/moments/names';

// The JSON Schema product teams' editors use, and the validator the SDK and the CLI run, must
// agree: on every example config in the repository, and on a corpus of broken ones.
const schema = JSON.parse(readFileSync('schema/microjourney.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('regex', (s: string) => {
  try {
    return !!new RegExp(s);
  } catch {
    return false;
  }
});
const check = ajv.compile(schema);
/** The JSON Pointers the schema complains about (an unknown key: the key's own path). */
const schemaPaths = (config: unknown) => {
  check(config);
  return new Set(
    (check.errors || []).map((e) =>
      e.keyword == 'additionalProperties'
        ? `${e.instancePath}/${(e.params as any).additionalProperty}`
        : e.keyword == 'required'
          ? `${e.instancePath}/${(e.params as any).missingProperty}`
          : e.instancePath,
    ),
  );
};

const examples = [
  'examples/shop/mj/microjourney.json',
  'test/e2e/pages/configs/basic.json',
  'test/e2e/pages/configs/consent-required.json',
  'test/e2e/pages/configs/consent-memory.json',
  'test/e2e/pages/configs/rules.json',
];

describe('the JSON Schema and the validator', () => {
  it.each(examples)('both accept %s', (file) => {
    const config = JSON.parse(readFileSync(file, 'utf8'));
    expect(validateConfig(config).problems).toEqual([]);
    expect(check(config), JSON.stringify(check.errors)).toBe(true);
  });

  const ok = { collector: { url: '/c' } };
  const broken: [string, unknown, string, RegExp][] = [
    ['no collector', {}, '/collector', /^expected an object such as/],
    ['a collector without url', { collector: {} }, '/collector/url', /^expected "url", found nothing/],
    ['an unknown section', { ...ok, widgetz: {} }, '/widgetz', /\(did you mean "widgets"\?\)$/],
    ['an unknown format', { collector: { url: '/c', format: 'csv' } }, '/collector/format', /^expected one of "json", "ndjson", "segment", found "csv"/],
    ['a touchpoint in capitals', { ...ok, touchpoint: 'App' }, '/touchpoint', /^expected a lowercase name/],
    ['empty stages', { ...ok, stages: [] }, '/stages', /^expected a non-empty array, found an array/],
    ['a journey without steps', { ...ok, journeys: { j: {} } }, '/journeys/j/steps', /^expected "steps"/],
    [
      'a bad duration',
      { ...ok, journeys: { j: { steps: ['a'], abandonAfter: '30 minutes' } } },
      '/journeys/j/abandonAfter',
      /^expected a duration such as "2s"/,
    ],
    ['a step rule without when', { ...ok, steps: [{ name: 's' }] }, '/steps/0/when', /^expected "when"/],
    ['an empty when', { ...ok, steps: [{ name: 's', when: {} }] }, '/steps/0/when', /^expected an object with "url" or "click"/],
    ['a bad regex', { ...ok, steps: [{ name: 's', when: { url: { regex: '(' } } }] }, '/steps/0/when/url/regex', /^expected a valid regular expression/],
    ['an unknown widget type', { ...ok, widgets: { w: { type: 'survey' } } }, '/widgets/w/type', /^expected one of "nps", "csat", "exit", found "survey"/],
    ['a near-miss consent mode', { ...ok, privacy: { consent: 'requried' } }, '/privacy/consent', /\(did you mean "required"\?\)$/],
    ['respectGPC as a string', { ...ok, privacy: { respectGPC: 'yes' } }, '/privacy/respectGPC', /^expected true or false, found "yes"/],
    [
      'a near-miss moment',
      { ...ok, widgets: { w: { type: 'nps', trigger: { on: 'journey_complete' } } } },
      '/widgets/w/trigger/on',
      /\(did you mean "journey-complete"\?\)$/,
    ],
    [
      'an event trigger without its event',
      { ...ok, widgets: { w: { type: 'nps', trigger: { on: 'event' } } } },
      '/widgets/w/trigger/event',
      /^expected the name passed to track\(\)/,
    ],
    [
      'a sample above 1',
      { ...ok, widgets: { w: { type: 'nps', trigger: { on: 'page' }, audience: { sample: 1.5 } } } },
      '/widgets/w/audience/sample',
      /^expected a share between 0 and 1, found 1.5/,
    ],
    [
      'an unknown device',
      { ...ok, widgets: { w: { type: 'nps', trigger: { on: 'page' }, audience: { device: ['phone'] } } } },
      '/widgets/w/audience/device/0',
      /^expected one of "mobile", "tablet", "desktop"/,
    ],
    [
      'a misspelt frequency key',
      { ...ok, widgets: { w: { type: 'nps', frequency: { perSesion: 1 } } } },
      '/widgets/w/frequency/perSesion',
      /\(did you mean "perSession"\?\)$/,
    ],
    ['negative quiet days', { ...ok, throttle: { quietDays: -1 } }, '/throttle/quietDays', /^expected a number of days, 0 or more/],
  ];
  it.each(broken)('both reject %s, at the same path', (_name, config, path, message) => {
    const { problems } = validateConfig(config);
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path == path)!.message).toMatch(message);
    expect([...schemaPaths(config)]).toContain(path);
  });
});

it('lists the moments a trigger can wait for as the SDK defines them', () => {
  expect(schema.$defs.trigger.properties.on.enum).toEqual([...MOMENTS]);
});
