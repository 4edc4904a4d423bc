import { hashText } from './lib/hash-text';
import { fits, type Shape } from './lib/local-state';
import { matchUrl } from './lib/match-url';
import { parseDuration } from './lib/parse-duration';
import { watchDwell } from './moments/dwell';
import { watchExitIntent } from './moments/exit-intent';
import { watchIdle } from './moments/idle';
import { watchRageClick } from './moments/rage-click';
import { watchScroll } from './moments/scroll-depth';
import type { Fire } from './moments/types';
import { watchVitals, type VitalsModule } from './moments/vitals';
import type { Session } from './identity';
import type { Config, JourneyContext, MjEvent, UrlMatch, WidgetRule } from './types';

/** What the rules read from the core, and how they show a widget. */
export interface RulesContext {
  /** The visitor's state (`aid`, `session`, `journey`, `traits`, and the rules' own frequency state), as the core keeps it. */
  read<T>(key: string, shape?: Shape): T | undefined;
  write(key: string, value: unknown): void;
  show(widgetId: string): unknown;
  /** Loads a chunk of the core's: here `vitals` (web-vitals), only when a rule waits for poor vitals. */
  load(name: 'vitals'): Promise<VitalsModule>;
}

/** One condition of a rule, as `explain()` reports it. */
export interface Check {
  check: string;
  ok: boolean;
  detail: string;
}

/** Why a widget would or would not show now. */
export interface Explanation {
  widget: string;
  eligible: boolean;
  checks: Check[];
  /** What would make it show next. */
  next: string;
}

/** Per widget: when it was last shown, answered and dismissed (ms), how often shown, and in which session. */
interface WidgetState {
  shown?: number;
  responded?: number;
  dismissed?: number;
  shows?: number;
  session?: string;
  sessionShows?: number;
}

/** Stored shapes of the rules' own state: optional numbers (times, counts) and a session id. */
const WIDGET_STATE: Shape = (s) => fits(s, {}) && Object.values(s).every((v) => fits(v, 0) || fits(v, ''));
const LAST_SHOWN: Shape = { at: 0, session: '', count: 0 };

const DAY = 864e5;
/** A moment as the rules see it: a recorded event, or what a detector saw. */
interface Moment {
  type: string;
  name?: string;
  detail?: Record<string, unknown>;
}

/** The moment each trigger waits for, as the event type that carries it (detectors' moments carry their own name). */
const MOMENTS: Record<string, string> = {
  page: 'page',
  step: 'step',
  event: 'track',
  stage: 'stage',
  'journey-complete': 'journey_complete',
  'journey-abandon': 'journey_abandon',
};

/** A stable draw in [0, 1) for a visitor and a widget: the same answer on every page and reload. */
export const sampleDraw = (anonymousId: string, widgetId: string) => parseInt(hashText(`${anonymousId}:${widgetId}`), 16) / 2 ** 32;

/** `mobile` under 640 px wide, `tablet` under 1024 px, else `desktop`. */
export const deviceClass = (width = innerWidth) => (width < 640 ? 'mobile' : width < 1024 ? 'tablet' : 'desktop');

const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? undefined : [v]);
const days = (ms: number) => `${(ms / DAY).toFixed(1)} days`;

/**
 * The trigger rules of the config's widgets (DESIGN §3): on each event, for each widget whose
 * trigger waits for that moment, the audience is checked, then the trigger's own conditions,
 * then the frequency caps, then the sample; a widget that passes is shown (after its `delay`,
 * if its conditions still hold then). `explain()` reports the same checks with what was seen.
 */
export function createTriggerRules(config: Config, c: RulesContext) {
  /** The touchpoint, as the latest event carried it (every page view records one first). */
  let touchpoint = 'web';
  const ctx = {
    ...c,
    touchpoint: () => touchpoint,
    now: Date.now,
    anonymousId: () => c.read<string>('aid') || '',
    session: () => c.read<Session>('session')!,
    traits: () => c.read<Record<string, unknown>>('traits') || {},
    // The stage and the journey are the visitor's; the step count (per session) is not used here.
    journey: () => c.read<JourneyContext>('journey') || ({ stage: null, name: null } as JourneyContext),
    debug: (message: string, detail: unknown) => debug && console.debug(`microjourney: ${message}`, detail),
  };
  /** Every decision to the console: `debug` in the config, or `?microjourney_debug=1` on the page URL. */
  const debug = config.debug || /[?&]microjourney_debug=1/.test(location.search);
  const widgets = Object.entries(config.widgets || {}).filter(([, w]) => w.trigger) as [string, WidgetRule][];
  const throttle = config.throttle || {};
  const state = (id: string) => ctx.read<WidgetState>('w_' + id, WIDGET_STATE) || {};
  const save = (id: string, s: WidgetState) => ctx.write('w_' + id, s);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  function audienceChecks(id: string, w: WidgetRule): Check[] {
    const a = w.audience || {};
    const checks: Check[] = [];
    const add = (check: string, ok: boolean, detail: string) => checks.push({ check, ok, detail });
    const url = new URL(location.href);
    const urlCond = (w.trigger.url ?? a.url) as UrlMatch | undefined;
    if (urlCond !== undefined) add('url', matchUrl(urlCond, url), `page ${url.pathname}`);
    const session = ctx.session();
    const journey = ctx.journey();
    const stages = list(a.stage);
    if (stages) add('audience.stage', stages.includes(journey.stage), `stage is ${journey.stage ?? 'none'}`);
    const channels = list(a.channel);
    if (channels) add('audience.channel', channels.includes(ctx.touchpoint()), `touchpoint is ${ctx.touchpoint()}`);
    const sources = list(a.source);
    if (sources) add('audience.source', sources.some((s) => s == session.source.source || s == session.source.medium), `source is ${session.source.source} / ${session.source.medium}`);
    if (a.journey !== undefined) add('audience.journey', journey.name == a.journey, `journey is ${journey.name ?? 'none'}`);
    if (a.step !== undefined) add('audience.step', journey.step == a.step, `step is ${journey.step ?? 'none'}`);
    if (a.nth?.page !== undefined) add('audience.nth.page', session.pages >= a.nth.page, `page ${session.pages} of the session`);
    if (a.nth?.visit !== undefined) add('audience.nth.visit', session.n >= a.nth.visit, `visit ${session.n}`);
    const devices = list(a.device);
    if (devices) add('audience.device', devices.includes(deviceClass()), `device is ${deviceClass()}`);
    const locales = list(a.locale);
    const lang = (document.documentElement.lang || navigator.language || '').toLowerCase();
    if (locales) add('audience.locale', locales.some((l) => lang == l || lang.startsWith(l + '-')), `locale is ${lang || 'unknown'}`);
    if (a.traits) {
      const traits = ctx.traits();
      for (const [k, v] of Object.entries(a.traits)) add(`audience.traits.${k}`, traits[k] === v, `${k} is ${JSON.stringify(traits[k])}`);
    }
    void id;
    return checks;
  }

  function frequencyChecks(id: string, w: WidgetRule): Check[] {
    const f = w.frequency || {};
    const s = state(id);
    const now = ctx.now();
    const session = ctx.session().id;
    const checks: Check[] = [];
    const wait = (check: string, since: number | undefined, limitDays: number | undefined, what: string) => {
      if (limitDays === undefined || since === undefined) return;
      const left = since + limitDays * DAY - now;
      checks.push({ check, ok: left <= 0, detail: left > 0 ? `${what} ${days(now - since)} ago; ${days(left)} to wait` : `${what} ${days(now - since)} ago` });
    };
    wait('frequency.afterResponseDays', s.responded, f.afterResponseDays, 'answered');
    wait('frequency.afterDismissDays', s.dismissed, f.afterDismissDays, 'dismissed');
    if (f.maxShows !== undefined) checks.push({ check: 'frequency.maxShows', ok: (s.shows || 0) < f.maxShows, detail: `shown ${s.shows || 0} of ${f.maxShows} times` });
    const inSession = s.session == session ? s.sessionShows || 0 : 0;
    if (f.perSession !== undefined) checks.push({ check: 'frequency.perSession', ok: inSession < f.perSession, detail: `shown ${inSession} of ${f.perSession} times this session` });
    const last = ctx.read<{ at: number; session: string; count: number }>('w_last', LAST_SHOWN);
    if (throttle.quietDays !== undefined && !f.ignoreQuiet && last) {
      const left = last.at + throttle.quietDays * DAY - now;
      checks.push({ check: 'throttle.quietDays', ok: left <= 0, detail: left > 0 ? `a widget was shown ${days(now - last.at)} ago; quiet for ${days(left)} more` : `last widget ${days(now - last.at)} ago` });
    }
    if (throttle.maxPerSession !== undefined) {
      const count = last?.session == session ? last.count : 0;
      checks.push({ check: 'throttle.maxPerSession', ok: count < throttle.maxPerSession, detail: `${count} of ${throttle.maxPerSession} widgets shown this session` });
    }
    return checks;
  }

  /** Every check for a widget now; `event` is the moment being evaluated, if any. */
  function evaluate(id: string, w: WidgetRule, event?: Moment): Explanation {
    const t = w.trigger;
    const checks = audienceChecks(id, w);
    const moment = MOMENTS[t.on] || t.on;
    const add = (check: string, ok: boolean, detail: string) => checks.push({ check, ok, detail });
    if (event) add('trigger.on', moment == event.type, `moment ${event.type}${event.name ? ` ${event.name}` : ''}`);
    else add('trigger.on', true, t.on == 'manual' ? 'shown only by show()' : `waits for ${t.on}`);
    const named = MOMENTS[t.on] ? (t.step ?? t.event ?? t.stage ?? t.journey) : undefined;
    if (named !== undefined && event && moment == event.type) add(`trigger.${t.step !== undefined ? 'step' : t.event !== undefined ? 'event' : t.stage !== undefined ? 'stage' : 'journey'}`, event.name == named, `${event.name}`);
    const seen = event?.detail;
    if (t.on == 'scroll' && seen) add('trigger.depth', (seen.depth as number) >= (t.depth ?? 0.5), `scrolled to ${seen.depth}`);
    if ((t.on == 'dwell' || t.on == 'idle') && seen) add('trigger.after', seen.ms == parseDuration(t.after), `${t.on} ${seen.ms} ms`);
    if (t.on == 'vitals' && t.metric && seen) add('trigger.metric', seen.metric == t.metric, `poor ${seen.metric} (${seen.value})`);
    if (t.on == 'exit-intent' && t.journey !== undefined && t.incomplete) {
      const open = ctx.read<{ open?: Record<string, number> }>('journey')?.open || {};
      const underWay = Object.prototype.hasOwnProperty.call(open, t.journey);
      add('trigger.incomplete', underWay, `${t.journey} is ${underWay ? '' : 'not '}under way`);
    }
    checks.push(...frequencyChecks(id, w));
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

  function record(id: string, event: MjEvent): void {
    const s = state(id);
    const now = Date.parse(event.ts);
    if (event.type == 'widget_shown') {
      const session = ctx.session().id;
      s.shows = (s.shows || 0) + 1;
      s.sessionShows = s.session == session ? (s.sessionShows || 0) + 1 : 1;
      s.session = session;
      s.shown = now;
      const last = ctx.read<{ at: number; session: string; count: number }>('w_last', LAST_SHOWN);
      ctx.write('w_last', { at: now, session, count: last?.session == session ? last.count + 1 : 1 });
    }
    if (event.type == 'widget_shown') shownNow.add(id);
    if (event.type == 'response') s.responded = now;
    if (event.type == 'widget_dismissed') s.dismissed = now;
    if (event.type != 'widget_shown') free(id);
    save(id, s);
  }

  /** Releases of the cross-tab lock, by the widget that holds it. */
  const releases = new Map<string, () => void>();
  const shownNow = new Set<string>();

  /**
   * At most one widget on screen across all the site's tabs: a Web Lock held from the moment a
   * widget shows until it is answered or dismissed (or its tab closes, which frees the lock).
   */
  function showAlone(id: string): void {
    if (!navigator.locks) return void (fired.add(id), ctx.show(id));
    navigator.locks.request('microjourney-widget', { ifAvailable: true }, (lock) => {
      if (!lock) return ctx.debug(`${id}: not shown, another widget is on screen (in this tab or another)`, {});
      fired.add(id);
      shownNow.delete(id);
      return new Promise<void>((release) => {
        releases.set(id, release);
        // A widget that did not mount (unknown, or its chunk failed) gives the lock back.
        Promise.resolve(ctx.show(id)).then(() => shownNow.has(id) || free(id));
      });
    });
  }
  const free = (id: string) => (releases.get(id)?.(), releases.delete(id));

  /** Widgets that fired on this page view: a moment that repeats (scroll, idle) fires a widget once a page. */
  const fired = new Set<string>();

  function handle(event: Moment): void {
    for (const [id, w] of widgets) {
      if ((MOMENTS[w.trigger.on] || w.trigger.on) != event.type || fired.has(id)) continue;
      const verdict = evaluate(id, w, event);
      ctx.debug(`${id}: ${verdict.eligible ? 'shows' : 'does not show'} on ${event.type}`, verdict);
      if (!verdict.eligible || pending.has(id)) continue;
      const delay = parseDuration(w.trigger.delay) || 0;
      pending.set(
        id,
        setTimeout(
          () =>
            guard(`the end of ${id}'s delay`, () => {
              pending.delete(id);
              // The conditions must still hold when the delay is over (the route may have changed).
              const again = evaluate(id, w);
              if (again.checks.every((c) => c.ok)) showAlone(id);
              else ctx.debug(`${id}: no longer eligible after its delay`, again);
            }),
          delay,
        ),
      );
    }
  }

  // Each detector is attached only when some rule needs it, and `stop()` removes them all.
  const ons = widgets.map(([, w]) => w.trigger);
  /** Runs rule work from an event listener, a timer or `record()`: a bug here must never reach the page. */
  const guard = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (err) {
      console.warn(`microjourney: the widget rules failed on ${what} (${err}); the page is unaffected. Please report this bug with the message.`);
    }
  };
  const fire: Fire = (type, detail) => guard(`a ${type} moment`, () => handle({ type, detail }));
  /** The shortest of the durations given, or undefined when none is. */
  const least = (values: (string | undefined)[]) => {
    const ms = values.map((v) => parseDuration(v)).filter((v) => v >= 0);
    return ms.length ? Math.min(...ms) : undefined;
  };
  const stops: (() => void)[] = [];
  const onPage: (() => void)[] = [];
  const exits = ons.filter((t) => t.on == 'exit-intent');
  if (exits.length) stops.push(watchExitIntent(fire, { minDwell: least(exits.map((t) => t.minDwell)) ?? 3000, hiddenFor: least(exits.map((t) => t.hiddenFor)) ?? 10_000 }));
  if (ons.some((t) => t.on == 'scroll')) {
    const scroll = watchScroll(fire);
    stops.push(scroll.stop);
    onPage.push(scroll.reset);
  }
  if (ons.some((t) => t.on == 'rage-click')) stops.push(watchRageClick(fire));
  if (ons.some((t) => t.on == 'vitals')) stops.push(watchVitals(fire, () => c.load('vitals')));
  for (const after of new Set(ons.filter((t) => t.on == 'dwell').map((t) => parseDuration(t.after)))) {
    const dwell = watchDwell(fire, after);
    stops.push(dwell.stop);
    onPage.push(dwell.restart);
  }
  for (const after of new Set(ons.filter((t) => t.on == 'idle').map((t) => parseDuration(t.after)))) stops.push(watchIdle(fire, after));

  return {
    /** Called for every recorded event: keeps the frequency state, and fires the triggers that wait for it. */
    onEvent(event: MjEvent): void {
      guard(`a ${event.type} event`, () => {
        touchpoint = event.channel?.touchpoint || touchpoint;
        if (event.widget) return record(event.widget.id, event);
        if (event.type == 'page') {
          // A delayed widget is not cancelled here: its conditions (its URL, its audience) are
          // checked again when the delay ends, so a route that no longer matches cancels it.
          fired.clear();
          onPage.forEach((restart) => restart());
        }
        handle(event);
      });
    },

    /** Removes every detector's listeners and timers. */
    stop(): void {
      stops.forEach((stop) => stop());
      pending.forEach((timer) => clearTimeout(timer));
    },

    /** Why each widget (or one) would or would not show now. */
    explain(widgetId?: string): Explanation[] {
      return Object.entries(config.widgets || {})
        .filter(([id]) => widgetId === undefined || id == widgetId)
        .map(([id, w]) => (w.trigger ? evaluate(id, w as WidgetRule) : { widget: id, eligible: false, checks: [{ check: 'trigger', ok: false, detail: 'no trigger: shown only by show()' }], next: 'call show()' }));
    },
  };
}
