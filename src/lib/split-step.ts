/** `checkout:shipping` → [`checkout`, `shipping`]; a plain `product_view` → [null, `product_view`]. */
export function splitStep(fullName: string): [string | null, string] {
  const colon = fullName.indexOf(':');
  return colon > 0 ? [fullName.slice(0, colon), fullName.slice(colon + 1)] : [null, fullName];
}
