import type { Chunks } from './api';
import type { Report } from './lib/create-reporter';
import { hashText } from './lib/hash-text';
import { toJson } from './lib/json';
import { readState, writeState } from './lib/local-state';
import { whenIdle } from './lib/when-idle';
import type { Config } from './types';

/**
 * Checks a config with the validator chunk, which is loaded only for a
 * config this browser has not seen valid before: its fingerprint (the text with the SDK
 * version) is remembered once it passed, so repeat page views skip the download. A config with
 * problems is checked, and its problems reported, on every page view until it is fixed. The
 * validator waits for the page to be idle (within 0.5 s): the calls made meanwhile keep their
 * time and page, and are recorded once the config is applied.
 */
export async function checkConfig(
  raw: unknown,
  version: string,
  loadValidator: () => Promise<Chunks['validator']>,
  report: Report,
  where: string,
): Promise<Config> {
  const fingerprint = hashText(version + toJson(raw));
  if (readState('cfg') == fingerprint) return raw as Config;
  let validator: Chunks['validator'];
  try {
    validator = await whenIdle().then(loadValidator);
  } catch (err) {
    // Without the validator, use the config rather than stop tracking; the reporter says why.
    report('diagnostics', (err as Error)?.message);
    return raw && typeof raw == 'object' ? (raw as Config) : {};
  }
  const { config, problems } = validator.validateConfig(raw);
  if (problems.length) report('config', where, problems);
  else writeState('cfg', fingerprint);
  return config;
}

/**
 * Hands `start` the config: an object at once (`where` is ''), or the JSON at a URL once
 * fetched (`where` is the URL). A failed fetch is reported and starts with an empty config
 * (`where` is null: there is nothing to check).
 */
export function whenConfig(configOrUrl: Config | string, report: Report, start: (raw: unknown, where: string | null) => unknown): unknown {
  let where = configOrUrl as string;
  if (typeof configOrUrl != 'string') return start(configOrUrl, '');
  try {
    where = new URL(configOrUrl, location.href).href;
  } catch {
    /* not a URL: fetch says so, and the failure is reported */
  }
  fetch(where)
    .then((res) => (res.ok ? res.json() : Promise.reject(`HTTP ${res.status}`)))
    .then(
      (raw) => start(raw, where),
      (err) => {
        // `err` is "HTTP 404", a network TypeError, or a SyntaxError when the body is not JSON.
        report('config-load', where, String(err));
        return start({}, null);
      },
    );
}
