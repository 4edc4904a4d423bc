import { useState } from 'preact/hooks';
import type { InboxItem, InboxStatus } from '../../api-types';
import { AnswerContext, CommentText, ScoreBadge } from '../components/answer-parts';
import { describeError } from '../components/view-status';
import { ApiError, postInboxStatus } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { STATUS_LABELS } from '../lib/labels';
import { rememberBy, rememberedBy } from '../lib/remembered';

interface Props {
  item: InboxItem;
  onSaved(item: InboxItem): void;
}

/** One negative answer: what was said, its context, its history, and the form that moves it along. */
export function InboxRow({ item, onSaved }: Props) {
  const id = `inbox-${item.id}`;
  return (
    <li class={`answer inbox-item inbox-${item.status}`}>
      <div class="answer-head">
        <ScoreBadge answer={item} />
        <span id={`${id}-title`} class={`status-tag status-${item.status}`}>
          {STATUS_LABELS[item.status]}
        </span>
      </div>
      <CommentText text={item.comment} />
      <AnswerContext answer={item} withUser />
      <History item={item} />
      <StatusForm item={item} onSaved={onSaved} />
    </li>
  );
}

function History({ item }: { item: InboxItem }) {
  if (!item.history.length) return null;
  return (
    <details class="history">
      <summary>History ({item.history.length})</summary>
      <ol>
        {item.history.map((h, i) => (
          <li key={i}>
            {STATUS_LABELS[h.status]} · {formatDateTime(h.at)}
            {h.by && ` · ${h.by}`}
            {h.note && (
              <span class="history-note" dir="auto">
                : {h.note}
              </span>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

function StatusForm({ item, onSaved }: Props) {
  const [status, setStatus] = useState<InboxStatus>(item.status);
  const [note, setNote] = useState(item.note ?? '');
  const [by, setBy] = useState(rememberedBy);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    setMessage(null);
    rememberBy(by.trim());
    try {
      const saved = await postInboxStatus(item.id, { status, note: note.trim() || undefined, by: by.trim() || undefined });
      onSaved(saved);
      setMessage({
        text: `Saved: ${STATUS_LABELS[saved.status].toLowerCase()}${saved.updatedBy ? ` by ${saved.updatedBy}` : ''}, ${formatDateTime(saved.updatedAt)}.`,
        error: false,
      });
    } catch (error) {
      const unauthorized = error instanceof ApiError && (error.status == 401 || error.status == 403);
      setMessage({ text: unauthorized ? describeError('Not saved', error) : `Not saved: ${(error as Error).message}.`, error: true });
    } finally {
      setSaving(false);
    }
  };
  const fieldId = (name: string) => `inbox-${item.id}-${name}`;
  return (
    <form class="status-form" onSubmit={save} aria-label={`Follow-up of answer from ${formatDateTime(item.ts)}`}>
      <div class="field">
        <label for={fieldId('status')}>Status</label>
        <select id={fieldId('status')} name="status" value={status} onChange={(e) => setStatus(e.currentTarget.value as InboxStatus)}>
          {(Object.keys(STATUS_LABELS) as InboxStatus[]).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div class="field field-grow">
        <label for={fieldId('note')}>Note</label>
        <input id={fieldId('note')} name="note" value={note} onInput={(e) => setNote(e.currentTarget.value)} maxLength={2000} dir="auto" />
      </div>
      <div class="field">
        <label for={fieldId('by')}>By</label>
        <input id={fieldId('by')} name="by" value={by} onInput={(e) => setBy(e.currentTarget.value)} autoComplete="name" maxLength={200} />
      </div>
      <button type="submit" class="button" disabled={saving}>
        {saving ? 'Saving…' : 'Save'}
      </button>
      <p class={`form-message${message?.error ? ' notice-error' : ''}`} role="status">
        {message?.text}
      </p>
    </form>
  );
}
