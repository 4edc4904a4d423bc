// The terminal table of bench:collector's results.
import { fmt } from './log.mjs';
import { VIEWS } from './report-timing.mjs';

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

/** The results as lines of text: the machine, the ingest table, a table per report size. */
export function formatTable(results, { machine, pgliteVersion, postgres, CLIENTS, BATCH, EVENTS, SECONDS, TARGETS }) {
  const lines = [];
  lines.push(
    '',
    `microjourney collector benchmark — ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}, PGlite ${pgliteVersion}${postgres ? `, ${postgres.version.split(' on ')[0]}` : ''}`,
  );
  if (results.ingest.length) {
    lines.push(
      '',
      `Ingest: ${CLIENTS} clients × ${BATCH}-event batches (${results.ingest[0].bytesPerEvent} B/event), up to ${fmt(EVENTS)} events or ${SECONDS} s, collector in its own process`,
    );
    lines.push(
      `${pad('back end', 10)} ${lpad('stored', 9)} ${lpad('seconds', 8)} ${lpad('events/s', 9)} ${pad('target', 14)} ${lpad('ack p50', 8)} ${lpad('p95', 7)} ${lpad('p99', 7)} ${lpad('max', 7)} ${lpad('errors', 6)}  read back`,
    );
    for (const r of results.ingest)
      lines.push(
        `${pad(r.backend, 10)} ${lpad(fmt(r.stored), 9)} ${lpad(r.wallSeconds.toFixed(1), 8)} ${lpad(fmt(r.eventsPerSecond), 9)} ${pad(`≥ ${fmt(r.target)} ${r.met ? 'PASS' : 'MISS'}`, 14)} ${lpad(r.ackMs.p50 + ' ms', 8)} ${lpad(r.ackMs.p95, 7)} ${lpad(r.ackMs.p99, 7)} ${lpad(r.ackMs.max, 7)} ${lpad(r.errorCount, 6)}  ${fmt(r.storedInDatabase)} ${r.countMatches ? 'ok' : 'MISMATCH'}`,
      );
  }
  for (const rep of results.report) {
    if (rep.skipped) {
      lines.push('', `Report at ${fmt(rep.size)} events on ${rep.backend}: ${rep.skipped}`);
      continue;
    }
    lines.push(
      '',
      `Report at ${fmt(rep.size)} events on ${rep.backend}, ${rep.analyzed ? `after ANALYZE (${fmt(rep.analyzeMs)} ms)` : 'without statistics'} (filled in ${rep.fill.seconds} s): ms per view, cold / median of 3${rep.size <= TARGETS.viewTargetSize ? `; target < ${fmt(TARGETS.viewMs)} ms` : ''}`,
    );
    const ranges = [...new Set(rep.views.map((v) => v.range))];
    lines.push(`${pad('view', 12)} ${ranges.map((r) => pad(r, 30)).join(' ')}`);
    for (const view of VIEWS) {
      const cells = ranges.map((range) => {
        const v = rep.views.find((x) => x.view == view && x.range == range);
        if (v.status != 200) return pad(`failed (${v.status})`, 30);
        const miss = rep.size <= TARGETS.viewTargetSize ? (Math.max(v.coldMs, v.medianMs) < TARGETS.viewMs ? ' PASS' : ' MISS') : '';
        return pad(`${fmt(v.coldMs)} / ${fmt(v.medianMs)}${miss}`, 30);
      });
      lines.push(`${pad(view, 12)} ${cells.join(' ')}`);
    }
  }
  for (const note of results.notes) lines.push('', note);
  return lines;
}
