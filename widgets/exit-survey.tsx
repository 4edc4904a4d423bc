import { useState } from 'preact/hooks';
import type { WidgetContext } from '../src/types';
import { mountWidget, type BodyProps } from './shell/mount-widget';
import { RadioGroup } from './shell/radio-group';

/**
 * The exit survey: a modal dialog with reasons as a single choice (the config's `reasons`, else
 * the locale's), the last one "other" with a text field.
 */
function exitSurvey(reasons?: string[]) {
  return function ExitSurvey({ t, questionId, draft, submit }: BodyProps) {
    const list = reasons?.length ? [...reasons, t.reasons[t.reasons.length - 1]!] : t.reasons;
    const [choice, setChoice] = useState<number | null>(null);
    const [other, setOther] = useState('');
    const isOther = choice == list.length - 1;
    // The answer so far: the frame sends it on submit, or as partial if the customer leaves.
    draft.current = choice === null ? null : { choice: list[choice], index: choice, other: isOther ? other.trim() || null : null };
    return (
      <form onSubmit={submit}>
        <RadioGroup
          className="mj-reasons"
          options={list.map((r, i) => ({ value: i, label: r, content: r }))}
          value={choice}
          onChange={(v) => setChoice(v as number)}
          labelledBy={questionId}
        />
        {choice !== null && (
          <div class="mj-follow">
            {isOther && (
              <>
                <label for="mj-other">{t.other}</label>
                <textarea id="mj-other" value={other} onInput={(e) => setOther((e.target as HTMLTextAreaElement).value)} />
              </>
            )}
            <button type="submit" class="mj-send">
              {t.submit}
            </button>
          </div>
        )}
      </form>
    );
  };
}

/** Mounts the exit survey, a modal dialog. */
export const mount = (ctx: WidgetContext) => mountWidget(ctx, exitSurvey(ctx.config.reasons as string[] | undefined), 'exitQuestion', true);
