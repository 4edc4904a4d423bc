import { useEffect, useState } from 'preact/hooks';
import type { ReportFilters } from '../../api-types';
import { ApiError, buildQuery, getView, type Query } from './api';

/** One view's data: the last answer stays shown while a new one loads, so the page does not jump. */
export interface ViewState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/**
 * Fetches `/report/api/<view>` whenever the filters or the view's own parameters change; a newer
 * request aborts the older one, so a slow answer never overwrites a fresh one.
 * Returns the state and a setter for local changes (the inbox updates one row in place).
 */
export function useView<T>(view: string, filters: ReportFilters, extra?: Query) {
  const [state, setState] = useState<ViewState<T>>({ data: null, error: null, loading: true });
  const key = buildQuery(filters, extra);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    getView<T>(view, filters, extra, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (error.name == 'AbortError') return;
        setState((s) => ({ data: s.data, error: error instanceof ApiError ? error : new ApiError(view, 0, error.message), loading: false }));
      },
    );
    return () => controller.abort();
  }, [view, key]);
  const setData = (update: (data: T) => T) => setState((s) => (s.data ? { ...s, data: update(s.data) } : s));
  return [state, setData] as const;
}
