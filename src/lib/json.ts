/**
 * The JSON functions as they were when the first part of the SDK loaded, shared with the
 * chunks loaded later: a page that then replaces `JSON.stringify` or `JSON.parse` does not
 * change what the SDK stores and sends.
 */
const captured: Pick<JSON, 'stringify' | 'parse'> = ((globalThis as any)[Symbol.for('microjourney.json')] ||= {
  stringify: JSON.stringify,
  parse: JSON.parse,
});
/** Prototypes a page may have given a `toJSON` (Prototype.js did, for Array and String). */
const PROTOTYPES = [Array, Object, String, Number, Boolean].map((type) => type.prototype as any);

/**
 * JSON text as the standard defines it, even on a page that added `toJSON` to a built-in
 * prototype (an array would otherwise go out as a string and the collector refuse the event):
 * such a `toJSON` is set aside while this runs, then put back. Throws for what JSON cannot hold.
 */
export function toJson(value: unknown): string {
  const added = PROTOTYPES.map((proto) => Object.getOwnPropertyDescriptor(proto, 'toJSON'));
  added.forEach((own, i) => own && delete PROTOTYPES[i].toJSON);
  try {
    return captured.stringify(value);
  } finally {
    added.forEach((own, i) => own && Object.defineProperty(PROTOTYPES[i], 'toJSON', own));
  }
}

/** `JSON.parse` as it was when the SDK loaded. */
export const fromJson = (text: string): any => captured.parse(text);
