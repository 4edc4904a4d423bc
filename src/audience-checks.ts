import { holdsHere } from './lib/match-url';
import { urlCondition } from './lib/url-condition';
import type { Check, RulesView } from './rules-view';
import type { WidgetRule } from './types';

/** `mobile` under 640 px wide, `tablet` under 1024 px, else `desktop`. */
export const deviceClass = (width = innerWidth) => (width < 640 ? 'mobile' : width < 1024 ? 'tablet' : 'desktop');

const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? undefined : [v]);

/** The checks of a widget's audience (and of its trigger's URL), each with what was seen. */
export function audienceChecks(w: WidgetRule, view: RulesView): Check[] {
  const a = w.audience || {};
  const checks: Check[] = [];
  const add = (check: string, ok: boolean, detail: string) => checks.push({ check, ok, detail });
  const urlCond = urlCondition(w);
  if (urlCond !== undefined) add('url', holdsHere(urlCond), `page ${location.pathname}`);
  const session = view.session();
  const journey = view.journey();
  const stages = list(a.stage);
  if (stages) add('audience.stage', stages.includes(journey.stage), `stage is ${journey.stage ?? 'none'}`);
  const channels = list(a.channel);
  if (channels) add('audience.channel', channels.includes(view.touchpoint()), `touchpoint is ${view.touchpoint()}`);
  const sources = list(a.source);
  if (sources)
    add(
      'audience.source',
      sources.some((s) => s == session.source.source || s == session.source.medium),
      `source is ${session.source.source} / ${session.source.medium}`,
    );
  if (a.journey !== undefined) add('audience.journey', journey.name == a.journey, `journey is ${journey.name ?? 'none'}`);
  if (a.step !== undefined) add('audience.step', journey.step == a.step, `step is ${journey.step ?? 'none'}`);
  if (a.nth?.page !== undefined) add('audience.nth.page', session.pages >= a.nth.page, `page ${session.pages} of the session`);
  if (a.nth?.visit !== undefined) add('audience.nth.visit', session.n >= a.nth.visit, `visit ${session.n}`);
  const devices = list(a.device);
  if (devices) add('audience.device', devices.includes(deviceClass()), `device is ${deviceClass()}`);
  const locales = list(a.locale);
  const lang = (document.documentElement.lang || navigator.language || '').toLowerCase();
  if (locales)
    add(
      'audience.locale',
      locales.some((l) => lang == l || lang.startsWith(l + '-')),
      `locale is ${lang || 'unknown'}`,
    );
  if (a.traits) {
    const traits = view.traits();
    for (const [k, v] of Object.entries(a.traits)) add(`audience.traits.${k}`, traits[k] === v, `${k} is ${JSON.stringify(traits[k])}`);
  }
  return checks;
}
