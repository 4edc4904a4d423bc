import { fits, type Shape } from './lib/shape';
import type { Check, RulesView } from './rules-view';
import type { Config, MjEvent, WidgetRule } from './types';

/** Per widget: when it was last shown, answered and dismissed (ms), how often shown, and in which session. */
interface WidgetState {
  shown?: number;
  responded?: number;
  dismissed?: number;
  shows?: number;
  session?: string;
  sessionShows?: number;
}
interface LastShown {
  at: number;
  session: string;
  count: number;
}

/** Stored shapes of the rules' own state: optional numbers (times, counts) and a session id. */
const WIDGET_STATE: Shape = (s) => fits(s, {}) && Object.values(s).every((v) => fits(v, 0) || fits(v, ''));
const LAST_SHOWN: Shape = { at: 0, session: '', count: 0 };

const DAY = 864e5;
const days = (ms: number) => `${(ms / DAY).toFixed(1)} days`;
const stateOf = (view: RulesView, id: string) => view.read<WidgetState>('w_' + id, WIDGET_STATE) || {};
const lastShown = (view: RulesView) => view.read<LastShown>('w_last', LAST_SHOWN);

/** The checks of a widget's frequency caps and of the site's throttle, each with what was seen. */
export function frequencyChecks(id: string, w: WidgetRule, throttle: NonNullable<Config['throttle']>, view: RulesView): Check[] {
  const f = w.frequency || {};
  const s = stateOf(view, id);
  const now = view.now();
  const session = view.session().id;
  const checks: Check[] = [];
  const wait = (check: string, since: number | undefined, limitDays: number | undefined, what: string) => {
    if (limitDays === undefined || since === undefined) return;
    const left = since + limitDays * DAY - now;
    checks.push({ check, ok: left <= 0, detail: left > 0 ? `${what} ${days(now - since)} ago; ${days(left)} to wait` : `${what} ${days(now - since)} ago` });
  };
  wait('frequency.afterResponseDays', s.responded, f.afterResponseDays, 'answered');
  wait('frequency.afterDismissDays', s.dismissed, f.afterDismissDays, 'dismissed');
  if (f.maxShows !== undefined)
    checks.push({ check: 'frequency.maxShows', ok: (s.shows || 0) < f.maxShows, detail: `shown ${s.shows || 0} of ${f.maxShows} times` });
  const inSession = s.session == session ? s.sessionShows || 0 : 0;
  if (f.perSession !== undefined)
    checks.push({ check: 'frequency.perSession', ok: inSession < f.perSession, detail: `shown ${inSession} of ${f.perSession} times this session` });
  const last = lastShown(view);
  if (throttle.quietDays !== undefined && !f.ignoreQuiet && last) {
    const left = last.at + throttle.quietDays * DAY - now;
    checks.push({
      check: 'throttle.quietDays',
      ok: left <= 0,
      detail: left > 0 ? `a widget was shown ${days(now - last.at)} ago; quiet for ${days(left)} more` : `last widget ${days(now - last.at)} ago`,
    });
  }
  if (throttle.maxPerSession !== undefined) {
    const count = last?.session == session ? last.count : 0;
    checks.push({
      check: 'throttle.maxPerSession',
      ok: count < throttle.maxPerSession,
      detail: `${count} of ${throttle.maxPerSession} widgets shown this session`,
    });
  }
  return checks;
}

/** Keeps a widget's frequency state from its events: shown (and the site-wide last shown), answered, dismissed. */
export function recordFrequency(id: string, event: MjEvent, view: RulesView): void {
  const s = stateOf(view, id);
  const now = Date.parse(event.ts);
  if (event.type == 'widget_shown') {
    const session = view.session().id;
    s.shows = (s.shows || 0) + 1;
    s.sessionShows = s.session == session ? (s.sessionShows || 0) + 1 : 1;
    s.session = session;
    s.shown = now;
    const last = lastShown(view);
    view.write('w_last', { at: now, session, count: last?.session == session ? last.count + 1 : 1 });
  }
  if (event.type == 'response') s.responded = now;
  if (event.type == 'widget_dismissed') s.dismissed = now;
  view.write('w_' + id, s);
}
