/** The referrers chunk, `dist/referrers.js`: which search engine or social site an arrival came from, loaded when one came from another site. */
export { classifyReferrer } from '../referrers';
