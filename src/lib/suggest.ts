/** Edit distance between two short strings (Levenshtein, one row). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** ` (did you mean "exit-intent"?)` for a near miss among `options`, else an empty string. */
export function suggest(found: string, options: readonly string[]): string {
  let best = '';
  let bestDistance = Math.max(2, found.length / 3);
  for (const option of options) {
    const d = distance(found.toLowerCase(), option.toLowerCase());
    if (d <= bestDistance) [best, bestDistance] = [option, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}
