// Medians with min–max, and the ratios the README states.
export function summary(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/** "0.33×": ours as a share of theirs, or "—" when either is missing or theirs is zero. */
export const ratio = (ours, theirs) => (ours == null || !theirs || theirs < 0 ? '—' : ours <= 0 ? 'none measured' : `${(ours / theirs).toFixed(2)}×`);

/** "24.1 ms (20.3–30.2)" from a summary, with `unit` and the digits wanted. */
export const spread = (s, unit, digits = 1) => (s ? `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : '—');

/** Every field of a list of records, summarised. */
export function summarise(records, fields) {
  return Object.fromEntries(fields.map((f) => [f, summary(records.map((r) => r[f]))]));
}

/** Prints a Markdown table (it reads in a terminal and pastes into the README). */
export function table(head, rows) {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  return lines.join('\n');
}
