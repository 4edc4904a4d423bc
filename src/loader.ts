import type { WidgetModule } from './types';

/**
 * Loads a widget chunk with `import()`. Callers resolve its URL against the script's own URL
 * (`widgets/<type>.js` beside the core, not beside the page), so chunks come from the site's
 * own origin and `script-src 'self'` is enough. Nothing is fetched before this call.
 */
export const loadWidget = (url: string): Promise<WidgetModule> => import(/* @vite-ignore */ url);
