// What stored values and kept calls must look like: pure checks, shared by the core and the rules chunk.

/**
 * What a stored value must look like: `''` a string of at most 200 characters (the collector's
 * limit for the names it holds), `0` a number, `true` a boolean, `null` a string or null, `{…}`
 * an object with at least those fields, a function its own test.
 */
export type Shape = string | number | boolean | null | ((value: any) => boolean) | { [field: string]: Shape };

export const fits = (value: any, shape: Shape): boolean =>
  shape === null
    ? value === null || fits(value, '')
    : typeof shape == 'function'
      ? shape(value)
      : typeof shape == 'object'
        ? !!value && typeof value == 'object' && Object.keys(shape).every((field) => fits(value[field], shape[field]))
        : typeof value == typeof shape && !(value.length > 200);

export const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
/** A source or a touch: a source and a medium, and nothing but short strings. */
export const isSource = (s: any) => fits(s, { source: '', medium: '' }) && Object.values(s).every((v) => fits(v, ''));
