#!/usr/bin/env node
// `npx microjourney <command>`:
//   validate <config.json>…  the config validator the browser runs, on files. Lists every problem
//                            with its JSON Pointer path; exits 0 when all are valid, 1 when a file
//                            has problems, 2 when a file cannot be checked or on a usage error.
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
// Exit 1: a config with problems (each listed with its JSON Pointer); exit 2: a file that could
// not be checked at all (unreadable, not JSON, nested too deep to walk), or a usage error.
let status = 0;
const unusable = (file, why) => {
  console.error(`${file}: ${why}`);
  status = 2;
};
for (const file of args) {
  let config;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    if (err.code) unusable(file, `cannot read it (${err.code}): check the path and its permissions`);
    else if (err instanceof RangeError) unusable(file, 'nested too deeply to read: a config is a few levels deep');
    else unusable(file, `not valid JSON (${err.message}): fix the syntax, then validate again`);
    continue;
  }
  let problems;
  try {
    ({ problems } = validateConfig(config));
  } catch (err) {
    unusable(file, err instanceof RangeError ? 'nested too deeply to check: a config is a few levels deep' : `could not be checked (${err.message})`);
    continue;
  }
  if (!problems.length) {
    console.log(`${file}: valid`);
    continue;
  }
  status ||= 1;
  console.error(`${file}: ${problems.length} problem${problems.length > 1 ? 's' : ''}`);
  for (const p of problems) console.error(`  ${p.path || '/'}: ${p.message}`);
}
process.exit(status);
