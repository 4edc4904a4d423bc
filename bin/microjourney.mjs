#!/usr/bin/env node
// `npx microjourney <command>`:
//   validate <config.json>…  the config validator the browser runs, on files. Lists every problem
//                            with its JSON Pointer path; exits 1 when a file has problems, 0 when
//                            all are valid, 2 on a usage error.
//   serve [options]          the collector and its report (`serve --help` lists the options).
const [command, ...args] = process.argv.slice(2);
const USAGE = `usage: microjourney validate <config.json> [more.json …]
       microjourney serve [--port 8787] [--host 127.0.0.1] [--data .microjourney] [--token T] … (serve --help)`;

if (command == 'serve') {
  const { serve } = await import('../dist/collector/cli-serve.js');
  process.exit(await serve(args));
}
if (command != 'validate' || !args.length) {
  console.error(USAGE);
  process.exit(2);
}

const { readFileSync } = await import('node:fs');
const { validateConfig } = await import('../dist/diagnostics.js');
let failed = 0;
for (const file of args) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`${file}: cannot read it (${err.code || err.message})`);
    failed++;
    continue;
  }
  let config;
  try {
    config = JSON.parse(text);
  } catch (err) {
    console.error(`${file}: not valid JSON (${err.message})`);
    failed++;
    continue;
  }
  const { problems } = validateConfig(config);
  if (!problems.length) {
    console.log(`${file}: valid`);
    continue;
  }
  failed++;
  console.error(`${file}: ${problems.length} problem${problems.length > 1 ? 's' : ''}`);
  for (const p of problems) console.error(`  ${p.path || '/'}: ${p.message}`);
}
process.exit(failed ? 1 : 0);
