import type { UrlMatch } from '../types';

const compiled = new Map<string, RegExp>();

/** A glob as a RegExp: `*` matches within one path segment, `**` across segments. */
function globToRegExp(glob: string): RegExp {
  let re = compiled.get(glob);
  if (!re) {
    const body = glob
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*|\*/g, (star) => (star == '*' ? '[^/]*' : '.*'));
    compiled.set(glob, (re = new RegExp(`^${body}$`)));
  }
  return re;
}

/**
 * Whether a URL matches a condition. Globs and regexes are tested against the path
 * (`/products/42`), or against the whole URL when the pattern names a scheme (`https://…`).
 * An include/exclude object matches when any include matches (or there is none) and no
 * exclude does.
 */
export function matchUrl(cond: UrlMatch, url: URL): boolean {
  if (typeof cond == 'string') return globToRegExp(cond).test(cond.includes('://') ? url.href : url.pathname);
  if ('regex' in cond) {
    const re = new RegExp(cond.regex);
    return re.test(cond.regex.includes('://') ? url.href : url.pathname);
  }
  const { include, exclude } = cond;
  return (!include || include.some((c) => matchUrl(c, url))) && !exclude?.some((c) => matchUrl(c, url));
}
