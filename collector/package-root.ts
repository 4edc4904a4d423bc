import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder (the one holding `schema/`), found from this file whether it runs
 * compiled from `dist/collector/` or as source under a test runner.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'schema', 'event.schema.json'))) {
    const up = dirname(dir);
    if (up == dir) throw new Error(`cannot find the microjourney package (schema/event.schema.json) above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}
