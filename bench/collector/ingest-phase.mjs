// bench:collector's first phase: ingest throughput and acknowledgement time, on each back end, of a
// collector process loaded by concurrent keep-alive clients (see bench/collector.mjs for the method).
import { machineCpu, postgresCpuSeconds, startCollectorProcess } from './collector-process.mjs';
import { runLoad } from './ingest-load.mjs';
import { createJourneyStream, makeBatches } from './journeys.mjs';
import { fmt, log } from './log.mjs';
import { countStoredIn, healthStored } from './read-back.mjs';
import { freshStorage } from './storage.mjs';

/** One row per back end: throughput, acknowledgement times, where the CPU went, and the count read back. */
export async function benchIngest(backends, { clients, events, seconds, batchSize, targets, dist }) {
  const now = Date.now();
  log(`ingest: preparing ${fmt(events)} events in ${fmt(events / batchSize)} batches of ${batchSize}`);
  // Events of the last hour, in time order, as a live site sends them.
  const batches = makeBatches(createJourneyStream({ seed: 1, start: now - 3_600_000, end: now, total: events }), events, batchSize);
  const warmup = makeBatches(createJourneyStream({ seed: 2, start: now - 3_600_000, end: now }), 100 * batchSize, batchSize);
  const bytes = batches.reduce((n, b) => n + b.body.length, 0);
  log(`ingest: ${fmt(bytes / events)} bytes per event (the whole JSON body ÷ events)`);
  const rows = [];
  for (const backend of backends) {
    const storage = await freshStorage(backend);
    log(`ingest into ${storage.describe}: starting the collector`);
    const collector = await startCollectorProcess(storage.args, { databaseUrl: storage.databaseUrl });
    try {
      const warm = await runLoad(`${collector.url}/mj/collect`, warmup, { clients, seconds: 20 });
      log(
        `ingest into ${backend}: warm-up ${fmt(warm.stored)} events (${warm.errorCount} errors); now ${fmt(events)} events, ${clients} clients, at most ${seconds} s`,
      );
      const { load, cpu } = await loadMeasured(collector, backend, batches, { clients, seconds });
      const health = await healthStored(collector.url);
      const stopped = await collector.stop();
      const counted = await countStoredIn(storage, dist);
      const expected = warm.stored + load.stored;
      const eventsPerSecond = load.stored / load.wallSeconds;
      const target = targets.ingest[backend];
      const row = {
        backend,
        ...load,
        warmupStored: warm.stored,
        eventsPerSecond: Math.round(eventsPerSecond),
        bytesPerEvent: Math.round(bytes / events),
        storedInDatabase: counted,
        storedByHealthApi: health,
        countMatches: counted == expected,
        cpu,
        collectorExit: stopped,
        target,
        met: eventsPerSecond >= target,
      };
      logRow(row, expected);
      rows.push(row);
    } finally {
      await collector.stop();
    }
  }
  return rows;
}

/** The timed load, and where the CPU went while it ran (2 cores = 2 CPU-seconds a second at most). */
async function loadMeasured(collector, backend, batches, { clients, seconds }) {
  const serverCpu0 = collector.cpuSeconds();
  const clientCpu0 = process.cpuUsage();
  const postgresCpu0 = backend == 'postgres' ? postgresCpuSeconds() : null;
  const machine0 = machineCpu();
  const load = await runLoad(`${collector.url}/mj/collect`, batches, { clients, seconds });
  const machine1 = machineCpu();
  const postgresCpu = postgresCpu0 == null ? null : postgresCpuSeconds() - postgresCpu0;
  const clientCpu = process.cpuUsage(clientCpu0);
  const serverCpu = collector.cpuSeconds() - serverCpu0;
  const cpuMicros = (seconds) => (seconds == null || !load.stored ? null : Math.round((seconds * 1e6) / load.stored));
  const cpu = {
    collectorSeconds: serverCpu == null ? null : Math.round(serverCpu * 10) / 10,
    postgresSeconds: postgresCpu == null ? null : Math.round(postgresCpu * 10) / 10,
    loadGeneratorSeconds: Math.round(((clientCpu.user + clientCpu.system) / 1e6) * 10) / 10,
    machineBusy: machine0 && machine1 ? Math.round(((machine1.busy - machine0.busy) / (machine1.total - machine0.total)) * 100) / 100 : null,
    microsPerEvent: { collector: cpuMicros(serverCpu), postgres: cpuMicros(postgresCpu), loadGenerator: cpuMicros((clientCpu.user + clientCpu.system) / 1e6) },
  };
  return { load, cpu };
}

/** The row as one progress line: the throughput against its target, and whether the database holds every event. */
function logRow(row, expected) {
  const { backend, cpu } = row;
  log(
    `ingest into ${backend}: ${fmt(row.stored)} stored in ${row.wallSeconds} s = ${fmt(row.eventsPerSecond)} events/s (target ${fmt(row.target)}: ${row.met ? 'PASS' : 'MISS'}); ack p50 ${row.ackMs.p50} ms, p99 ${row.ackMs.p99} ms; ${row.errorCount} errors; ` +
      `database holds ${fmt(row.storedInDatabase)} (expected ${fmt(expected)}: ${row.countMatches ? 'matches' : 'DOES NOT MATCH'}); ` +
      `CPU per event: collector ${cpu.microsPerEvent.collector} µs${backend == 'postgres' && cpu.microsPerEvent.postgres != null ? `, PostgreSQL ${cpu.microsPerEvent.postgres} µs` : ''}, load generator ${cpu.microsPerEvent.loadGenerator} µs; machine ${Math.round((cpu.machineBusy ?? 0) * 100)} % busy`,
  );
  if (row.firstError) log(`ingest into ${backend}: first error: ${row.firstError}`);
}
