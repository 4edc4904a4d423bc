import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createOneOnScreen } from '../../src/one-on-screen';
import type { RulesView } from '../../src/rules-view';
import type { MjEvent } from '../../src/types';

/** One exclusive lock, as `navigator.locks` holds it for every tab of the site. */
function fakeLocks() {
  let held = false;
  return {
    get held() {
      return held;
    },
    request(_name: string, _options: object, fn: (lock: object | null) => unknown) {
      if (held) return Promise.resolve(fn(null));
      held = true;
      return Promise.resolve(fn({})).finally(() => (held = false));
    },
  };
}

const event = (type: string, response?: object) => ({ type, widget: { id: 'nps', type: 'nps' }, ...(response && { response }) }) as unknown as MjEvent;

let locks: ReturnType<typeof fakeLocks>;
beforeEach(() => {
  locks = fakeLocks();
  vi.stubGlobal('navigator', { ...navigator, locks });
});
afterEach(() => vi.unstubAllGlobals());

async function shown() {
  const screen = createOneOnScreen({ show: () => undefined, debug: () => {} } as unknown as RulesView, () => {});
  screen.show('nps');
  screen.onWidgetEvent('nps', event('widget_shown'));
  await Promise.resolve();
  return screen;
}

it('a partial answer, recorded as the page hides with the widget on screen, keeps the lock', async () => {
  const screen = await shown();
  expect(locks.held).toBe(true);
  screen.onWidgetEvent('nps', event('response', { score: 3, partial: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(locks.held).toBe(true);
  screen.onWidgetEvent('nps', event('response', { score: 3 }));
  await vi.waitFor(() => expect(locks.held).toBe(false));
});

it('a dismissal frees the lock', async () => {
  const screen = await shown();
  screen.onWidgetEvent('nps', event('widget_dismissed'));
  await vi.waitFor(() => expect(locks.held).toBe(false));
});
