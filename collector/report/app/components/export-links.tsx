import type { ReportFilters } from '../../api-types';
import { exportUrl } from '../lib/api';

const KINDS = [
  { kind: 'responses', label: 'Responses' },
  { kind: 'events', label: 'Events' },
] as const;

/** Download links for the rows behind the current filters; the server answers with an attachment. */
export function ExportLinks({ filters }: { filters: ReportFilters }) {
  return (
    <div class="exports" role="group" aria-label="Export the data behind these filters">
      <span class="exports-title">Export</span>
      {KINDS.map(({ kind, label }) => (
        <span class="export-pair" key={kind}>
          <span>{label}:</span>
          <a href={exportUrl(kind, 'csv', filters)} download>
            CSV<span class="visually-hidden"> of {kind}</span>
          </a>
          <a href={exportUrl(kind, 'ndjson', filters)} download>
            ndjson<span class="visually-hidden"> of {kind}</span>
          </a>
        </span>
      ))}
    </div>
  );
}
