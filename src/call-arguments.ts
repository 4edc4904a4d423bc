import type { Props } from './api';
import { fromJson, toJson } from './lib/json';
import { utf8Bytes } from './lib/take-batch';

/** Names and user ids: at most 200 characters, not blank. */
export const isName = (v: unknown) => typeof v == 'string' && !!v.trim() && v.length <= 200;

/**
 * A JSON copy of a recording command's props (what is stored and sent is what was passed then),
 * or `false` when they are not an object, hold what JSON cannot (a cycle, a BigInt), exceed
 * 16 KB of JSON or have a key over 200 characters. No props: `undefined`.
 */
export function copyProps(props: unknown): Props | undefined | false {
  if (props === undefined) return;
  try {
    const json = toJson(props);
    const copy = fromJson(json) as Props;
    // A UTF-16 unit is at most 3 bytes of UTF-8: a short text need not be encoded to be measured.
    return (
      !!props &&
      typeof props == 'object' &&
      !Array.isArray(props) &&
      (json.length <= 5461 || utf8Bytes(json) <= 16384) &&
      Object.keys(copy).every((key) => key.length <= 200) &&
      copy
    );
  } catch {
    return false;
  }
}
