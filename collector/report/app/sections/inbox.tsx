import { useState } from 'preact/hooks';
import type { Inbox as InboxView, InboxItem, InboxStatus, ReportFilters } from '../../api-types';
import { Pager } from '../components/pager';
import { Section } from '../components/section';
import { formatCount, formatDuration } from '../lib/format';
import { labelKey, STATUS_LABELS } from '../lib/labels';
import { useView } from '../lib/use-view';
import { InboxRow } from './inbox-row';

const PAGE = 10;

/** After a save, the row takes the server's answer and the counts move from the old status to the new one. */
function applySaved(view: InboxView, item: InboxItem): InboxView {
  const before = view.rows.find((r) => r.id == item.id);
  const counts = { ...view.counts };
  if (before && before.status != item.status) {
    counts[before.status]--;
    counts[item.status]++;
  }
  return { ...view, counts, rows: view.rows.map((r) => (r.id == item.id ? item : r)) };
}

/** The closed loop: negative answers with their context, each with a status, a note and who changed it. */
export function Inbox({ filters }: { filters: ReportFilters }) {
  const [status, setStatus] = useState<InboxStatus | ''>('');
  const [offset, setOffset] = useState(0);
  const [state, setData] = useView<InboxView>('inbox', filters, { status, limit: PAGE, offset });
  const counts = state.data?.counts;
  const tools = (
    <label class="field field-inline">
      <span>Show</span>
      <select value={status} onChange={(e) => (setStatus(e.currentTarget.value as InboxStatus | ''), setOffset(0))}>
        <option value="">All statuses</option>
        {(Object.keys(STATUS_LABELS) as InboxStatus[]).map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
            {counts ? ` (${formatCount(counts[s])})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Section
      id="inbox"
      title="Inbox"
      intro="Negative answers (NPS 0–6, CSAT down or 1–2, every exit answer) to follow up: open → contacted → resolved."
      state={state}
      tools={tools}
    >
      {(view) => (
        <>
          <StatusCounts counts={view.counts} />
          {view.rows.length == 0 ? (
            <p class="notice">Nothing here: no negative answers with this status.</p>
          ) : (
            <ol class="answer-list">
              {view.rows.map((item) => (
                <InboxRow key={item.id} item={item} onSaved={(saved) => setData((v) => applySaved(v, saved))} />
              ))}
            </ol>
          )}
          <Pager label="Inbox" offset={offset} limit={PAGE} total={view.total} onChange={setOffset} />
          <TimeToClose rows={view.timeToClose} />
        </>
      )}
    </Section>
  );
}

function StatusCounts({ counts }: { counts: InboxView['counts'] }) {
  return (
    <ul class="inline-figures" aria-label="Answers by status">
      {(Object.keys(STATUS_LABELS) as InboxStatus[]).map((s) => (
        <li key={s}>
          <span class={`status-dot status-${s}`} aria-hidden="true" />
          <strong>{formatCount(counts[s])}</strong> {STATUS_LABELS[s].toLowerCase()}
        </li>
      ))}
    </ul>
  );
}

function TimeToClose({ rows }: { rows: InboxView['timeToClose'] }) {
  if (!rows.length) return null;
  return (
    <div class="table-scroll narrow">
      <table class="numeric">
        <caption>Time to close by stage</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Resolved</th>
            <th scope="col">Median time to resolve</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.stage ?? ''}>
              <th scope="row">{labelKey(r.stage)}</th>
              <td>{formatCount(r.resolved)}</td>
              <td>{formatDuration(r.medianHours == null ? null : r.medianHours * 3600)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
