import { ATTRIBUTION_PARAMS } from './channel';
import type { PageContext } from './types';

/** `url` without its hash and without every query parameter but the attribution ones (no PII). */
export function cleanUrl(url: URL): string {
  const u = new URL(url.origin + url.pathname);
  for (const key of ATTRIBUTION_PARAMS) {
    const v = url.searchParams.get(key);
    if (v) u.searchParams.set(key, v);
  }
  return u.href;
}

/** A referrer as recorded: the full (cleaned) URL on this site, only the origin for another site. */
export function cleanReferrer(referrer: string): string {
  // No referrer is not parsed (a thrown error costs a page's first 1-2 ms: channel.ts).
  if (referrer)
    try {
      const ref = new URL(referrer);
      return ref.origin == location.origin ? cleanUrl(ref) : ref.origin + '/';
    } catch {
      /* not a URL */
    }
  return '';
}

let lastKey = '';
let lastPage: PageContext;

/** The page context every event carries; kept while the URL, the referrer and the title stay the same (a burst of calls parses them once). */
export function getPage(referrer: string): PageContext {
  const key = location.href + '\n' + referrer + '\n' + document.title;
  if (key == lastKey) return lastPage;
  const url = new URL(location.href);
  lastKey = key;
  // Within the collector's limits (event.schema.json), so a long title cannot get every event refused.
  return (lastPage = {
    url: cleanUrl(url).slice(0, 4096),
    path: url.pathname.slice(0, 2048),
    title: document.title.slice(0, 1000),
    referrer: cleanReferrer(referrer).slice(0, 4096),
  });
}
