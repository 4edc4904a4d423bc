import type { ApiError } from '../lib/api';

/** The message of a failed view: which view, which status, and what to do about a 401. */
export function describeError(title: string, error: ApiError): string {
  if (error.status == 401 || error.status == 403)
    return `${title}: not signed in (HTTP ${error.status}). Open the link with ?token=… that \`microjourney serve\` printed.`;
  return `${title} could not be loaded (/report/api/${error.view}): ${error.message}.`;
}

interface Props {
  title: string;
  loading: boolean;
  error: ApiError | null;
  hasData: boolean;
}

/** Loading and error states of one view; an error is announced (role="alert"). */
export function ViewStatus({ title, loading, error, hasData }: Props) {
  if (error)
    return (
      <p class="notice notice-error" role="alert">
        {describeError(title, error)}
      </p>
    );
  if (loading && !hasData)
    return (
      <p class="notice" role="status">
        Loading {title.toLowerCase()}…
      </p>
    );
  return null;
}
