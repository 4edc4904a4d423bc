import { getChannel, readArrival, readTouchpoint } from './channel';
import { decorateHandoff, forgetVisitor, getAnonymousId, getSession, getUserId, setUser } from './identity';
import { createJourney, type Journey } from './journey';
import { createEmitter } from './lib/create-emitter';
import { createReporter, type Diagnostics, type Report } from './lib/create-reporter';
import { createUuid7 } from './lib/create-uuid7';
import { onPageExit } from './lib/on-page-exit';
import { checkConfig } from './load-config';
import { loadWidget } from './loader';
import { onRouteChange } from './moments/route';
import { createOutbox, type FlushResult } from './outbox';
import { getPage } from './page';
import { watchStepRules } from './step-rules';
import { createMemoryStore, openIdbStore } from './store';
import { post } from './transport';
import type { Batch, Config, EventType, MjEvent, Source } from './types';

export const VERSION = '0.1.0';

/** Events `on()` can subscribe to. */
export const EVENTS = ['response', 'shown', 'dismissed', 'error', 'flush'];
/** Event types that are sent at once instead of waiting for a batch. */
const URGENT: EventType[] = ['response', 'journey_complete'];

export interface Options {
  /** The URL widget chunks resolve against (`widgets/<type>.js` beside it). */
  base: string;
  /** Loads the diagnostics: the config validator and the message texts (a chunk beside the script, or a bundled import). */
  loadDiagnostics(): Promise<Diagnostics>;
}

type Props = Record<string, unknown>;

/** The public API: the same commands the script tag's queue accepts. */
export interface Microjourney {
  /** Records a micro-journey step; `journey:step` names a step of a named journey. */
  step(name: string, props?: Props): void;
  /** Records a custom event, a micro-moment rules can react to. */
  track(name: string, props?: Props): void;
  /** Sets the journey stage explicitly (records a `stage` event when it changes). */
  stage(name: string): void;
  /** Links the anonymous id to a known user; `traits` are merged into the stored ones. */
  identify(userId: string, traits?: Props): void;
  /** Shows a widget now, bypassing triggers; resolves once it is mounted (or failed, reported). */
  show(widgetId: string): Promise<void>;
  /** Subscribes to `response`, `shown`, `dismissed`, `error` or `flush`; returns the unsubscribe function. */
  on(event: string, fn: (payload: any) => void): () => void;
  /** Sends what is queued now; resolves once the collector acknowledged it, or an attempt failed. */
  flush(): Promise<FlushResult>;
  /** `url` with the anonymous id added, so the journey continues in an app or a store. */
  handoff(url: string): string;
  /** Forgets identity and journey (logout): a new anonymous id and session. */
  reset(): void;
}

/** The instance as the script tag sees it: the API plus a dispatcher for `microjourney('command', …)`. */
export type Instance = Microjourney & { dispatch(name: string, args: unknown[]): unknown; report: Report };

const isName = (v: unknown) => typeof v == 'string' && v.trim() != '';
const isProps = (v: unknown) => v === undefined || (!!v && typeof v == 'object' && !Array.isArray(v));

/**
 * Starts microjourney with a config object or a config URL. Never throws: a config that cannot
 * be loaded or has problems is reported once (console and `on('error')`), and tracking goes on
 * with what is valid. Calls made before the config arrived are kept, with their time.
 */
export function createMicrojourney(configOrUrl: Config | string, options: Options): Instance {
  const report = createReporter(options.loadDiagnostics, (err) => emitter.emit('error', err));
  const emitter = createEmitter((event, err) => report('listener', event, (err as Error)?.message));

  let config: Config = {};
  let journey: Journey;
  let touchpoint = 'web';
  let seq = 0;
  let referrer = document.referrer;
  let arrival: Source | null = null;
  let ready = false;
  const waiting: Array<() => void> = [];
  /** Runs `fn` now if the config is known, else once it is, with the call's own time. */
  const whenReady = (fn: (now: number) => void) => {
    const now = Date.now();
    ready ? fn(now) : waiting.push(() => fn(now));
  };
  const sessionId = (now: number, pages?: number) => getSession(now, arrival, touchpoint, pages).id;

  const outbox = createOutbox({
    store: typeof indexedDB != 'undefined' ? openIdbStore() : createMemoryStore(),
    send(events, keepalive) {
      const collector = config.collector;
      if (!collector) return null;
      const batch: Batch = { sent_at: new Date().toISOString(), sdk: { name: 'microjourney', version: VERSION }, events };
      return post(new URL(collector.url, location.href).href, JSON.stringify(batch), collector.headers || {}, keepalive);
    },
    report,
    url: () => config.collector?.url || '',
    onFlush: (info) => emitter.emit('flush', info),
  });

  function record(type: EventType, fields: Partial<MjEvent> = {}, now = Date.now()): void {
    const session = getSession(now, arrival, touchpoint);
    arrival = null;
    const event: MjEvent = {
      id: createUuid7(now),
      type,
      ts: new Date(now).toISOString(),
      anonymous_id: getAnonymousId(),
      session_id: session.id,
      user_id: getUserId(),
      seq: ++seq,
      page: getPage(referrer),
      channel: getChannel(session.source, touchpoint),
      journey: journey.context(session.id),
      ...fields,
    };
    outbox.add(event, URGENT.includes(type)).catch(() => {});
  }

  let checkUrlRules = (_url: URL) => {};
  function recordPage(now = Date.now()): void {
    journey.abandonExpired(sessionId(now, 1), now);
    record('page', {}, now);
    checkUrlRules(new URL(location.href));
  }

  /** Reports a call with wrong arguments; returns whether they were right. */
  function check(command: string, ok: boolean, args: unknown[]): boolean {
    if (!ok) report('command', command, args);
    return ok;
  }

  async function start(raw: unknown, where: string | null): Promise<void> {
    // `where` is null after a failed load (already reported): the empty config is not checked.
    config = where === null ? {} : await checkConfig(raw, VERSION, options.loadDiagnostics, report, where);
    const url = new URL(location.href);
    getAnonymousId(url);
    touchpoint = readTouchpoint(url, config.touchpoint);
    arrival = readArrival(url, document.referrer);
    journey = createJourney(config.journeys || {}, record, report);
    checkUrlRules = watchStepRules(
      config.steps || [],
      (rule) => {
        const now = Date.now();
        if (rule.stage) journey.setStage(rule.stage, sessionId(now));
        journey.step(rule.name, {}, sessionId(now), now);
      },
    );
    ready = true;
    recordPage();
    waiting.splice(0).forEach((fn) => fn());
    onRouteChange((previous) => {
      referrer = previous;
      recordPage();
    });
    onPageExit(outbox.flushOnExit);
    addEventListener('online', outbox.wake);
    addEventListener('pageshow', outbox.wake);
    outbox.restore().catch(() => {});
  }

  if (typeof configOrUrl == 'string') {
    const where = new URL(configOrUrl, location.href).href;
    fetch(where, { credentials: 'same-origin' })
      .then((res) => (res.ok ? res.json() : Promise.reject(`HTTP ${res.status}`)))
      .then(
        (raw) => start(raw, where),
        (err) => {
          // `err` is "HTTP 404", a network TypeError, or a SyntaxError when the body is not JSON.
          report('config-load', where, String(err));
          return start({}, null);
        },
      );
  } else start(configOrUrl, '');

  const api: Instance = {
    step(name, props) {
      if (check('step', isName(name) && isProps(props), [name, props]))
        whenReady((now) => journey.step(name, props || {}, sessionId(now), now));
    },
    track(name, props) {
      if (check('track', isName(name) && isProps(props), [name, props]))
        whenReady((now) => record('track', { name, props: props || {} }, now));
    },
    stage(name) {
      if (check('stage', isName(name), [name]))
        whenReady((now) => {
          if (config.stages && !config.stages.includes(name)) report('unknown-stage', name, config.stages);
          journey.setStage(name, sessionId(now));
        });
    },
    identify(userId, traits) {
      if (check('identify', isName(userId) && isProps(traits), [userId, traits]))
        whenReady((now) => {
          setUser(userId, traits);
          record('identify', { traits: traits || {} }, now);
        });
    },
    show(widgetId) {
      return new Promise<void>((resolve) =>
        check('show', isName(widgetId), [widgetId])
          ? whenReady(() => {
              const widget = config.widgets?.[widgetId];
              if (!widget) return resolve(report('unknown-widget', widgetId, Object.keys(config.widgets || {})));
              const type = widget.type;
              const url = new URL(`widgets/${type}.js`, options.base).href;
              loadWidget(url)
                .then((mod) =>
                  mod.mount({
                    id: widgetId,
                    type,
                    config: widget,
                    emit(eventType, fields = {}) {
                      record(eventType, { widget: { id: widgetId, type }, ...fields });
                      const event = eventType.replace(/^widget_/, '');
                      if (EVENTS.includes(event)) emitter.emit(event, { widget: widgetId, ...fields });
                    },
                  }),
                )
                .catch((err) => report('widget', widgetId, url, err?.message))
                .finally(resolve);
            })
          : resolve(),
      );
    },
    on(event, fn) {
      return check('on', EVENTS.includes(event) && typeof fn == 'function', [event, typeof fn])
        ? emitter.on(event, fn)
        : () => {};
    },
    flush() {
      return new Promise((resolve) => whenReady(() => resolve(outbox.flush())));
    },
    handoff(url) {
      try {
        return decorateHandoff(url, getAnonymousId());
      } catch {
        check('handoff', false, [url]);
        return url;
      }
    },
    reset() {
      whenReady(() => {
        forgetVisitor();
        getAnonymousId();
      });
    },
    dispatch(name, args) {
      if (name != 'dispatch' && typeof (api as any)[name] == 'function') return (api as any)[name](...args);
      report('unknown-command', name, Object.keys(api).slice(0, -2));
    },
    report,
  };
  // Never throw into the host page: a bug in a command is reported, not raised.
  for (const [name, fn] of Object.entries(api))
    (api as any)[name] = (...args: unknown[]) => {
      try {
        return (fn as Function)(...args);
      } catch (err) {
        report('internal', name, String(err));
      }
    };
  return api;
}
