import { afterEach, expect, it } from 'vitest';
import type { EventType, MjEvent, WidgetConfig } from '../../src/types';
import { mount as mountCsat } from '../../widgets/csat';
import { mount as mountNps } from '../../widgets/nps';

type Emitted = [EventType, Partial<MjEvent>];

/** Mounts a widget with a context that keeps what it emits. */
async function show(mount: typeof mountNps, type: string, config: Partial<WidgetConfig> = {}) {
  const emitted: Emitted[] = [];
  await mount({ id: type, type, config: { type: type as 'nps', locale: 'en', ...config }, emit: (t, f = {}) => void emitted.push([t, f]), report: () => {} });
  const root = document.querySelector('microjourney-widget')!.shadowRoot!;
  const radio = (name: string) => [...root.querySelectorAll<HTMLElement>('[role=radio]')].find((b) => b.getAttribute('aria-label')!.startsWith(name))!;
  const types = () => emitted.map(([t, f]) => (t == 'response' ? (f.response!.partial ? 'partial' : 'response') : t));
  return { emitted, root, radio, types };
}

/** Lets Preact render what a state change asked for. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function hide(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

afterEach(() => {
  hide('visible');
  document.body.replaceChildren();
});

it('a score chosen, then Escape: a partial response with that score, then the dismissal', async () => {
  const w = await show(mountNps, 'nps');
  w.radio('3').click();
  await settle();
  w.root.querySelector('.mj-q')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(w.types()).toEqual(['widget_shown', 'partial', 'widget_dismissed']);
  expect(w.emitted[1]![1]).toMatchObject({
    response: { score: 3, category: 'detractor', comment: null, locale: 'en', partial: true, response_id: expect.any(String) },
    vitals: expect.any(Object),
  });
  expect(w.emitted[2]![1]).toEqual({ props: { how: 'escape' } });
});

it('dismissed with nothing chosen: a plain dismissal, no response', async () => {
  const w = await show(mountNps, 'nps');
  w.root.querySelector<HTMLElement>('.mj-close')!.click();
  expect(w.types()).toEqual(['widget_shown', 'widget_dismissed']);
});

it('the page hides with a choice on screen: a partial; back, sent: the full answer with the same response id', async () => {
  const w = await show(mountCsat, 'csat');
  w.radio('Satisfied').click();
  await settle();
  const comment = w.root.querySelector('textarea')!;
  comment.value = 'quick';
  comment.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  hide('hidden');
  // pagehide follows when the tab closes: the same answer is not recorded twice.
  dispatchEvent(new Event('pagehide'));
  expect(w.types()).toEqual(['widget_shown', 'partial']);
  expect(w.emitted[1]![1].response).toMatchObject({ thumb: 'up', positive: true, comment: 'quick', partial: true });
  hide('visible');
  w.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await settle();
  expect(w.types()).toEqual(['widget_shown', 'partial', 'response']);
  const [partial, full] = [w.emitted[1]![1].response!, w.emitted[2]![1].response!];
  expect(full).toEqual({ thumb: 'up', positive: true, comment: 'quick', locale: 'en', response_id: partial.response_id });
  // Answered: closing the thank-you records nothing more, and the page's listeners are gone.
  w.root.querySelector<HTMLElement>('.mj-close')!.click();
  hide('hidden');
  expect(w.types()).toEqual(['widget_shown', 'partial', 'response']);
});

it('the page hides with nothing chosen: nothing is recorded', async () => {
  const w = await show(mountNps, 'nps');
  hide('hidden');
  dispatchEvent(new Event('pagehide'));
  expect(w.types()).toEqual(['widget_shown']);
});
