// `npm start`: the collector and its report (http://127.0.0.1:8787/report, embedded storage in
// .microjourney/) and the demo shop at http://127.0.0.1:8080. PORT and MJ_PORT pick other ports;
// a port already taken is named, and at a terminal the next free one is offered.
import { createServer } from 'node:net';
import { createInterface } from 'node:readline/promises';
import { startDemo } from './demo.mjs';

const time = () => new Date().toISOString().slice(11, 19);
const ports = { shopPort: Number(process.env.PORT || 8080), collectorPort: Number(process.env.MJ_PORT || 8787) };

/** The first port from `from` up that nothing listens on, on 127.0.0.1. */
async function freePort(from) {
  for (let port = from + 1; port < from + 100; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/** At a terminal, asks whether to use another port; elsewhere (CI, a pipe) answers no. */
async function offer(question) {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`${question} [Y/n] `);
  rl.close();
  return !/^n/i.test(answer.trim());
}

let demo;
for (;;) {
  try {
    demo = await startDemo({
      ...ports,
      dataDir: process.env.MJ_DATA || '.microjourney',
      databaseUrl: process.env.DATABASE_URL,
      log: (line) => console.log(`${time()} collector: ${line}`),
    });
    break;
  } catch (err) {
    if (!/already in use/.test(err.message)) {
      console.error(`npm start: ${err.message}`);
      process.exit(1);
    }
    const which = err.port == ports.shopPort ? 'shopPort' : 'collectorPort';
    const [name, env] = which == 'shopPort' ? ['the shop', 'PORT'] : ['the collector', 'MJ_PORT'];
    const next = await freePort(ports[which]);
    console.error(
      `npm start: port ${ports[which]} for ${name} is already in use (another npm start?). Stop what uses it, or pick another: ${env}=${next} npm start`,
    );
    if (!next || !(await offer(`Use port ${next} for ${name} instead?`))) process.exit(1);
    ports[which] = next;
  }
}

const { shopUrl, reportUrl, collector } = demo;
console.log(`microjourney demo
  shop       ${shopUrl}/              the demo shop: browse, check out, answer the surveys
  report     ${reportUrl}     what a product team reads
  storage    ${collector.db.kind == 'pglite' ? `PGlite in ${collector.db.where}` : collector.db.where}
Fill the report with simulated customers: npm run seed   (in another terminal, while this runs)
Ctrl+C stops both.`);

for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, async () => {
    console.log(`${time()} ${signal}: stopping`);
    process.once(signal, () => process.exit(130));
    await demo.close();
    process.exit(0);
  });
