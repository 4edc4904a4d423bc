import { parseServeOptions, SERVE_HELP } from './serve-options.js';
import { startCollector } from './server.js';

/** `microjourney serve`: starts the collector, prints where everything is, stops cleanly on SIGTERM/SIGINT. */
export async function serve(argv: string[]): Promise<number> {
  const { options, verbose, help, problems } = parseServeOptions(argv, process.env);
  if (help) return (console.log(SERVE_HELP), 0);
  if (problems.length) {
    for (const p of problems) console.error(`microjourney serve: ${p}`);
    return 2;
  }
  const time = () => new Date().toISOString().slice(11, 19);
  const log = (line: string) => console.log(`${time()} ${line}`);
  let collector;
  try {
    collector = await startCollector({ ...options, log: verbose ? log : (line) => /refused|fail|could not|given up/.test(line) && log(line) });
  } catch (err) {
    console.error(`microjourney serve: ${(err as Error).message}`);
    return 1;
  }
  const { url, db } = collector;
  const report = `${url}/report${options.token ? `?token=${encodeURIComponent(options.token)}` : ''}`;
  console.log(`microjourney collector ready
  ingest   POST ${url}${options.collectPath}
  report   ${report}
  storage  ${db.kind == 'pglite' ? `PGlite (embedded) in ${db.where}` : `PostgreSQL at ${db.where}`}${options.webhook ? `\n  webhook  ${options.webhook} (${options.webhookAll ? 'every answer' : 'negative answers'}${options.webhookSecret ? ', signed' : ', unsigned: set --webhook-secret'})` : ''}
Ctrl+C stops it after the batches in flight are stored.`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      console.log(`${time()} ${signal}: finishing the batches in flight, then stopping`);
      process.once(signal, () => process.exit(130));
      collector.close().then(resolve, (err) => {
        console.error(`microjourney serve: could not close cleanly: ${(err as Error).message}`);
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
