import { render, type FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WidgetContext } from '../../src/types';
import { createHost } from './host';
import { loadStrings, pickLocale, RTL, type Strings } from './locales';
import { vitalsSoFar } from './vitals-so-far';

/** What a widget's body gets from the frame around it. */
export interface BodyProps {
  t: Strings;
  locale: string;
  /** The id of the question, for `aria-labelledby`. */
  questionId: string;
  /** Records the answer (with the locale, and the page's web vitals so far) and shows the thank-you. */
  respond(response: Record<string, unknown>): void;
}

type How = 'close' | 'escape' | 'outside';

interface FrameProps {
  ctx: WidgetContext;
  t: Strings;
  locale: string;
  question: string;
  modal: boolean;
  close(how: How | null): void;
  Body: FunctionComponent<BodyProps>;
}

const FOCUSABLE = 'button:not([tabindex="-1"]), textarea, [tabindex="0"]';

/**
 * The frame every widget shares: the question, a close button, Escape, and the thank-you as a
 * status. As a card it is a non-modal region that does not take focus; as a dialog (`modal`) it
 * takes focus, keeps it inside (Tab wraps), closes on Escape or a click outside, and the
 * page behind is inert (see `mountWidget`).
 */
function Frame({ ctx, t, locale, question, modal, close, Body }: FrameProps) {
  const [sent, setSent] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const questionId = `${ctx.id}-q`;
  useEffect(() => {
    if (modal) box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, []);
  const keys = (e: KeyboardEvent) => {
    if (e.key == 'Escape') {
      e.stopPropagation();
      close(sent ? null : 'escape');
    }
    if (modal && e.key == 'Tab') {
      const all = [...box.current!.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const active = (box.current!.getRootNode() as ShadowRoot).activeElement;
      const [first, last] = [all[0], all[all.length - 1]];
      if (e.shiftKey ? active == first : active == last) {
        e.preventDefault();
        (e.shiftKey ? last : first)?.focus();
      }
    }
  };
  const respond = (response: Record<string, unknown>) => {
    ctx.emit('response', { response: { ...response, locale }, vitals: vitalsSoFar() });
    setSent(true);
  };
  return (
    <div
      ref={box}
      class={modal ? 'mj-dialog' : undefined}
      role={modal ? 'dialog' : 'region'}
      aria-modal={modal || undefined}
      aria-labelledby={questionId}
      onKeyDown={keys}
      onClick={(e) => e.stopPropagation()}
    >
      <div class="mj-head">
        <p class="mj-q" id={questionId} dir="auto">
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
        <Body t={t} locale={locale} questionId={questionId} respond={respond} />
      )}
    </div>
  );
}

/**
 * Mounts a widget: picks its locale and question (the config's `text.<locale>.question`, else
 * `text.en.question` with a warning, else the built-in `fallback` question), creates its host,
 * renders the frame and the body, and records `widget_shown`. Closing records
 * `widget_dismissed` with how (`close`, `escape`, `outside`), unless the widget was answered.
 */
export async function mountWidget(ctx: WidgetContext, Body: FunctionComponent<BodyProps>, fallback: keyof Strings, modal = false): Promise<void> {
  const locale = pickLocale(ctx.config.locale);
  const t = await loadStrings(locale);
  const text = ctx.config.text || {};
  const question = text[locale]?.question || text.en?.question || (t[fallback] as string);
  if (!text[locale]?.question && text.en?.question && locale != 'en')
    ctx.report('widget-text', ctx.id, locale);
  const host = createHost(ctx, locale, RTL.includes(locale) ? 'rtl' : 'ltr', modal ? 'mj mj-backdrop' : 'mj mj-card');
  if (!host) return;
  let restore = () => {};
  if (modal) {
    // The page behind is inert while the dialog is open; focus returns where it was.
    const before = document.activeElement as HTMLElement | null;
    const made = [...document.body.children].filter((el) => el != host.host && !el.hasAttribute('inert'));
    made.forEach((el) => el.setAttribute('inert', ''));
    restore = () => {
      made.forEach((el) => el.removeAttribute('inert'));
      before?.focus?.();
    };
  }
  const close = (how: How | null) => {
    if (how) ctx.emit('widget_dismissed', { props: { how } });
    render(null, host.box);
    host.remove();
    restore();
  };
  if (modal) host.box.addEventListener('click', () => close('outside'));
  render(<Frame ctx={ctx} t={t} locale={locale} question={question} modal={modal} close={close} Body={Body} />, host.box);
  ctx.emit('widget_shown', { props: { locale } });
}
