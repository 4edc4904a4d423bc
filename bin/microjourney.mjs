#!/usr/bin/env node
// `npx microjourney <command>`:
//   validate <config.json>…  the config validator the browser runs, on files. Lists every problem
//                            with its JSON Pointer path; exits 0 when all are valid, 1 when a file
//                            has problems, 2 when a file cannot be checked or is pathological
//                            (prototype-named keys), or on a usage error.
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
const { validateConfig } = await import('../dist/validator.js');
// Exit 1: a config with problems (each listed with its JSON Pointer); exit 2: a file that could
// not be checked at all (unreadable, not JSON, nested too deep to walk), a pathological one (keys
// named like Object.prototype members, listed with the other problems), or a usage error.
let status = 0;
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);
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
  // Keys named like Object.prototype members are listed with the rest, and make the file
  // pathological (exit 2): no config needs them, and a reader that trusts them can be misled.
  const prototypeNamed = [
    ...new Set(problems.map((p) => p.path.split('/').pop().replace(/~1/g, '/').replace(/~0/g, '~')).filter((k) => PROTOTYPE_KEYS.has(k))),
  ];
  status = prototypeNamed.length ? 2 : status || 1;
  console.error(
    `${file}: ${problems.length} problem${problems.length > 1 ? 's' : ''}${prototypeNamed.length ? `, among them keys named like Object.prototype members (${prototypeNamed.join(', ')}): remove or rename them` : ''}`,
  );
  for (const p of problems) console.error(`  ${p.path || '/'}: ${p.message}`);
}
process.exit(status);
