import type { UrlMatch } from '../types';

/** A glob as a RegExp: `*` matches within one path segment, `**` across segments. */
const globToRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*?/g, (star) => (star == '*' ? '[^/]*' : '.*'))}$`);

/**
 * Whether a URL matches a condition. Globs and regexes are tested against the path
 * (`/products/42`), or against the whole URL when the pattern names a scheme (`https://…`).
 * An include/exclude object matches when any include matches (or there is none) and no
 * exclude does.
 */
export function matchUrl(cond: UrlMatch, url: URL): boolean {
  const pattern = typeof cond == 'string' ? cond : 'regex' in cond ? cond.regex : '';
  if (pattern) return (pattern == cond ? globToRegExp(pattern) : new RegExp(pattern)).test(pattern.includes('://') ? url.href : url.pathname);
  const { include, exclude } = cond as { include?: UrlMatch[]; exclude?: UrlMatch[] };
  return (!include || include.some((c) => matchUrl(c, url))) && !exclude?.some((c) => matchUrl(c, url));
}

/** Whether a URL condition holds on the current page (none holds on every page): the one test of "here" for the rules, the gate and the detectors. */
export const holdsHere = (cond: UrlMatch | undefined) => cond === undefined || matchUrl(cond, new URL(location.href));
