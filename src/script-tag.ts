/**
 * The classic-script entry, `dist/microjourney.js`:
 *
 *   <script async src="/mj/microjourney.js" data-config="/mj/microjourney.json"></script>
 *
 * `data-consent` declares the config's `privacy.consent` before the config arrives.
 * Reads the config from `data-config` (a URL) or an inline
 * `<script type="application/json" id="microjourney-config">`, replays the calls the stub
 * queued, and leaves `window.microjourney` callable both ways: `microjourney('step', 'x')`
 * and `microjourney.step('x')`.
 */
import { COMMANDS } from './commands';
import { createMicrojourney } from './create-microjourney';
import type { Instance } from './api';
import { createReporter } from './lib/create-reporter';

const w = window as any;

if (!w.microjourney?.loaded) {
  const script = document.currentScript as HTMLScriptElement | null;
  // Chunks resolve against the script's own URL, wherever the page is.
  const base = script?.src || location.href;
  let queued: ArrayLike<any>[] = [];
  try {
    // No stub is the common case: not thrown (a page's first exception costs it 1-2 ms: channel.ts).
    queued = Array.from(w.microjourney?.q || queued);
  } catch {
    /* a queue that is not a list: nothing to replay */
  }
  const early: [string, unknown[]][] = [];
  const load = (name: string) => import(/* @vite-ignore */ new URL(name + '.js', base).href);
  let instance: Instance | undefined;

  const call = (name: string, ...args: unknown[]): unknown => {
    if (name != 'init') return instance ? instance.dispatch(name, args) : void early.push([name, args]);
    if (instance) return instance.report('init-again');
    instance = createMicrojourney(args[0] as any, { base, load, consent: script?.dataset.consent });
    early.splice(0).forEach(([n, a]) => instance!.dispatch(n, a));
  };

  const api = Object.assign((...args: [string]) => call(...args), { loaded: true });
  for (const name of ['init', ...COMMANDS]) (api as any)[name] = (...args: unknown[]) => call(name, ...args);
  w.microjourney = api;

  /** An inline `<script type="application/json" id="microjourney-config">`, if there is one (and no config yet). */
  const inlineInit = () => {
    const inline = document.getElementById('microjourney-config');
    if (instance || !inline) return instance;
    try {
      call('init', JSON.parse(inline.textContent!));
    } catch (err) {
      call('init', {});
      instance!.report('config-inline', (err as Error).message);
    }
    return true;
  };
  // data-config first; then the stub's queue in order (an init there starts it, if nothing did);
  // then an inline config, which may come later in the document than an async script.
  if (script?.dataset.config) call('init', script.dataset.config);
  // Each queued call alone: one that cannot even be read costs itself only.
  for (const args of queued)
    try {
      call(...(Array.from(args) as [string]));
    } catch (err) {
      instance?.report('internal', 'queue', String(err));
    }
  const later = () => inlineInit() || createReporter(() => load('diagnostics'))('config-missing');
  if (!inlineInit()) document.readyState == 'loading' ? document.addEventListener('DOMContentLoaded', later) : later();
}
