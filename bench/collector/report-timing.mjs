// Times the report's data API as the page loads it: each view over HTTP from a running collector,
// the first request (cold: the collector just started) and then `runs` more (median).
import { percentile } from './ingest-load.mjs';

export const VIEWS = ['summary', 'dimensions', 'attribution', 'funnels', 'stages', 'comments', 'inbox', 'health', 'options'];

const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The two ranges timed: the report's default (the last 30 days, today included) and 90 days
 * with a channel filter (`channel`).
 */
export function reportRanges(channel, now = Date.now()) {
  return [
    { name: '30 days', query: { from: day(now - 29 * 86_400_000), to: day(now) } },
    { name: `90 days, ${channel}`, query: { from: day(now - 89 * 86_400_000), to: day(now), channel } },
  ];
}

async function timeOne(url) {
  const t0 = performance.now();
  try {
    const res = await fetch(url);
    const text = await res.text();
    const ms = performance.now() - t0;
    const db = /db;dur=(\d+(?:\.\d+)?)/.exec(res.headers.get('server-timing') || '')?.[1];
    return { ms, status: res.status, bytes: text.length, dbMs: db == null ? null : Number(db), error: res.ok ? null : text.slice(0, 300) };
  } catch (err) {
    return { ms: performance.now() - t0, status: 0, bytes: 0, dbMs: null, error: err.message };
  }
}

/**
 * For each range and view: the cold (first) time and the median of `runs` more, in ms, with the
 * status and the size of the answer (a view slower than `repeatOverMs` cold is timed once).
 * Views are timed one after another, as nothing else runs.
 */
export async function timeReport(base, { channel, runs = 3, repeatOverMs = 10_000, log = () => {} }) {
  const out = [];
  for (const range of reportRanges(channel)) {
    for (const view of VIEWS) {
      const url = `${base}/report/api/${view}?${new URLSearchParams(range.query)}`;
      const cold = await timeOne(url);
      const warm = [];
      // A view that takes more than `repeatOverMs` cold is not repeated: its figure is the cold one.
      const repeat = cold.status == 200 && cold.ms <= repeatOverMs ? runs : 0;
      for (let i = 0; i < repeat; i++) warm.push(await timeOne(url));
      const times = warm.map((w) => w.ms).sort((a, b) => a - b);
      const round = (x) => (x == null ? null : Math.round(x * 10) / 10);
      const row = {
        range: range.name,
        view,
        query: range.query,
        status: cold.status,
        coldMs: round(cold.ms),
        medianMs: times.length ? round(percentile(times, 50)) : cold.status == 200 ? round(cold.ms) : null,
        repeated: times.length,
        runsMs: times.map(round),
        dbMs: warm.map((w) => w.dbMs),
        bytes: cold.bytes,
        error: cold.error,
      };
      log(
        `    ${range.name.padEnd(22)} ${view.padEnd(12)} ${cold.status == 200 ? `cold ${row.coldMs} ms, median ${row.medianMs} ms` : `failed: ${cold.status} ${cold.error}`}`,
      );
      out.push(row);
    }
  }
  return out;
}
