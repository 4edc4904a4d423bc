import { useState } from 'preact/hooks';
import type { WidgetContext } from '../src/types';
import { mountWidget, type BodyProps } from './shell/mount-widget';
import { RadioGroup } from './shell/radio-group';

/**
 * CSAT: thumbs up or down as a radio group, or a 1–5 scale with `scale: 5` in the widget's
 * config; then an optional comment. The answer's `positive` is what CSAT counts (up, or 4–5).
 */
function csat(five: boolean) {
  return function Csat({ t, questionId, respond }: BodyProps) {
    const [value, setValue] = useState<number | string | null>(null);
    const [comment, setComment] = useState('');
    const options = five
      ? t.scale.map((label, i) => ({ value: i + 1, label: `${i + 1}, ${label}`, content: <span class="mj-icon">{i + 1}</span> }))
      : [
          { value: 'up', label: t.good, content: [<span class="mj-icon" aria-hidden="true">👍</span>, t.good] },
          { value: 'down', label: t.bad, content: [<span class="mj-icon" aria-hidden="true">👎</span>, t.bad] },
        ];
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (value === null) return;
          const positive = five ? (value as number) >= 4 : value == 'up';
          respond({ ...(five ? { score: value, scale: 5 } : { thumb: value }), positive, comment: comment.trim() || null });
        }}
      >
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
