// What each section of a config may hold, for validateConfig (config.ts); the JSON Schema
// (schema/microjourney.schema.json) says the same for editors, and a test holds the two together.
import { isColor } from './lib/is-color';
import { MOMENTS } from './moments/names';
import {
  all,
  at,
  bool,
  count,
  dayCount,
  duration,
  fail,
  is,
  isObject,
  isUrl,
  list,
  oneOf,
  oneOrMore,
  selector,
  shape,
  share,
  text,
  urlMatch,
} from './config-checks';
import type { Validator } from './config-checks';

/** A widget entry; `stage` checks a stage name against the config's `stages`. */
function widget(stage: Validator): Validator {
  return shape(
    {
      type: oneOf(['nps', 'csat', 'exit']),
      trigger: (v, p) =>
        shape(
          {
            on: oneOf([...MOMENTS]),
            step: text,
            event: text,
            stage,
            journey: text,
            url: urlMatch,
            delay: duration,
            incomplete: bool,
            minDwell: duration,
            hiddenFor: duration,
            depth: share,
            after: duration,
            metric: oneOf(['LCP', 'INP', 'CLS']),
          },
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
      text: (v, p) =>
        isObject(v)
          ? all(Object.keys(v).map((l) => shape({ question: text })(v[l], at(p, l))))
          : fail(p, 'an object of texts by locale, such as { "en": { "question": "…" } }', v),
      // A value that is not a colour is listed, and the widget ignores just that value (it still shows).
      theme: (v, p) =>
        isObject(v)
          ? (Object.keys(v).map((k) => is(isColor, 'a CSS colour such as "#2f5bd3", "navy" or "rgb(47 91 211)"')(v[k], at(p, k))), true)
          : fail(p, 'an object of theme tokens, such as { "accent": "#2f5bd3" }', v),
      locale: text,
      scale: is((v) => v === 2 || v === 5, '2 (thumbs up or down) or 5 (a 1–5 scale), for a csat widget'),
      reasons: list(text),
    },
    ['type'],
  );
}

/**
 * The sections of a config and how each is checked. Map-like sections (`journeys`, `widgets`)
 * and `steps` are checked entry by entry, so one bad entry is dropped and the others stay.
 */
export function sections(stages: unknown): Record<string, [Validator, 'map' | 'list' | '']> {
  const stage: Validator = Array.isArray(stages) ? oneOf(stages) : text;
  return {
    $schema: [text, ''],
    collector: [
      shape(
        {
          url: is(isUrl, 'an http(s) URL: absolute, or a path such as "/mj/collect"'),
          format: oneOf(['json', 'ndjson', 'segment']),
          transform: is((v) => typeof v == 'function', 'a function (batch) => body, in a config passed to init()'),
          headers: (v, p) =>
            isObject(v)
              ? all(Object.keys(v).map((k) => is((h) => typeof h == 'string', 'a string')(v[k], at(p, k))))
              : fail(p, 'an object of header names and values', v),
        },
        ['url'],
      ),
      '',
    ],
    touchpoint: [is((v) => /^[a-z][a-z0-9-]{0,31}$/.test(v), 'a lowercase name such as "web", "app", "store" or "kiosk"'), ''],
    stages: [list(text), ''],
    journeys: [shape({ steps: list(text), stage, abandonAfter: duration }, ['steps']), 'map'],
    steps: [
      shape(
        {
          name: text,
          stage,
          when: (v, p) => shape({ url: urlMatch, click: selector })(v, p) && (v.url || v.click ? true : fail(p, 'an object with "url" or "click"', v)),
        },
        ['name', 'when'],
      ),
      'list',
    ],
    widgets: [widget(stage), 'map'],
    throttle: [shape({ quietDays: dayCount, maxPerSession: count }), ''],
    debug: [bool, ''],
    privacy: [shape({ consent: oneOf(['not-required', 'required', 'memory-until-consent']), respectGPC: bool }), ''],
  };
}
