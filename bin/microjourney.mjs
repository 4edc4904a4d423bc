#!/usr/bin/env node
// `npx microjourney validate <config.json>…`: the config validator the browser runs, on files.
// Lists every problem with its JSON Pointer path; exits 1 when a file has problems, 0 when all
// are valid, 2 on a usage error.
import { readFileSync } from 'node:fs';
import { validateConfig } from '../dist/diagnostics.js';

const [command, ...files] = process.argv.slice(2);
if (command !== 'validate' || !files.length) {
  console.error('usage: microjourney validate <config.json> [more.json …]');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
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
