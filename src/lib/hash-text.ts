/** FNV-1a, 32 bits, as hex: a cheap fingerprint for "have I seen this text before?", not security. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(16);
}
