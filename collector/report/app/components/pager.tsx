import { formatCount } from '../lib/format';

interface Props {
  label: string;
  offset: number;
  limit: number;
  total: number;
  onChange(offset: number): void;
}

/** Previous / next pages of a long list, with where the reader is: "21–40 of 57". */
export function Pager({ label, offset, limit, total, onChange }: Props) {
  if (total <= limit && offset == 0) return null;
  const last = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button type="button" class="button button-quiet" disabled={offset == 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        Previous
      </button>
      <span aria-live="polite">
        {formatCount(total ? offset + 1 : 0)}–{formatCount(last)} of {formatCount(total)}
      </span>
      <button type="button" class="button button-quiet" disabled={last >= total} onClick={() => onChange(offset + limit)}>
        Next
      </button>
    </nav>
  );
}
