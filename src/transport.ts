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
 * POSTs a body, with keepalive: the request outlives the page, so a batch out when the tab
 * closes or reloads still arrives. A string body goes as `text/plain;charset=UTF-8`, a CORS
 * "simple" request with no preflight (unless `headers` adds one). When `exiting` (the exit
 * path, as the page hides or unloads) and the browser refuses the request (no keepalive
 * support, or the 64 KiB in-flight budget is spent), the body goes with `sendBeacon`, whose
 * answer the page never sees: the events stay queued, and the next page asks the collector
 * about them. A batch sent while the page lives gets no beacon: a refusal is indistinguishable
 * from a network error, and its retry comes anyway.
 */
export async function post(url: string, body: string, headers: Record<string, string>, exiting: boolean): Promise<Delivery> {
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // The timeout settles the request itself: a page's fetch wrapper that ignores the abort
    // signal must not stall the queue.
    return await new Promise<Response>((resolve, reject) => {
      timer = setTimeout(() => reject(abort.abort()), REQUEST_TIMEOUT);
      fetch(url, { method: 'POST', body, headers, keepalive: true, signal: abort.signal }).then(resolve, reject);
    });
  } catch {
    // A refused keepalive rejects at once; hand the body to the beacon queue instead.
    if (exiting && !abort.signal.aborted) navigator.sendBeacon?.(url, body);
    return { status: 0 };
  } finally {
    clearTimeout(timer);
  }
}
