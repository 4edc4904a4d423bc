/** What the request tells about the events it carries, where the events themselves do not. */
export interface RequestContext {
  /** `mobile`, `tablet` or `desktop`. */
  device: string;
  /** The first language of `Accept-Language`, lower case (`he-il`), or null. */
  locale: string | null;
  /** How the body was encoded: `json`, `ndjson` or `segment`. */
  format: string;
  /** What sent the batch, as the batch says (see `decodeBody`). */
  sdk?: string;
}

/**
 * The device class from the User-Agent (and the `Sec-CH-UA-Mobile` client hint), as analytics
 * tools do: the SDK does not spend bytes on it in every event, and a batch comes from one browser.
 */
export function deviceFromHeaders(userAgent = '', mobileHint?: string): string {
  if (mobileHint == '?1') return 'mobile';
  if (/iPad|Tablet|PlayBook|Silk|Kindle|Android(?!.*Mobile)/i.test(userAgent)) return 'tablet';
  if (/Mobi|iPhone|iPod|Android.*Mobile|Windows Phone|Opera Mini/i.test(userAgent)) return 'mobile';
  return 'desktop';
}

/** The first language of an `Accept-Language` header, or null. */
export function localeFromHeader(acceptLanguage = ''): string | null {
  const first = acceptLanguage.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return first && first != '*' && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(first) ? first : null;
}
