import { useState } from 'preact/hooks';
import type { WidgetContext } from '../src/types';
import { mountWidget, type BodyProps } from './shell/mount-widget';
import { RadioGroup } from './shell/radio-group';

/** detractor 0–6, passive 7–8, promoter 9–10. */
export const category = (score: number) => (score <= 6 ? 'detractor' : score <= 8 ? 'passive' : 'promoter');

/**
 * NPS: a 0–10 radio group that reads 0 → 10 left to right in every locale, then one follow-up
 * question by category and an optional comment.
 */
function Nps({ t, locale, questionId, draft, submit }: BodyProps) {
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  // The answer so far: the frame sends it on submit, or as partial if the customer leaves.
  draft.current = score === null ? null : { score, category: category(score), comment: comment.trim() || null };
  const options = Array.from({ length: 11 }, (_, i) => ({ value: i, label: i == 0 ? `0, ${t.npsLow}` : i == 10 ? `10, ${t.npsHigh}` : String(i), content: i }));
  return (
    <form onSubmit={submit}>
      <RadioGroup className="mj-scale" options={options} value={score} onChange={(v) => setScore(v as number)} labelledBy={questionId} />
      <div class="mj-anchors" aria-hidden="true">
        <span lang={locale}>{t.npsLow}</span>
        <span lang={locale}>{t.npsHigh}</span>
      </div>
      {score !== null && (
        <div class="mj-follow">
          <label for="mj-comment">{t[category(score)]}</label>
          <textarea id="mj-comment" placeholder={t.comment} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
          <button type="submit" class="mj-send">
            {t.submit}
          </button>
        </div>
      )}
    </form>
  );
}

/** Mounts the NPS prompt, a non-modal corner card (called by the core's `show()`). */
export const mount = (ctx: WidgetContext) => mountWidget(ctx, Nps, 'npsQuestion');
