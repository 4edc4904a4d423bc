// The building blocks of validateConfig (config.ts): checks that record each problem they find,
// with its JSON Pointer, into one list, and say whether the value passed.
import { owns } from './lib/owns';
import { parseDuration } from './lib/parse-duration';
import { suggest } from './lib/suggest';

/** One problem found in a config: where (a JSON Pointer, RFC 6901), what was expected, what was found. */
export interface ConfigProblem {
  path: string;
  message: string;
}

/** Checks a value at a path; records its problems and returns whether it is valid. */
export type Validator = (value: any, path: string) => boolean;

/** The problems found so far; validateConfig takes them (and empties the list) at the end of each call. */
export const problems: ConfigProblem[] = [];

/** A short, readable rendering of the value that was found. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value && typeof value == 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? text.slice(0, 37) + '…' : text;
}

/** A JSON Pointer one segment deeper, escaped per RFC 6901 (`~` → `~0`, `/` → `~1`). */
export const at = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

export const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v == 'object' && !Array.isArray(v);

export function fail(path: string, expected: string, found: unknown, hint = ''): false {
  problems.push({ path, message: `expected ${expected}, found ${show(found)}${hint}` });
  return false;
}

/** A check from a predicate and the words for what it expects. */
export const is =
  (test: (v: any) => unknown, expected: string): Validator =>
  (v, path) =>
    !!test(v) || fail(path, expected, v);

export const text = is((v) => typeof v == 'string' && v.trim(), 'a non-empty string');

export const oneOf =
  (options: string[]): Validator =>
  (v, path) =>
    options.includes(v) || fail(path, `one of ${options.map((o) => `"${o}"`).join(', ')}`, v, typeof v == 'string' ? suggest(v, options) : '');

/** Every check runs (so every problem is listed), unlike `every`. */
export const all = (results: boolean[]) => !results.includes(false);

/** A non-empty array whose items pass `item`. */
export const list =
  (item: Validator, expected = 'a non-empty array'): Validator =>
  (v, path) =>
    Array.isArray(v) && v.length ? all(v.map((x, i) => item(x, at(path, i)))) : fail(path, expected, v);

/** An object with known keys: an unknown key is a problem (with a suggestion), `required` keys must be there. */
export const shape =
  (fields: Record<string, Validator>, required: string[] = [], expected = 'an object'): Validator =>
  (v, path) =>
    isObject(v)
      ? all([
          ...required.map((k) => owns(v, k) || fail(at(path, k), `"${k}"`, undefined)),
          ...Object.keys(v).map((k) =>
            owns(fields, k)
              ? fields[k](v[k], at(path, k))
              : fail(at(path, k), `one of the keys ${Object.keys(fields).join(', ')}`, k, suggest(k, Object.keys(fields))),
          ),
        ])
      : fail(path, expected, v);

/** A CSS selector; checked for syntax where there is a DOM (the browser), else only for being text. */
export const selector: Validator = (v, path) => {
  if (!text(v, path)) return false;
  try {
    if (typeof document == 'object') document.createDocumentFragment().querySelector(v);
    return true;
  } catch {
    return fail(path, 'a valid CSS selector', v);
  }
};

export const share = is((v) => typeof v == 'number' && v >= 0 && v <= 1, 'a share between 0 and 1');
export const count = is((v) => Number.isInteger(v) && v > 0, 'a whole number above 0');
export const dayCount = is((v) => typeof v == 'number' && v >= 0, 'a number of days, 0 or more');
export const bool = is((v) => typeof v == 'boolean', 'true or false');
/** One value, or a non-empty list of them. */
export const oneOrMore =
  (check: Validator): Validator =>
  (v, p) =>
    Array.isArray(v) ? list(check)(v, p) : check(v, p);

/**
 * An http(s) URL, absolute or relative to a page. Other schemes are refused: a `data:` URL
 * "answers" without reaching any collector (events deleted), `javascript:` retries forever.
 */
export const isUrl = (v: unknown) => {
  try {
    return typeof v == 'string' && !!v.trim() && /^https?:$/.test(new URL(v, 'https://example.com/page').protocol);
  } catch {
    return false;
  }
};

export const duration = is((v) => parseDuration(v) >= 0, 'a duration such as "2s", "30m", "2h" or "7d"');

/** A URL condition: a glob, `{ "regex": … }`, or include/exclude lists of conditions. */
export const urlMatch: Validator = (v, path) => {
  if (typeof v == 'string') return text(v, path);
  if (isObject(v) && owns(v, 'regex')) {
    try {
      new RegExp(v.regex);
    } catch (err) {
      return fail(at(path, 'regex'), 'a valid regular expression', v.regex, ` (${(err as Error).message})`);
    }
    return shape({ regex: text })(v, path);
  }
  return shape(
    { include: list(urlMatch), exclude: list(urlMatch) },
    [],
    'a URL glob such as "/products/*", { "regex": "…" } or { "include": […], "exclude": […] }',
  )(v, path);
};
