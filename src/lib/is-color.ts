/**
 * A CSS colour: a hex colour, a colour keyword, or a colour function (`rgb()`, `hsl()`, `oklch()`,
 * `color()`, …) of plain numbers. No `var()` (its fallback may hold a `url()`), no other function.
 */
export const isColor = (v: unknown) =>
  typeof v == 'string' &&
  (/^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.test(v) || /^[a-z]{3,30}$/i.test(v) || /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([\w\s.,%/+-]*\)$/i.test(v));
