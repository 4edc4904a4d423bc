import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { WidgetContext } from '../src/types';
import { createHost } from './shell/host';
import { LOCALES, pickLocale, RTL, type Strings } from './shell/locales';

/** detractor 0–6, passive 7–8, promoter 9–10. */
export const category = (score: number) => (score <= 6 ? 'detractor' : score <= 8 ? 'passive' : 'promoter');

interface Props {
  ctx: WidgetContext;
  t: Strings;
  question: string;
  locale: string;
  close(how: 'close' | 'escape' | null): void;
}

/**
 * The NPS prompt: a non-modal corner card (a bottom sheet on narrow screens) that does not take
 * focus. A 0–10 radio group (arrow keys move and choose, Home and End, one tab stop), then one
 * follow-up question by category and an optional comment; the thank-you is announced as a status.
 */
function Nps({ ctx, t, question, locale, close }: Props) {
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const choose = (value: number, focus = false) => {
    setScore(value);
    if (focus) buttons.current[value]?.focus();
  };
  const keys = (e: KeyboardEvent) => {
    const current = score ?? 0;
    // The scale reads 0 → 10 left to right in every locale, so the arrows keep their sides.
    const next = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: 10 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    choose(Math.max(0, Math.min(10, next)), true);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (score === null) return;
    ctx.emit('response', { response: { score, category: category(score), comment: comment.trim() || null, locale } });
    setSent(true);
  };
  return (
    <div
      role="region"
      aria-labelledby={`${ctx.id}-q`}
      onKeyDown={(e) => e.key == 'Escape' && (e.stopPropagation(), close(sent ? null : 'escape'))}
    >
      <div class="mj-head">
        <p class="mj-q" id={`${ctx.id}-q`} dir="auto">
          {sent ? t.thanks : question}
        </p>
        <button type="button" class="mj-close" aria-label={t.close} onClick={() => close(sent ? null : 'close')}>
          ×
        </button>
      </div>
      {sent ? (
        <p class="mj-thanks" role="status">
          {t.thanks}
        </p>
      ) : (
        <form onSubmit={submit}>
          <div class="mj-scale" role="radiogroup" aria-labelledby={`${ctx.id}-q`} onKeyDown={keys}>
            {Array.from({ length: 11 }, (_, i) => (
              <button
                type="button"
                role="radio"
                ref={(el) => void (buttons.current[i] = el)}
                aria-checked={score === i}
                tabIndex={(score ?? 0) === i ? 0 : -1}
                aria-label={i == 0 ? `0, ${t.npsLow}` : i == 10 ? `10, ${t.npsHigh}` : String(i)}
                onClick={() => choose(i)}
              >
                {i}
              </button>
            ))}
          </div>
          <div class="mj-anchors" aria-hidden="true">
            <span lang={locale}>{t.npsLow}</span>
            <span lang={locale}>{t.npsHigh}</span>
          </div>
          {score !== null && (
            <div class="mj-follow">
              <label for={`${ctx.id}-c`}>{t[category(score)]}</label>
              <textarea id={`${ctx.id}-c`} placeholder={t.comment} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
              <button type="submit" class="mj-send">
                {t.submit}
              </button>
            </div>
          )}
        </form>
      )}
    </div>
  );
}

/** Mounts the NPS widget (called by the core's `show()`, through `dist/show.js`). */
export function mount(ctx: WidgetContext): void {
  const locale = pickLocale(ctx.config.locale);
  const text = (ctx.config.text as Record<string, { question?: string }> | undefined) || {};
  const question = text[locale]?.question || text.en?.question || LOCALES[locale]!.npsQuestion;
  if (!text[locale]?.question && text.en?.question && locale != 'en')
    console.warn(`microjourney: widget "${ctx.id}" has no /widgets/${ctx.id}/text/${locale}/question; the English one is shown. Add the ${locale} text to the config.`);
  const host = createHost(ctx, locale, RTL.includes(locale) ? 'rtl' : 'ltr');
  if (!host) return;
  const close = (how: 'close' | 'escape' | null) => {
    if (how) ctx.emit('widget_dismissed', { props: { how } });
    render(null, host.box);
    host.remove();
  };
  render(<Nps ctx={ctx} t={LOCALES[locale]!} question={question} locale={locale} close={close} />, host.box);
  ctx.emit('widget_shown', { props: { locale } });
}
