import type { Microjourney } from './api';
import type { Hub } from './hub';
import { isDebugging } from './lib/is-debugging';
import { JOURNEY, journeyUnderWay } from './journey-state';
import { PREFIX } from './lib/storage-keys';
import { holdsHere } from './lib/match-url';
import { urlCondition } from './lib/url-condition';
import { MOMENT_EVENTS } from './moments/names';
import type { RulesContext } from './rules-view';
import type { Config, MjEvent } from './types';

/**
 * Whether the widget rules can act on this event: an event of a widget (the frequency state
 * counts it; `show()` and `manual` triggers make those), the event a trigger waits for (a
 * `track()` of its name, a step, a stage, a journey's end), or a page view on which another
 * trigger's URL condition (or its audience's) holds, tested as the rules test it (the
 * current location). An exit intent that waits for a journey under way (`incomplete`) can act
 * only while that journey is, from the page view or the step that started it. No other event
 * can fire a widget. `read` is the core's visitor state.
 */
export const triggersCanAct = (config: Config, event: MjEvent, read: RulesContext['read']) =>
  !!event.widget ||
  Object.values(config.widgets || {}).some((w) => {
    const t = w.trigger;
    const url = urlCondition(w);
    if (!t || t.on == 'manual') return false;
    // A step, a stage, a journey's end or a track() of the trigger's name: that event itself.
    const recorded = MOMENT_EVENTS[t.on];
    if (recorded && recorded != 'page') return event.type == recorded && (t.on != 'event' || (t.event ?? event.name) == event.name);
    const waitsForJourney = t.on == 'exit-intent' && t.journey !== undefined && !!t.incomplete;
    if (waitsForJourney && !journeyUnderWay(read, t.journey!)) return false;
    // A page view, or a detector's moment (scroll, exit intent…), which must be watched from the page view on.
    return (event.type == 'page' || (waitsForJourney && event.type == 'step')) && holdsHere(url);
  });

/**
 * Stands in for the widget rules (`hub.triggers`) until one of them can act, so a page on
 * which no widget can show never loads, compiles or runs them (the triggers chunk: 10 KB of
 * code). The first event they could act on loads them; they then see that event and every
 * later one, in order. In debug mode they load at once, so every decision is printed. Until
 * they are loaded, `explain()` says so and loads them. A journey started in another tab is
 * seen here at once (the `storage` event), not at this tab's next page view or step.
 */
export function createRulesGate(hub: Hub, state: Pick<RulesContext, 'read' | 'write'>, show: Microjourney['show']): NonNullable<Hub['triggers']> {
  const { config, report } = hub;
  let waiting: MjEvent[] | undefined;
  const load = () => {
    if (waiting) return;
    waiting = [];
    hub
      .chunk('triggers')
      .then((chunk) => {
        const seen = waiting!;
        const triggers = (hub.triggers = chunk?.createTriggerRules(config, { ...state, show, load: hub.options.load }, report));
        seen.forEach((event) => triggers?.onEvent(event));
      })
      .catch((err) => report('rules', 'starting the widget rules', String(err)));
  };
  const loadIfTheyCanAct = (event: MjEvent) => {
    let canAct = true;
    try {
      canAct = triggersCanAct(config, event, state.read);
    } catch (err) {
      // A URL condition that cannot be tested (a config used unchecked): the rules say why, once loaded.
      report('rules', `a ${event.type} event`, String(err));
    }
    if (canAct) load();
  };
  if (isDebugging(config)) load();
  // A journey another tab starts (or ends): an exit intent on this page that waits for it can act
  // from now on, as a page view here would find. The core's state has already forgotten its copy.
  addEventListener('storage', (e) => e.key == PREFIX + JOURNEY && !waiting && loadIfTheyCanAct({ type: 'page' } as MjEvent));
  return {
    onEvent(event) {
      loadIfTheyCanAct(event);
      waiting?.push(event);
    },
    stop() {},
    explain(widgetId) {
      load();
      return Object.keys(config.widgets || {})
        .filter((id) => widgetId === undefined || id == widgetId)
        .map((widget) => ({
          widget,
          eligible: false,
          checks: [{ check: 'rules', ok: false, detail: 'not loaded yet: no widget could show on this page so far' }],
          next: 'call explain() again in a moment: the rules are loading now',
        }));
    },
  };
}
