import type { RulesView } from './rules-view';
import type { MjEvent } from './types';

/**
 * At most one widget on screen across all the site's tabs: a Web Lock held from the moment a
 * widget shows until it is answered or dismissed (or its tab closes, which frees the lock).
 * `onShow(id)` is told when a widget goes ahead (the rules count it as fired on this page).
 */
export function createOneOnScreen(view: RulesView, onShow: (id: string) => void) {
  /** Releases of the cross-tab lock, by the widget that holds it. */
  const releases = new Map<string, () => void>();
  const shownNow = new Set<string>();
  const free = (id: string) => (releases.get(id)?.(), releases.delete(id));
  return {
    show(id: string): void {
      if (!navigator.locks) return void (onShow(id), view.show(id));
      navigator.locks.request('microjourney-widget', { ifAvailable: true }, (lock) => {
        if (!lock) return view.debug(`${id}: not shown, another widget is on screen (in this tab or another)`, {});
        onShow(id);
        shownNow.delete(id);
        return new Promise<void>((release) => {
          releases.set(id, release);
          // A widget that did not mount (unknown, or its chunk failed) gives the lock back.
          Promise.resolve(view.show(id)).then(() => shownNow.has(id) || free(id));
        });
      });
    },
    /**
     * A widget event: shown keeps the lock; answered or dismissed frees it. A partial answer
     * does not: it is recorded when the page hides with the widget still on screen (issue 12 §4).
     */
    onWidgetEvent(id: string, event: MjEvent): void {
      if (event.type == 'widget_shown') shownNow.add(id);
      else if (!event.response?.partial) free(id);
    },
  };
}
