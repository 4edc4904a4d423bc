/** What came back for a request: the HTTP status, 0 for a network error or timeout. */
export interface Delivery {
  status: number;
  /**
   * The response's headers (none for a network error or timeout). The delivery chunk reads
   * `Retry-After` there, not the core: the core stays small (issue 12 §4).
   */
  headers?: Pick<Headers, 'get'>;
}

/** How long one request may take before it counts as failed. */
export const REQUEST_TIMEOUT = 10_000;

/**
 * POSTs a body. A string body goes as `text/plain;charset=UTF-8`, a CORS "simple" request with
 * no preflight (unless `headers` adds one). `keepalive` lets the request outlive the page; if
 * the browser refuses it (no keepalive support, or the 64 KiB in-flight budget is spent) the
 * body goes with `sendBeacon`, whose answer the page never sees: the events stay queued and
 * are sent again later, and the collector de-duplicates on `id`.
 */
export async function post(url: string, body: string, headers: Record<string, string>, keepalive: boolean): Promise<Delivery> {
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // The timeout settles the request itself: a page's fetch wrapper that ignores the abort
    // signal must not stall the queue.
    return await new Promise<Response>((resolve, reject) => {
      timer = setTimeout(() => reject(abort.abort()), REQUEST_TIMEOUT);
      fetch(url, { method: 'POST', body, headers, keepalive, signal: abort.signal }).then(resolve, reject);
    });
  } catch {
    // A refused keepalive rejects at once; hand the body to the beacon queue instead.
    if (keepalive && !abort.signal.aborted) navigator.sendBeacon?.(url, body);
    return { status: 0 };
  } finally {
    clearTimeout(timer);
  }
}
