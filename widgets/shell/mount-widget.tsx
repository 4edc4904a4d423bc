import { render, type FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WidgetContext } from '../../src/types';
import { createAnswer, type Answer, type WidgetAnswer } from './create-answer';
import { createHost } from './host';
import { loadStrings, pickLocale, RTL, type Strings } from './locales';
import { vitalsSoFar } from './vitals-so-far';

/** What a widget's body gets from the frame around it. */
export interface BodyProps {
  t: Strings;
  locale: string;
  /** The id of the question, for `aria-labelledby`. */
  questionId: string;
  /** The answer so far: the body sets it as it renders, null until something is chosen. */
  draft: { current: Answer | null };
  /** The form's submit: records the answer (see `mountWidget`) and shows the thank-you. */
  submit(e: Event): void;
}

type How = 'close' | 'escape' | 'outside';

interface FrameProps {
  ctx: WidgetContext;
  t: Strings;
  locale: string;
  question: string;
  modal: boolean;
  answer: WidgetAnswer;
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
function Frame({ ctx, t, locale, question, modal, answer, close, Body }: FrameProps) {
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
  const submit = (e: Event) => {
    e.preventDefault();
    if (answer.submit()) setSent(true);
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
        <Body t={t} locale={locale} questionId={questionId} draft={answer.draft} submit={submit} />
      )}
    </div>
  );
}

/**
 * Mounts a widget: picks its locale and question (the config's `text.<locale>.question`, else
 * `text.en.question` with a warning, else the built-in `fallback` question), creates its host,
 * renders the frame and the body, and records `widget_shown`. Sending records `response` (with
 * the locale and the page's web vitals so far). Closing records `widget_dismissed` with how
 * (`close`, `escape`, `outside`), unless the widget was answered; when something was chosen,
 * the answer so far goes first as a partial `response` — as it does when the page hides or
 * closes with the widget on screen (see `createAnswer`).
 */
export async function mountWidget(ctx: WidgetContext, Body: FunctionComponent<BodyProps>, fallback: keyof Strings, modal = false): Promise<void> {
  const locale = pickLocale(ctx.config.locale);
  const t = await loadStrings(locale);
  const text = ctx.config.text || {};
  const question = text[locale]?.question || text.en?.question || (t[fallback] as string);
  if (!text[locale]?.question && text.en?.question && locale != 'en') ctx.report('widget-text', ctx.id, locale);
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
  const answer = createAnswer((response) => ctx.emit('response', { response: { ...response, locale }, vitals: vitalsSoFar() }));
  // Registered on document and in the capture phase, these run before the core's own listeners
  // (on window, bubbling), which send what is queued as the page goes: the partial goes with it.
  const hidden = () => document.visibilityState == 'hidden' && answer.leave();
  document.addEventListener('visibilitychange', hidden);
  addEventListener('pagehide', answer.leave, true);
  const close = (how: How | null) => {
    document.removeEventListener('visibilitychange', hidden);
    removeEventListener('pagehide', answer.leave, true);
    answer.leave();
    if (how) ctx.emit('widget_dismissed', { props: { how } });
    render(null, host.box);
    host.remove();
    restore();
  };
  if (modal) host.box.addEventListener('click', () => close('outside'));
  render(<Frame ctx={ctx} t={t} locale={locale} question={question} modal={modal} answer={answer} close={close} Body={Body} />, host.box);
  ctx.emit('widget_shown', { props: { locale } });
}
