import { isColor } from './lib/is-color';
import { parseDuration } from './lib/parse-duration';
import { suggest } from './lib/suggest';
import type { Config } from './types';
import { MOMENTS } from './moments/names';

/** One problem found in a config: where (a JSON Pointer, RFC 6901), what was expected, what was found. */
export interface ConfigProblem {
  path: string;
  message: string;
}

/** Checks a value at a path; records its problems and returns whether it is valid. */
type Validator = (value: any, path: string) => boolean;

let problems: ConfigProblem[] = [];

/** A short, readable rendering of the value that was found. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value && typeof value == 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? text.slice(0, 37) + '…' : text;
}

/** A JSON Pointer one segment deeper, escaped per RFC 6901 (`~` → `~0`, `/` → `~1`). */
const at = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v == 'object' && !Array.isArray(v);

/** Whether `key` is the object's own: a config key named `constructor` or `__proto__` must not find Object.prototype's. */
const owns = (v: object, key: string) => Object.prototype.hasOwnProperty.call(v, key);

function fail(path: string, expected: string, found: unknown, hint = ''): false {
  problems.push({ path, message: `expected ${expected}, found ${show(found)}${hint}` });
  return false;
}

/** A check from a predicate and the words for what it expects. */
const is = (test: (v: any) => unknown, expected: string): Validator => (v, path) => !!test(v) || fail(path, expected, v);

const text = is((v) => typeof v == 'string' && v.trim(), 'a non-empty string');

const oneOf = (options: string[]): Validator => (v, path) =>
  options.includes(v) || fail(path, `one of ${options.map((o) => `"${o}"`).join(', ')}`, v, typeof v == 'string' ? suggest(v, options) : '');

/** Every check runs (so every problem is listed), unlike `every`. */
const all = (results: boolean[]) => !results.includes(false);

/** A non-empty array whose items pass `item`. */
const list = (item: Validator, expected = 'a non-empty array'): Validator => (v, path) =>
  Array.isArray(v) && v.length ? all(v.map((x, i) => item(x, at(path, i)))) : fail(path, expected, v);

/** An object with known keys: an unknown key is a problem (with a suggestion), `required` keys must be there. */
const shape = (fields: Record<string, Validator>, required: string[] = [], expected = 'an object'): Validator => (v, path) =>
  isObject(v)
    ? all([
        ...required.map((k) => owns(v, k) || fail(at(path, k), `"${k}"`, undefined)),
        ...Object.keys(v).map((k) => (owns(fields, k) ? fields[k](v[k], at(path, k)) : fail(at(path, k), `one of the keys ${Object.keys(fields).join(', ')}`, k, suggest(k, Object.keys(fields))))),
      ])
    : fail(path, expected, v);

/** A CSS selector; checked for syntax where there is a DOM (the browser), else only for being text. */
const selector: Validator = (v, path) => {
  if (!text(v, path)) return false;
  try {
    if (typeof document == 'object') document.createDocumentFragment().querySelector(v);
    return true;
  } catch {
    return fail(path, 'a valid CSS selector', v);
  }
};

const share = is((v) => typeof v == 'number' && v >= 0 && v <= 1, 'a share between 0 and 1');
const count = is((v) => Number.isInteger(v) && v > 0, 'a whole number above 0');
const dayCount = is((v) => typeof v == 'number' && v >= 0, 'a number of days, 0 or more');
const bool = is((v) => typeof v == 'boolean', 'true or false');
/** One value, or a non-empty list of them. */
const oneOrMore = (check: Validator): Validator => (v, p) => (Array.isArray(v) ? list(check)(v, p) : check(v, p));

/**
 * An http(s) URL, absolute or relative to a page. Other schemes are refused: a `data:` URL
 * "answers" without reaching any collector (events deleted), `javascript:` retries forever.
 */
const isUrl = (v: unknown) => {
  try {
    return typeof v == 'string' && !!v.trim() && /^https?:$/.test(new URL(v, 'https://example.com/page').protocol);
  } catch {
    return false;
  }
};


const duration = is((v) => parseDuration(v) >= 0, 'a duration such as "2s", "30m", "2h" or "7d"');

/** A URL condition: a glob, `{ "regex": … }`, or include/exclude lists of conditions. */
const urlMatch: Validator = (v, path) => {
  if (typeof v == 'string') return text(v, path);
  if (isObject(v) && owns(v, 'regex')) {
    try {
      new RegExp(v.regex);
    } catch (err) {
      return fail(at(path, 'regex'), 'a valid regular expression', v.regex, ` (${(err as Error).message})`);
    }
    return shape({ regex: text })(v, path);
  }
  return shape({ include: list(urlMatch), exclude: list(urlMatch) }, [], 'a URL glob such as "/products/*", { "regex": "…" } or { "include": […], "exclude": […] }')(v, path);
};

/**
 * The sections of a config and how each is checked. Map-like sections (`journeys`, `widgets`)
 * and `steps` are checked entry by entry, so one bad entry is dropped and the others stay.
 */
function sections(stages: unknown): Record<string, [Validator, 'map' | 'list' | '']> {
  const stage: Validator = Array.isArray(stages) ? oneOf(stages) : text;
  return {
    $schema: [text, ''],
    collector: [shape({ url: is(isUrl, 'an http(s) URL: absolute, or a path such as "/mj/collect"'), format: oneOf(['json', 'ndjson', 'segment']), transform: is((v) => typeof v == 'function', 'a function (batch) => body, in a config passed to init()'), headers: (v, p) => isObject(v) ? all(Object.keys(v).map((k) => is((h) => typeof h == 'string', 'a string')(v[k], at(p, k)))) : fail(p, 'an object of header names and values', v) }, ['url']), ''],
    touchpoint: [is((v) => /^[a-z][a-z0-9-]{0,31}$/.test(v), 'a lowercase name such as "web", "app", "store" or "kiosk"'), ''],
    stages: [list(text), ''],
    journeys: [shape({ steps: list(text), stage, abandonAfter: duration }, ['steps']), 'map'],
    steps: [shape({ name: text, stage, when: (v, p) => shape({ url: urlMatch, click: selector })(v, p) && (v.url || v.click ? true : fail(p, 'an object with "url" or "click"', v)) }, ['name', 'when']), 'list'],
    widgets: [
      shape(
        {
          type: oneOf(['nps', 'csat', 'exit']),
          trigger: (v, p) =>
            shape(
              { on: oneOf([...MOMENTS]), step: text, event: text, stage, journey: text, url: urlMatch, delay: duration, incomplete: bool, minDwell: duration, hiddenFor: duration, depth: share, after: duration, metric: oneOf(['LCP', 'INP', 'CLS']) },
              ['on'],
            )(v, p) &&
            (v.on != 'event' || v.event !== undefined || fail(at(p, 'event'), 'the name passed to track() that an "event" trigger waits for', undefined)) &&
            ((v.on != 'dwell' && v.on != 'idle') || v.after !== undefined || fail(at(p, 'after'), `how long before "${v.on}", such as "30s"`, undefined)),
          audience: shape({
            url: urlMatch,
            stage: oneOrMore(stage),
            journey: text,
            step: text,
            channel: oneOrMore(text),
            source: oneOrMore(text),
            nth: shape({ page: count, visit: count }),
            device: oneOrMore(oneOf(['mobile', 'tablet', 'desktop'])),
            locale: oneOrMore(text),
            traits: is(isObject, 'an object of trait names and values'),
            sample: share,
          }),
          frequency: shape({ afterResponseDays: dayCount, afterDismissDays: dayCount, maxShows: count, perSession: count, ignoreQuiet: bool }),
          text: (v, p) => (isObject(v) ? all(Object.keys(v).map((l) => shape({ question: text })(v[l], at(p, l)))) : fail(p, 'an object of texts by locale, such as { "en": { "question": "…" } }', v)),
          // A value that is not a colour is listed, and the widget ignores just that value (it still shows).
          theme: (v, p) => (isObject(v) ? (Object.keys(v).map((k) => is(isColor, 'a CSS colour such as "#2f5bd3", "navy" or "rgb(47 91 211)"')(v[k], at(p, k))), true) : fail(p, 'an object of theme tokens, such as { "accent": "#2f5bd3" }', v)),
          locale: text,
          scale: is((v) => v === 2 || v === 5, '2 (thumbs up or down) or 5 (a 1–5 scale), for a csat widget'),
          reasons: list(text),
        },
        ['type'],
      ),
      'map',
    ],
    throttle: [shape({ quietDays: dayCount, maxPerSession: count }), ''],
    debug: [bool, ''],
    privacy: [shape({ consent: oneOf(['not-required', 'required', 'memory-until-consent']), respectGPC: bool }), ''],
  };
}

/**
 * Validates a config and returns what can be used of it. Never throws: every problem is listed
 * with its path and the part it sits in is dropped (a section, a journey, a step rule, a
 * widget), so the rest keeps working.
 */
export function validateConfig(input: unknown): { config: Config; problems: ConfigProblem[] } {
  problems = [];
  const config: Config = {};
  if (!isObject(input)) fail('', 'a JSON object', input);
  else {
    const known = sections(input.stages);
    const names = Object.keys(known);
    if (!owns(input, 'collector')) fail('/collector', 'an object such as { "url": "/mj/collect" }; events are kept until there is one', undefined);
    for (const [key, value] of Object.entries(input)) {
      const path = at('', key);
      const [check, kind] = owns(known, key) ? known[key] : [];
      if (!check) fail(path, `one of the sections ${names.join(', ')}`, key, suggest(key, names));
      else if (kind == 'list') {
        config[key] = Array.isArray(value) ? value.filter((v, i) => check(v, at(path, i))) : (fail(path, 'an array', value), []);
      } else if (kind == 'map') {
        config[key] = isObject(value) ? Object.fromEntries(Object.entries(value).filter(([k, v]) => check(v, at(path, k)))) : (fail(path, 'an object of entries by name', value), {});
      } else if (check(value, path)) config[key] = value;
    }
  }
  return { config, problems };
}
