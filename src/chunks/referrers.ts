/**
 * The referrers chunk, `dist/referrers.js`: where a visitor came from (utm_*, click ids, which
 * search engine or social site), loaded when a call came with campaign parameters, a click id
 * or from another site.
 */
export { classifyArrival } from '../arrival';
