// `npm run bench:track`: the main-thread cost of one custom-event call in Chromium (DESIGN §9
// aims at track() under 0.02 ms median and 0.2 ms p99), microjourney beside the peers of
// `npm run bench:peers` in one browser run, each on its page from the peers server
// (bench/peers/: the same snippets, the same product page):
// - the burst: 100 calls back to back on a page that just started, timed as one block and
//   divided by 100, for every SDK (issue 12 §3);
// - microjourney's steady state: after 200 warm-up calls, blocks of 20 track() calls, each block
//   in a task of its own; the median, p90 and p99 of the blocks' ms per call.
//
//   npm run bench:track -- [--rounds 9] [--steady-rounds 100] [--smoke] [--verbose]
//
// Each round loads every SDK's page fresh (first visit), in an order that alternates. --smoke:
// one round, 10 steady blocks, nothing saved. A benchmark, not a test: it reports, it does not
// pass or fail on times.
import { loadavg } from 'node:os';
import { SDKS } from './peers/sdks.mjs';
import { argument, installPeers, launchChromium, requireBuild, saveResults, startProductServer, versions } from './peers/setup.mjs';
import { ratio, table } from './peers/stats.mjs';
import { measureTrack } from './track/measure.mjs';

const smoke = process.argv.includes('--smoke');
const verbose = process.argv.includes('--verbose');
const rounds = smoke ? 1 : Number(argument('rounds', 9));
const steady = { warmUp: 200, rounds: smoke ? 10 : Number(argument('steady-rounds', 100)), calls: 20 };
const progress = (line) => console.log(`bench:track: ${line}`);

const ms = (n, digits = 3) => (n == null ? '—' : `${n.toFixed(digits)} ms`);

function printTrack({ burst, steady: s }, machine) {
  const mine = burst.rows.find((r) => r.sdk === 'microjourney');
  console.log(
    `\nOne custom-event call in a burst of ${burst.calls}, ms per call: median (min–max) of ${burst.rounds} round${burst.rounds > 1 ? 's' : ''}, a fresh page each (${machine.browser}, ${machine.cpus} cores, Node ${machine.node}; load average ${machine.loadAverage.before.toFixed(1)} before, ${machine.loadAverage.after.toFixed(1)} after)`,
  );
  const rows = burst.rows.map((r) => [
    r.sdk,
    `${ms(r.perCallMs.median)} (${r.perCallMs.min.toFixed(3)}–${r.perCallMs.max.toFixed(3)})`,
    r === mine ? '—' : `${ratio(mine.perCallMs.median, r.perCallMs.median)} ${r.sdk}'s`,
  ]);
  console.log(table(['SDK', 'per call in the burst', "microjourney's as a share"], rows));
  console.log(
    `\nmicrojourney track(), steady state: median ${ms(s.medianMs, 4)}, p90 ${ms(s.p90Ms, 4)}, p99 ${ms(s.p99Ms, 4)} per call (max ${ms(s.maxMs, 4)}): ${s.blocks} blocks of ${s.calls} calls on ${s.pages} page${s.pages > 1 ? 's' : ''}, after ${s.warmUp} warm-up calls each, timed with a clock of ${(s.clockMs * 1000).toFixed(1)} µs steps\n`,
  );
}

async function main() {
  requireBuild('bench:track');
  installPeers(progress);
  const results = { date: new Date().toISOString(), versions: versions(SDKS), steps: {} };
  const { browser, machine } = await launchChromium();
  // Other work on the machine slows every SDK alike, but widens the spread: the load is kept.
  results.machine = { ...machine, loadAverage: { before: loadavg()[0] } };
  const server = await startProductServer({ sdks: SDKS, log: verbose ? console.log : () => {} });
  try {
    progress(`${rounds} round${rounds > 1 ? 's' : ''}: each SDK's page loaded fresh, then a burst of 100 calls; microjourney's steady state on its page`);
    Object.assign(results.steps, await measureTrack({ browser, server, sdks: SDKS, rounds, steady, progress }));
  } finally {
    await browser.close();
    await server.close();
  }
  results.machine.loadAverage.after = loadavg()[0];
  printTrack(results.steps, results.machine);
  if (smoke) return progress('smoke run done (nothing saved)');
  saveResults('track', results, progress);
}

main().catch((error) => {
  console.error(error.message.startsWith('bench:track') ? error.message : `bench:track: ${error.stack}`);
  process.exit(1);
});
