import type { InboxItem, InboxStatus, ReportFilters } from '../../api-types';

/** A view's answer that was not 2xx, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly view: string,
    readonly status: number,
    detail: string,
  ) {
    super(`${status ? `HTTP ${status}` : 'no answer'}${detail ? ` (${detail})` : ''}`);
  }
}

/** Extra query parameters of one view (`q`, `limit`, `status`…); empty values are left out. */
export type Query = Record<string, string | number | undefined | null>;

/** The query string of a view: the filters, then the view's own parameters. */
export function buildQuery(filters: ReportFilters, extra: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra }))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  return params.toString();
}

async function readJson<T>(view: string, response: Response): Promise<T> {
  if (!response.ok) {
    // The server answers `{ "error": "…" }` naming the cause; keep it short in the page.
    const text = await response.text().catch(() => '');
    let detail = text;
    try {
      detail = String(JSON.parse(text).error ?? text);
    } catch {
      // Not JSON (a proxy's page): show its start.
    }
    throw new ApiError(view, response.status, detail.slice(0, 240));
  }
  return (await response.json()) as T;
}

/** GET `/report/api/<view>` with the filters. Cookies only go same-origin (the token cookie). */
export async function getView<T>(view: string, filters: ReportFilters, extra?: Query, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/report/api/${view}?${buildQuery(filters, extra)}`, { credentials: 'same-origin', signal: signal ?? null });
  } catch (error) {
    if ((error as Error).name == 'AbortError') throw error;
    throw new ApiError(view, 0, (error as Error).message);
  }
  return readJson<T>(view, response);
}

/** What the inbox form sends when an answer changes status. */
export interface StatusChange {
  status: InboxStatus;
  note?: string;
  by?: string;
}

/** POST a status change of one inbox item; answers the updated item. */
export async function postInboxStatus(id: string, change: StatusChange): Promise<InboxItem> {
  let response: Response;
  try {
    response = await fetch(`/report/api/inbox/${encodeURIComponent(id)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(change),
    });
  } catch (error) {
    throw new ApiError('inbox', 0, (error as Error).message);
  }
  return readJson<InboxItem>('inbox', response);
}

/** The download link of the responses or events behind the filters. */
export function exportUrl(kind: 'responses' | 'events', format: 'csv' | 'ndjson', filters: ReportFilters): string {
  return `/report/api/export?${buildQuery(filters, { kind, format })}`;
}
