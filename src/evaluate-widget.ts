import { audienceChecks } from './audience-checks';
import { frequencyChecks } from './frequency-checks';
import { hashText } from './lib/hash-text';
import { journeyUnderWay } from './journey-state';
import { parseDuration } from './lib/parse-duration';
import type { Check, RulesView } from './rules-view';
import type { Config, WidgetRule } from './types';
import { MOMENT_EVENTS } from './moments/names';

/** Why a widget would or would not show now. */
export interface Explanation {
  widget: string;
  eligible: boolean;
  checks: Check[];
  /** What would make it show next. */
  next: string;
}

/** A moment as the rules see it: a recorded event, or what a detector saw. */
export interface Moment {
  type: string;
  name?: string;
  detail?: Record<string, unknown>;
}

/** The event, step, stage or journey a trigger waits for by name, if its moment is one of those. */
export const namedBy = (t: WidgetRule['trigger']) => (MOMENT_EVENTS[t.on] ? (t.step ?? t.event ?? t.stage ?? t.journey) : undefined);

/** A stable draw in [0, 1) for a visitor and a widget: the same answer on every page and reload. */
export const sampleDraw = (anonymousId: string, widgetId: string) => parseInt(hashText(`${anonymousId}:${widgetId}`), 16) / 2 ** 32;

/**
 * Every check for a widget now, each with what was seen, and whether it may show: the audience,
 * the trigger's own conditions, the frequency caps and the throttle, then the sample. `event` is
 * the moment being evaluated, if any.
 */
export function evaluateWidget(id: string, w: WidgetRule, throttle: NonNullable<Config['throttle']>, ctx: RulesView, event?: Moment): Explanation {
  const t = w.trigger;
  const checks = audienceChecks(w, ctx);
  const moment = MOMENT_EVENTS[t.on] || t.on;
  const add = (check: string, ok: boolean, detail: string) => checks.push({ check, ok, detail });
  if (event) add('trigger.on', moment == event.type, `moment ${event.type}${event.name ? ` ${event.name}` : ''}`);
  else add('trigger.on', true, t.on == 'manual' ? 'shown only by show()' : `waits for ${t.on}`);
  const named = namedBy(t);
  if (named !== undefined && event && moment == event.type)
    add(
      `trigger.${t.step !== undefined ? 'step' : t.event !== undefined ? 'event' : t.stage !== undefined ? 'stage' : 'journey'}`,
      event.name == named,
      `${event.name}`,
    );
  const seen = event?.detail;
  if (t.on == 'scroll' && seen) add('trigger.depth', (seen.depth as number) >= (t.depth ?? 0.5), `scrolled to ${seen.depth}`);
  if ((t.on == 'dwell' || t.on == 'idle') && seen) add('trigger.after', seen.ms == parseDuration(t.after), `${t.on} ${seen.ms} ms`);
  if (t.on == 'vitals' && t.metric && seen) add('trigger.metric', seen.metric == t.metric, `poor ${seen.metric} (${seen.value})`);
  if (t.on == 'exit-intent' && t.journey !== undefined && t.incomplete) {
    const underWay = journeyUnderWay(ctx.read, t.journey);
    add('trigger.incomplete', underWay, `${t.journey} is ${underWay ? '' : 'not '}under way`);
  }
  checks.push(...frequencyChecks(id, w, throttle, ctx));
  const sample = w.audience?.sample;
  if (sample !== undefined) {
    const draw = sampleDraw(ctx.anonymousId(), id);
    checks.push({ check: 'audience.sample', ok: draw < sample, detail: `this visitor draws ${draw.toFixed(3)}; shown below ${sample}` });
  }
  const failed = checks.filter((c) => !c.ok);
  const eligible = !failed.length && t.on != 'manual';
  return {
    widget: id,
    eligible,
    checks,
    next: eligible
      ? `shows at the next ${t.on}${named ? ` ${named}` : ''}${t.delay ? `, after ${t.delay}` : ''}`
      : failed.map((c) => `${c.check}: ${c.detail}`).join('; ') || 'call show()',
  };
}
