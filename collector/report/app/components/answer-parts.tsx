import type { Answer } from '../../api-types';
import { formatDateTime } from '../lib/format';
import { labelKey } from '../lib/labels';

type Tone = 'good' | 'neutral' | 'bad';

/** What the answer was, in words: "NPS 3 · detractor", "CSAT · not satisfied", "Exit · Too expensive". */
export function describeScore(a: Answer): { text: string; tone: Tone } {
  if (a.widgetType == 'nps' || a.category) {
    const tone = a.category == 'promoter' ? 'good' : a.category == 'detractor' ? 'bad' : 'neutral';
    return { text: `NPS ${a.score ?? '—'}${a.category ? ` · ${a.category}` : ''}`, tone };
  }
  if (a.widgetType == 'exit' || a.reason) return { text: `Exit · ${a.reason ?? 'no reason'}`, tone: 'bad' };
  const scale = a.score != null ? ` ${a.score}/5` : '';
  return { text: `CSAT${scale} · ${a.positive ? 'satisfied' : 'not satisfied'}`, tone: a.positive ? 'good' : 'bad' };
}

/**
 * The answer's score as a badge; the tone is also in the words, never only in the color. A
 * partial answer (chosen, not sent) says so: it is not in NPS or CSAT.
 */
export function ScoreBadge({ answer }: { answer: Answer }) {
  const { text, tone } = describeScore(answer);
  return (
    <span class={`badge badge-${tone}`} dir="auto">
      {text}
      {answer.partial && ' · partial, not sent'}
    </span>
  );
}

/** The verbatim, right to left when written so: `dir="auto"` lets the browser read the first strong character. */
export function CommentText({ text }: { text: string | null }) {
  if (!text) return <p class="comment comment-none">No comment.</p>;
  return (
    <blockquote class="comment" dir="auto">
      {text}
    </blockquote>
  );
}

/** Where and when the answer was given, as a description list. */
export function AnswerContext({ answer, withUser }: { answer: Answer; withUser?: boolean }) {
  const items: [string, string | null][] = [
    ['When', formatDateTime(answer.ts)],
    ...(withUser ? ([['User', answer.userId ?? `anonymous ${answer.anonymousId.slice(-6)}`]] as [string, string][]) : []),
    ['Widget', answer.widgetId],
    ['Journey step', answer.journey || answer.step ? `${answer.journey ?? '—'} › ${answer.step ?? '—'}` : null],
    ['Stage', answer.stage],
    ['Channel', `${answer.channel} (${answer.touchpoint})`],
    ['Locale', answer.locale],
    ['Device', answer.device],
    ['Web vitals', answer.vitals ? labelKey(answer.vitals) : null],
  ];
  return (
    <dl class="context">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd dir="auto">{value ?? '(not set)'}</dd>
        </div>
      ))}
    </dl>
  );
}
