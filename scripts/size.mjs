// `npm run size`: the gzip -9 size of every built script of the SDK, against the budgets in
// package.json; then the report page's, which is served by the collector, not shipped to sites.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const { sizeBudgets = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
for (const [group, budget] of Object.entries(sizeBudgets).filter(([k]) => k.includes(' + '))) {
  const gzip = group.split(' + ').reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  console.log(`${group}: ${gzip} B gzip (budget ${budget} B, ${budget - gzip} B left)`);
}
const collectorSide = (f) => /^dist\/(collector|report)\//.test(f);
for (const file of files('dist')
  .filter((f) => f.endsWith('.js') && !collectorSide(f))
  .sort()) {
  const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
  const budget = sizeBudgets[file];
  console.log(`${file.padEnd(40)} ${String(gzip).padStart(6)} B gzip${budget ? `  (budget ${budget} B, ${budget - gzip} B left)` : ''}`);
}
for (const file of ['dist/report/report.js', 'dist/report/report.css'].filter((f) => statSync(f, { throwIfNoEntry: false })))
  console.log(`${file.padEnd(40)} ${String(gzipSync(readFileSync(file), { level: 9 }).length).padStart(6)} B gzip  (the report page, served by the collector)`);
