import { suggest } from './lib/suggest';
import type { Config } from './types';
import { at, fail, isObject, problems } from './config-checks';
import { owns } from './lib/owns';
import { sections } from './config-sections';
import type { ConfigProblem } from './config-checks';

export type { ConfigProblem };

/**
 * Validates a config and returns what can be used of it. Never throws: every problem is listed
 * with its path and the part it sits in is dropped (a section, a journey, a step rule, a
 * widget), so the rest keeps working.
 */
export function validateConfig(input: unknown): { config: Config; problems: ConfigProblem[] } {
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
        config[key] = isObject(value)
          ? Object.fromEntries(Object.entries(value).filter(([k, v]) => check(v, at(path, k))))
          : (fail(path, 'an object of entries by name', value), {});
      } else if (check(value, path)) config[key] = value;
    }
  }
  // splice: this call's problems, leaving the list empty for the next call.
  return { config, problems: problems.splice(0) };
}
