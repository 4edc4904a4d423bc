import { useEffect, useState } from 'preact/hooks';
import type { Comments as CommentsView, ReportFilters } from '../../api-types';
import { AnswerContext, CommentText, ScoreBadge } from '../components/answer-parts';
import { Pager } from '../components/pager';
import { Section } from '../components/section';
import { formatCount } from '../lib/format';
import { useDebounced } from '../lib/use-debounced';
import { useView } from '../lib/use-view';

const PAGE = 10;

/** The verbatims behind the filters, newest first, searchable. */
export function Comments({ filters }: { filters: ReportFilters }) {
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const q = useDebounced(search.trim());
  useEffect(() => setOffset(0), [q]);
  const [state] = useView<CommentsView>('comments', filters, { q, limit: PAGE, offset });
  const tools = (
    <label class="field field-inline">
      <span>Search comments</span>
      <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} placeholder="e.g. delivery" />
    </label>
  );
  return (
    <Section id="comments" title="Comments" intro="What customers wrote, with where they were when they wrote it." state={state} tools={tools}>
      {(view) => (
        <>
          <p class="list-count" aria-live="polite">
            {formatCount(view.total)} {view.total == 1 ? 'comment' : 'comments'}
            {q && ` matching “${q}”`}
          </p>
          <ol class="answer-list">
            {view.rows.map((answer) => (
              <li key={answer.id} class="answer">
                <div class="answer-head">
                  <ScoreBadge answer={answer} />
                </div>
                <CommentText text={answer.comment} />
                <AnswerContext answer={answer} />
              </li>
            ))}
          </ol>
          <Pager label="Comments" offset={offset} limit={PAGE} total={view.total} onChange={setOffset} />
        </>
      )}
    </Section>
  );
}
