import { createMicrojourney } from './create-microjourney';
import type { Microjourney } from './api';
import type { Config } from './types';

/**
 * Starts microjourney from a bundle: `import { init } from 'microjourney'`. Widget chunks
 * resolve against this module's URL (`dist/widgets/` beside it) unless `options.base` names
 * where they are served.
 */
export function init(config: Config | string, options: { base?: string } = {}): Microjourney {
  // A relative base ("/assets/mj/") is resolved against the page.
  const base = new URL(options.base || import.meta.url, location.href).href;
  const chunks = { diagnostics: () => import('./diagnostics'), formats: () => import('./formats'), rules: () => import('./rules-chunk'), 'local-store': () => import('./local-store'), delivery: () => import('./delivery'), referrers: () => import('./referrers'), consent: () => import('./consent'), show: () => import('./show-widget'), vitals: () => import('./vitals-chunk') };
  return createMicrojourney(config, { base, load: (name) => chunks[name]() as any });
}
