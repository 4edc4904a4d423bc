// The load generator: `clients` concurrent clients, each with its own keep-alive connection,
// POST prepared batches in a loop until the batches run out or the time is up. Each request's
// acknowledgement time is from sending it to the end of the collector's answer (which comes
// after the commit).
import http from 'node:http';

/** One POST on a keep-alive agent; resolves `{ status, body }`, never rejects (an error is status 0). */
function post(agent, target, batch) {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'Content-Length': batch.body.length, ...batch.headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (err) => resolve({ status: 0, body: err.message }));
      },
    );
    req.on('error', (err) => resolve({ status: 0, body: err.message }));
    req.end(batch.body);
  });
}

export const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : null);

/**
 * Sends `batches` to `url` with `clients` concurrent clients, stopping early after `seconds`.
 * Returns counts (sent, acknowledged, stored as the collector answered), errors by status,
 * the wall time, and the acknowledgement times' p50 / p95 / p99 / max in ms.
 */
export async function runLoad(url, batches, { clients, seconds }) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies = [];
  const errors = {};
  let firstError = null;
  let next = 0;
  let sentEvents = 0;
  let stored = 0;
  let duplicates = 0;
  let acknowledgedBatches = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let timedOut = false;

  async function client() {
    while (next < batches.length) {
      if (performance.now() >= deadline) {
        timedOut = true;
        return;
      }
      const batch = batches[next++];
      sentEvents += batch.events;
      const t0 = performance.now();
      const { status, body } = await post(agent, target, batch);
      const ms = performance.now() - t0;
      if (status == 200) {
        latencies.push(ms);
        acknowledgedBatches++;
        const answer = JSON.parse(body);
        stored += answer.stored;
        duplicates += answer.duplicates;
      } else {
        errors[status] = (errors[status] || 0) + 1;
        firstError ??= `${status} ${body.slice(0, 300)}`;
      }
    }
  }

  await Promise.all(Array.from({ length: clients }, client));
  const wallSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (x) => (x == null ? null : Math.round(x * 10) / 10);
  return {
    clients,
    batchSize: batches[0]?.events ?? 0,
    sentBatches: next,
    sentEvents,
    acknowledgedBatches,
    stored,
    duplicates,
    errors,
    errorCount: Object.values(errors).reduce((a, b) => a + b, 0),
    firstError,
    timedOut,
    wallSeconds: Math.round(wallSeconds * 1000) / 1000,
    ackMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies[latencies.length - 1]),
      mean: round(latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1)),
    },
  };
}
