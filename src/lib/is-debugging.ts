import type { Config } from '../types';

/** Debug mode: `debug` in the config, or `?microjourney_debug=1` on the page URL; every rule decision is printed. */
export const isDebugging = (config: Config) => !!config.debug || /[?&]microjourney_debug=1/.test(location.search);
