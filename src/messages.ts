/**
 * Every console message the SDK prints, by code. They live in the diagnostics chunk, loaded
 * only when there is something to say, so the core does not ship their text to every visitor.
 * Each says what failed, on what, and what to do. The code is `MicrojourneyError.code`.
 */
import { COMMANDS } from './commands';
import { toJson } from './lib/json';

/** What each command takes, for the message about a call with the wrong arguments. */
const USAGE: Record<string, string> = {
  step: 'a step name string (`journey:step` for a named journey) and an optional props object',
  track: 'an event name string and an optional props object',
  stage: 'a stage name string',
  identify: 'a user id string and an optional traits object',
  show: 'a widget id string',
  on: 'an event name (response, shown, dismissed, error, flush) and a function',
  handoff: 'a URL string',
  consent: 'true (granted) or false (withdrawn), or nothing to read the decision',
  explain: 'an optional widget id string',
};

/** An argument as the message shows it (shortened); what JSON cannot hold is named by its type. */
function show(value: unknown): string {
  let text: string;
  try {
    text = String(toJson(value));
  } catch {
    return `(${typeof value} that JSON cannot hold)`;
  }
  return text.length > 80 ? `${text.slice(0, 60)}… (${text.length} characters)` : text;
}

/** Why a recording call was refused for its size, if it was: the limits of create-microjourney.ts. */
function overLimit([name, props]: unknown[]): string {
  if (typeof name == 'string' && name.length > 200) return ` (${name.length} characters: at most 200)`;
  let json = '';
  try {
    json = toJson(props) || '';
  } catch {
    return '';
  }
  if (new TextEncoder().encode(json).length > 16384) return ` (${json.length} characters of JSON: at most 16 KB)`;
  const key = props && typeof props == 'object' ? Object.keys(props).find((k) => k.length > 200) : undefined;
  return key ? ` (a key of ${key.length} characters: at most 200)` : '';
}

const MESSAGES: Record<string, (...p: any[]) => string> = {
  config: (where: string, problems: { path: string; message: string }[]) =>
    `the config${where && ' from ' + where} has ${problems.length} problem(s); the parts named are ignored and tracking continues. Fix the config:\n${problems.map((p) => `  ${p.path || '/'}: ${p.message}`).join('\n')}`,
  'config-load': (where: string, why: string) =>
    `could not load the config from ${where}: ${why}. Check data-config; tracking continues and events are kept until a collector is configured.`,
  'config-missing': () =>
    'no config. Add data-config="/mj/microjourney.json" to the script tag, an inline <script type="application/json" id="microjourney-config">, or call microjourney("init", config).',
  'config-inline': (why: string) => `the inline #microjourney-config is not valid JSON (${why}); tracking continues without a collector. Fix the JSON.`,
  diagnostics: (why: string) => `could not load validator.js beside microjourney.js (${why}); the config is used unchecked. Serve the whole dist/ folder.`,
  'init-again': () => 'init() was called again; the first config stays. Call init once, or rely on data-config alone.',
  command: (command: string, args: unknown[]) =>
    `${command}() expects ${USAGE[command]}, got (${args
      .map(show)
      .join(', ')
      .replace(/(, undefined)+$/, '')})${overLimit(args)}; the call was ignored.`,
  'unknown-command': (name: unknown) => `unknown command ${show(name)}; the call was ignored. Commands: init, ${COMMANDS.join(', ')}.`,
  stored: (key: string) =>
    `the stored value mj_${key} was not what microjourney wrote (another script, an extension or a manual edit changed it); it was discarded and is rebuilt. If this repeats, find what writes to mj_ keys.`,
  'unknown-step': (journey: string, step: string, steps: string[]) =>
    `step "${journey}:${step}" is not in /journeys/${journey}/steps (${steps.join(', ')}); it is recorded, but cannot start or complete the journey.`,
  'unknown-widget': (id: string, known: string[]) =>
    `show("${id}"): there is no widget "${id}" in /widgets (known: ${known.join(', ') || 'none'}). Add it to the config or fix the id.`,
  rules: (what: string, why: string) => `the widget rules failed on ${what} (${why}); the page is unaffected. Please report this bug with the message.`,
  'widget-text': (id: string, locale: string) =>
    `widget "${id}" has no /widgets/${id}/text/${locale}/question; the English one is shown. Add the ${locale} text to the config.`,
  'widget-theme': (id: string, key: string, value: unknown, tokens: string[]) =>
    `widget "${id}": theme.${key} = ${JSON.stringify(value)} is not a color token this widget knows (${tokens.join(', ')}); it is ignored.`,
  widget: (id: string, url: string, why: string) =>
    `could not show widget "${id}" from ${url} (${why}). Serve the dist/widgets/ folder beside microjourney.js.`,
  internal: (command: string, why: string) => `${command}() failed (${why}); the page is unaffected. Please report this bug with the message.`,
  transform: (why: string) =>
    `building the request body failed (${why}); sending is paused and the events are kept. Check collector.transform and collector.format.`,
  chunk: (name: string) => `could not load ${name}.js beside microjourney.js; events are kept until it loads. Serve the whole dist/ folder.`,
  listener: (event: string, why: string) => `an on('${event}') listener threw (${why}); the other listeners still ran. Fix the listener.`,
  storage: (why: string) => `could not write events to IndexedDB (${why}); they are kept in memory for this page only. Check the browser's storage settings.`,
  'collector-paused': (url: string, status: number, events: number) =>
    `the collector at ${url} answered ${status}; sending is paused until the next page view or flush(), and the ${events} queued events are kept. Check collector.url and the collector's authorisation.`,
  'dead-letter': (url: string, status: number, type: string) =>
    `the collector at ${url} refused one ${type} event with ${status}; it is set aside in the dead-letter store and the rest of its batch was sent. Check what the collector accepts.`,
  collector: (url: string, status: number, events: number) =>
    `the collector at ${url} answered ${status || 'with a network error or timeout'} for a batch of ${events} events; they stay queued and are retried with backoff. Check collector.url and that the collector accepts a POST.`,
};

/** The console text for a message code and its parameters. */
export const describe = (code: string, params: unknown[]) =>
  'microjourney: ' + ({}.hasOwnProperty.call(MESSAGES, code) ? MESSAGES[code]!(...params) : `${code} ${params.map(show).join(', ')}`);

/** Codes printed with `console.error`; the rest are warnings (the SDK carries on either way). */
const ERRORS = ['config', 'config-load', 'config-inline', 'diagnostics'];
export const printedAs = (code: string) => (ERRORS.includes(code) ? 'error' : 'warn');
