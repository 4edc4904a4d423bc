import { attachDetectors } from './attach-detectors';
import { evaluateWidget, namedBy, type Explanation, type Moment } from './evaluate-widget';
import { MOMENT_EVENTS } from './moments/names';
import { recordFrequency } from './frequency-checks';
import type { Report } from './lib/create-reporter';
import { parseDuration } from './lib/parse-duration';
import { urlCondition } from './lib/url-condition';
import type { Fire } from './moments/types';
import { createOneOnScreen } from './one-on-screen';
import { createRulesView, type RulesContext } from './rules-view';
import type { Config, MjEvent, WidgetRule } from './types';

export { deviceClass } from './audience-checks';
export { sampleDraw, type Explanation } from './evaluate-widget';
export type { Check, RulesContext } from './rules-view';

/** What explain() says of a widget without a trigger. */
const withoutTrigger = (id: string): Explanation => ({
  widget: id,
  eligible: false,
  checks: [{ check: 'trigger', ok: false, detail: 'no trigger: shown only by show()' }],
  next: 'call show()',
});

/** Whether a trigger names its event (step, stage, journey) and this moment is another: a burst of other calls skips it (evaluated only to say why when debugging). */
const namesAnother = (w: WidgetRule, event: Moment) => (namedBy(w.trigger) ?? event.name) != event.name;

/**
 * The trigger rules of the config's widgets (DESIGN §3): on each event, for each widget whose
 * trigger waits for that moment, the audience is checked, then the trigger's own conditions,
 * then the frequency caps, then the sample; a widget that passes is shown (after its `delay`,
 * if its conditions still hold then). `explain()` reports the same checks with what was seen.
 */
export function createTriggerRules(config: Config, c: RulesContext, report: Report) {
  const ctx = createRulesView(config, c);
  const widgets = Object.entries(config.widgets || {}).filter(([, w]) => w.trigger) as [string, WidgetRule][];
  const throttle = config.throttle || {};
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Widgets that fired on this page view: a moment that repeats (scroll, idle) fires a widget once a page. */
  const fired = new Set<string>();
  const screen = createOneOnScreen(ctx, (id) => fired.add(id));

  function handle(event: Moment): void {
    for (const [id, w] of widgets) {
      if ((MOMENT_EVENTS[w.trigger.on] || w.trigger.on) != event.type || fired.has(id) || (!ctx.debugging && namesAnother(w, event))) continue;
      const verdict = evaluateWidget(id, w, throttle, ctx, event);
      ctx.debug(`${id}: ${verdict.eligible ? 'shows' : 'does not show'} on ${w.trigger.on}`, verdict);
      if (!verdict.eligible || pending.has(id)) continue;
      const delay = parseDuration(w.trigger.delay) || 0;
      pending.set(
        id,
        setTimeout(
          () =>
            guard(`the end of ${id}'s delay`, () => {
              pending.delete(id);
              // The conditions must still hold when the delay is over (the route may have changed).
              const again = evaluateWidget(id, w, throttle, ctx);
              if (again.checks.every((c) => c.ok)) screen.show(id);
              else ctx.debug(`${id}: no longer eligible after its delay`, again);
            }),
          delay,
        ),
      );
    }
  }

  /** Runs rule work from an event listener, a timer or `record()`: a bug here must never reach the page. */
  const guard = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (err) {
      report('rules', what, String(err));
    }
  };
  const fire: Fire = (type, detail) => guard(`a ${type} moment`, () => handle({ type, detail }));
  // A detector watches the pages its widget can show on: an audience's URL bounds the trigger's too (web-vitals loads only there).
  const triggers = widgets.map(([, w]) => ({ ...w.trigger, url: urlCondition(w) }));
  const detectors = attachDetectors(triggers, fire, () => c.load('vitals'));

  return {
    /** Called for every recorded event: keeps the frequency state, and fires the triggers that wait for it. */
    onEvent(event: MjEvent): void {
      guard(`a ${event.type} event`, () => {
        ctx.setTouchpoint(event.channel?.touchpoint);
        if (event.widget) {
          screen.onWidgetEvent(event.widget.id, event);
          return recordFrequency(event.widget.id, event, ctx);
        }
        if (event.type == 'page') {
          // A delayed widget is not cancelled here: its conditions (its URL, its audience) are
          // checked again when the delay ends, so a route that no longer matches cancels it.
          fired.clear();
          detectors.newPage();
        }
        handle(event);
      });
    },

    /** Removes every detector's listeners and timers. */
    stop(): void {
      detectors.stop();
      pending.forEach((timer) => clearTimeout(timer));
    },

    /** Why each widget (or one) would or would not show now. */
    explain(widgetId?: string): Explanation[] {
      return Object.entries(config.widgets || {})
        .filter(([id]) => widgetId === undefined || id == widgetId)
        .map(([id, w]) => (w.trigger ? evaluateWidget(id, w as WidgetRule, throttle, ctx) : withoutTrigger(id)));
    },
  };
}
