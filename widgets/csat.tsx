import { useState } from 'preact/hooks';
import type { WidgetContext } from '../src/types';
import { mountWidget, type BodyProps } from './shell/mount-widget';
import { RadioGroup } from './shell/radio-group';

/** A thumb drawn in SVG (no emoji font needed, nothing a CSP forbids); `down` turns it over. */
const Thumb = ({ down }: { down?: boolean }) => (
  <svg class="mj-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" transform={down ? 'rotate(180)' : undefined}>
    <path
      fill="currentColor"
      d="M2 21h4V9H2v12zm20-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L13.17 1 6.59 7.59C6.22 7.95 6 8.45 6 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z"
    />
  </svg>
);

/**
 * CSAT: thumbs up or down as a radio group, or a 1–5 scale with `scale: 5` in the widget's
 * config; then an optional comment. The answer's `positive` is what CSAT counts (up, or 4–5).
 */
function csat(five: boolean) {
  return function Csat({ t, questionId, draft, submit }: BodyProps) {
    const [value, setValue] = useState<number | string | null>(null);
    const [comment, setComment] = useState('');
    const positive = five ? (value as number) >= 4 : value == 'up';
    // The answer so far: the frame sends it on submit, or as partial if the customer leaves.
    draft.current = value === null ? null : { ...(five ? { score: value, scale: 5 } : { thumb: value }), positive, comment: comment.trim() || null };
    const options = five
      ? t.scale.map((label, i) => ({ value: i + 1, label: `${i + 1}, ${label}`, content: <span class="mj-icon">{i + 1}</span> }))
      : [
          { value: 'up', label: t.good, content: [<Thumb />, t.good] },
          { value: 'down', label: t.bad, content: [<Thumb down />, t.bad] },
        ];
    return (
      <form onSubmit={submit}>
        <RadioGroup className="mj-choices" options={options} value={value} onChange={setValue} labelledBy={questionId} />
        {value !== null && (
          <div class="mj-follow">
            <label for="mj-comment">{t.comment}</label>
            <textarea id="mj-comment" value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
            <button type="submit" class="mj-send">
              {t.submit}
            </button>
          </div>
        )}
      </form>
    );
  };
}

/** Mounts the CSAT prompt, a non-modal corner card. */
export const mount = (ctx: WidgetContext) => mountWidget(ctx, csat(ctx.config.scale == 5), 'csatQuestion');
