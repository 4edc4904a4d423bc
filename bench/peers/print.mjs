// The terminal's tables, one per step, in Markdown (they read in a terminal and paste into the
// README), with microjourney's figure as a share of each peer's.
import { ratio, spread, table } from './stats.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ours = (rows) => rows.find((r) => r.sdk === 'microjourney');

export function printBytes(rows, versions) {
  const mine = ours(rows);
  console.log(
    '\n' +
      table(
        ['SDK', 'version', 'before any survey (gzip / brotli)', 'first survey (gzip / brotli)', 'microjourney before any survey, brotli, as a share'],
        rows.map((r) => [
          r.sdk,
          versions[r.sdk],
          `${kb(r.beforeSurvey.gzip)} / ${kb(r.beforeSurvey.brotli)}`,
          r.firstSurvey ? `${kb(r.firstSurvey.gzip)} / ${kb(r.firstSurvey.brotli)}` : '— (no surveys)',
          r === mine ? '—' : ratio(mine.beforeSurvey.brotli, r.beforeSurvey.brotli),
        ]),
      ) +
      '\n',
  );
}

export function printLoads(load) {
  for (const visit of ['first', 'repeat']) {
    const mine = ours(load[visit]);
    console.log(
      `\nPage load, ${visit} visit: medians (min–max) of ${load.loads} load${load.loads > 1 ? 's' : ''}; "over bare" subtracts the page without an SDK`,
    );
    console.log(
      table(
        [
          'SDK',
          'script time',
          'task time',
          'JS heap',
          'long tasks',
          'custom event at the sink',
          'script over bare',
          'heap over bare',
          "microjourney's script over bare, as a share",
        ],
        load[visit].map((r) => [
          r.sdk,
          spread(r.scriptMs, 'ms'),
          spread(r.taskMs, 'ms'),
          spread(r.heapKb, 'KB', 0),
          r.longTasks ? `${r.longTasks.median} (${r.longTaskMs.median.toFixed(0)} ms)` : '—',
          spread(r.deliveredMs, 'ms', 0),
          r.overBare ? `${r.overBare.scriptMs?.toFixed(1)} ms` : '—',
          r.overBare ? `${r.overBare.heapKb?.toFixed(0)} KB` : '—',
          r.overBare && r !== mine ? ratio(mine.overBare.scriptMs, r.overBare.scriptMs) : '—',
        ]),
      ),
    );
  }
  console.log('');
}

export function printDelivery(delivery) {
  const sdks = delivery.totals.map((t) => t.sdk);
  const cell = (r) =>
    r.error
      ? `failed ${r.errors}×: ${r.error.slice(0, 60)}`
      : `${r.unique}/${r.expected}${r.lost ? `, ${r.lost} lost` : ''}${r.duplicates ? `, ${r.duplicates} dup.` : ''}`;
  const deadlines = [...new Set(delivery.scenarios.map((s) => s.deadlineMs / 1000))].join(' or ');
  console.log(
    `\nDelivery under faults, ${delivery.repeats} pass${delivery.repeats > 1 ? 'es' : ''}: unique events at the sink in a 2xx-answered request / events tracked; lost: not there ${deadlines} s after the scenario began; duplicates: deliveries beyond the first`,
  );
  const rows = delivery.scenarios.map((s) => [s.title, ...sdks.map((name) => cell(delivery.rows.find((r) => r.sdk === name && r.scenario === s.id)))]);
  rows.push(['all scenarios', ...delivery.totals.map((t) => `${t.unique}/${t.expected}, ${t.lost} lost, ${t.duplicates} dup.`)]);
  console.log(table(['scenario', ...sdks], rows) + '\n');
}

export function printReaction(rows) {
  const mine = ours(rows);
  console.log('\nSurvey reaction: trigger to survey visible, and the INP of answering (medians, min–max)');
  const rowsOut = rows.map((r) => [
    r.sdk,
    spread(r.cold.visibleMs, 'ms', 0),
    spread(r.warm.visibleMs, 'ms', 0),
    spread(r.cold.inpMs, 'ms', 0),
    r === mine ? '—' : `${ratio(mine.cold.visibleMs?.median, r.cold.visibleMs?.median)} / ${ratio(mine.warm.visibleMs?.median, r.warm.visibleMs?.median)}`,
  ]);
  console.log(table(['SDK', 'visible, cold', 'visible, warm', 'INP of answering', "microjourney's time to visible as a share (cold / warm)"], rowsOut) + '\n');
}
