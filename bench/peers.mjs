// `npm run bench:peers`: microjourney beside the SDKs a team would pick instead (PostHog with
// surveys, Segment's analytics-next, Snowplow), measured in one run on this machine: bytes,
// page-load cost, delivery under faults and survey reaction. The peers are installed here, into
// bench/peers/ (npm ci there on the first run), never by the project's own install.
//
//   npm run bench:peers -- [--loads 9] [--repeats 3] [--steps bytes,load,delivery,reaction]
//                          [--scenarios id,id] [--smoke] [--verbose]
//
// --smoke: one load each and one pass of every scenario, nothing saved (npm test runs it so the
// benchmark cannot rot). A benchmark, not a test: it reports, it does not pass or fail.
import { SDKS } from './peers/sdks.mjs';
import { argument, installPeers, launchChromium, peers, requireBuild, root, saveResults, startProductServer, versions } from './peers/setup.mjs';
import { measureBytes } from './peers/step-bytes.mjs';
import { measureDelivery } from './peers/step-delivery.mjs';
import { measurePageLoads } from './peers/step-load.mjs';
import { measureReaction } from './peers/step-reaction.mjs';
import { printBytes, printDelivery, printLoads, printReaction } from './peers/print.mjs';

const smoke = process.argv.includes('--smoke');
const verbose = process.argv.includes('--verbose');
const loads = smoke ? 1 : Number(argument('loads', 9));
const steps = new Set(argument('steps', 'bytes,load,delivery,reaction').split(','));
const progress = (line) => console.log(`bench:peers: ${line}`);

async function main() {
  requireBuild('bench:peers');
  installPeers(progress);
  const results = { date: new Date().toISOString(), versions: versions(SDKS), steps: {} };
  if (steps.has('bytes')) {
    progress('bytes: gzip -9 and brotli 11 of what each SDK loads before any survey, and of its first survey');
    results.steps.bytes = { rows: measureBytes({ root, peers, sdks: SDKS }) };
    printBytes(results.steps.bytes.rows, results.versions);
  }
  const { browser, machine } = await launchChromium();
  results.machine = machine;
  const server = await startProductServer({ sdks: SDKS, log: verbose ? console.log : () => {} });
  try {
    if (steps.has('load')) {
      progress(`page load: ${loads} alternated load${loads > 1 ? 's' : ''} of each page in one Chromium`);
      results.steps.load = await measurePageLoads({ browser, server, sdks: SDKS, loads, progress });
      printLoads(results.steps.load);
    }
    if (steps.has('delivery')) {
      // The smoke run keeps to two scenarios (one of them answers a survey), with a short deadline.
      const only = smoke ? ['reload', 'navigate-after-answer'] : argument('scenarios', '').split(',').filter(Boolean);
      results.steps.delivery = await measureDelivery({
        browser,
        server,
        sdks: SDKS,
        only,
        repeats: smoke ? 1 : Number(argument('repeats', 3)),
        deadlineMs: smoke ? 20_000 : undefined,
        progress,
      });
      printDelivery(results.steps.delivery);
    }
    if (steps.has('reaction')) {
      progress(`survey reaction: ${loads} round${loads > 1 ? 's' : ''}, cold and warm, for the SDKs with surveys`);
      results.steps.reaction = { rounds: loads, rows: await measureReaction({ browser, server, sdks: SDKS, loads, progress }) };
      printReaction(results.steps.reaction.rows);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  results.unanswered = [...server.unknown];
  if (server.unknown.size) progress(`requests nothing answered (404): ${[...server.unknown].join(', ')}; an SDK asks for more than bench/peers/sdks/ stubs`);
  if (smoke && server.unknown.size) throw new Error('bench:peers: the smoke run failed: an SDK asked for something its stubs do not answer (above)');
  if (smoke) return progress('smoke run done (nothing saved)');
  saveResults('peers', results, progress);
}

main().catch((error) => {
  console.error(error.message.startsWith('bench:peers') ? error.message : `bench:peers: ${error.stack}`);
  process.exit(1);
});
