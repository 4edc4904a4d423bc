import { createMicrojourney } from './create-microjourney';
import type { Chunks, Microjourney } from './api';
import type { Config } from './types';

/** One import() per file in src/chunks/ (Chunks names them all, so a missing one does not type-check). */
export const loadChunk: { [K in keyof Chunks]: () => Promise<Chunks[K]> } = {
  diagnostics: () => import('./chunks/diagnostics'),
  validator: () => import('./chunks/validator'),
  formats: () => import('./chunks/formats'),
  rules: () => import('./chunks/rules'),
  triggers: () => import('./chunks/triggers'),
  'local-store': () => import('./chunks/local-store'),
  delivery: () => import('./chunks/delivery'),
  referrers: () => import('./chunks/referrers'),
  'kept-calls': () => import('./chunks/kept-calls'),
  consent: () => import('./chunks/consent'),
  show: () => import('./chunks/show'),
  vitals: () => import('./chunks/vitals'),
};

/**
 * Starts microjourney from a bundle: `import { init } from 'microjourney'`. Widget chunks
 * resolve against this module's URL (`dist/widgets/` beside it) unless `options.base` names
 * where they are served.
 */
export function init(config: Config | string, options: { base?: string; consent?: string } = {}): Microjourney {
  // A relative base ("/assets/mj/") is resolved against the page.
  const base = new URL(options.base || import.meta.url, location.href).href;
  return createMicrojourney(config, { base, consent: options.consent, load: (name) => loadChunk[name]() });
}
