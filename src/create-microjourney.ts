import type { Chunks, Instance, Options, Props } from './api';
import { getChannel, readArrival, readTouchpoint } from './channel';
import { decorateHandoff, forgetVisitor, getAnonymousId, getSession, getUserId, setUser } from './identity';
import { createJourney, type Journey } from './journey';
import { createEmitter } from './lib/create-emitter';
import { createReporter } from './lib/create-reporter';
import { createUuid7 } from './lib/create-uuid7';
import { copyProps, isName } from './call-arguments';
import { readState, setOnDiscard, setPersist, writeState } from './lib/local-state';
import { fits, isSource } from './lib/shape';
import { takeAll } from './lib/take-all';
import { onPageLifecycle } from './lib/on-page-lifecycle';
import { COMMANDS, EVENTS } from './commands';
import { checkConfig, whenConfig } from './load-config';
import { onRouteChange } from './moments/route';
import { createOutbox } from './outbox';
import { getPage } from './page';
import type { Allowance } from './consent';
import { readDecision } from './lib/read-decision';
import { createMemoryStore, type EventStore } from './store';
import { sendBatch } from './send-batch';
import type { Batch, Config, EventType, MjEvent, PageContext, Source } from './types';
import { VERSION } from './version';

/** A call made before the config arrived: command, arguments, time, page, and the arrival it carried. */
type Call = [string, unknown[], number, PageContext, (Source | null)?];

/**
 * Starts microjourney with a config object or a config URL. Never throws: a config that cannot
 * be loaded or has problems is reported once (console and `on('error')`), and tracking goes on
 * with what is valid. Calls made before the config arrived are kept, with their time.
 */
export function createMicrojourney(configOrUrl: Config | string, options: Options): Instance {
  const report = createReporter(() => options.load('diagnostics'), (err) => emitter.emit('error', err));
  /** A chunk, or undefined (reported) when it cannot be loaded: the feature it brings is then off. */
  const chunk = <K extends keyof Chunks>(name: K) => options.load(name).catch(() => void report('chunk', name));
  const emitter = createEmitter((event, err) => report('listener', event, (err as Error)?.message));
  const discarded = (key: string) => report('stored', key);
  setOnDiscard(discarded);
  /** The durable store, from its chunk, when the page is idle: recording the first event does not wait for it. */
  const openStore = () =>
    new Promise((idle) => (self.requestIdleCallback || setTimeout)(idle, { timeout: 500 }))
      .then(() => chunk('store'))
      .then((c) => (c ? c.openStore(() => options.load('local-store')) : createMemoryStore()));

  let config: Config = {};
  let journey: Journey;
  let touchpoint = 'web';
  let seq = 0;
  let referrer = document.referrer;
  // The landing URL, read before a single-page app's router can rewrite it (or strip utm_*).
  const startUrl = new URL(location.href);
  let arrival: Source | null = readArrival(startUrl, referrer);
  /** The page a replayed call happened on (calls made while the config was loading). */
  let pageOfCall: PageContext | undefined;
  let ready = false;
  /** The consent mode known before the config is checked: a config object's, or the one declared beside a config URL. */
  const declared = typeof configOrUrl == 'object' ? configOrUrl?.privacy?.consent : options.consent;
  /** Calls made before the config arrived: [command, args, time, page, arrival]. */
  let waiting: Call[] = [];
  const sessionId = (now: number, pages?: number) => getSession(now, arrival, touchpoint, pages).id;

  /** What consent allows (see consent.ts); known once the config is. */
  let allowance: Allowance = 0;
  /** The encoder of a `collector.format` other than `json` (a chunk loaded when the config names one). */
  let encode = (batch: Batch): unknown => batch;
  let rules: Chunks['rules'] | undefined;
  let triggers: ReturnType<Chunks['rules']['createTriggerRules']> | undefined;
  let classify: Chunks['referrers']['classifyReferrer'] | undefined;
  let privacy: Promise<Chunks['consent'] | void> | undefined;
  let setStore!: (store: EventStore | Promise<EventStore>) => void;
  const outbox = createOutbox({
    // Chosen once consent is known: memory until consent allows storing, else the probed store.
    store: new Promise((resolve) => (setStore = resolve)),
    // Nothing is sent without a collector, or before consent allows it.
    send: (events, keepalive) => (config.collector && allowance > 1 ? sendBatch(config.collector, events, keepalive, encode, report) : null),
    report,
    url: () => config.collector?.url || '',
    onFlush: (info) => emitter.emit('flush', info),
    onDrop: (drops) => record('sdk_dropped', { props: drops }),
    loadDelivery: () => options.load('delivery'),
    mayPersist: () => allowance > 1,
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
      page: pageOfCall || getPage(referrer),
      channel: getChannel(session.source, touchpoint),
      journey: journey.context(session.id),
      ...fields,
    };
    // A response and a journey completion are sent at once, not with the next batch.
    outbox.add(event, type == 'response' || type == 'journey_complete').catch(() => {});
    triggers?.onEvent(event);
  }

  let checkUrlRules = (_url: URL) => {};
  /** What each recording command does once the config is known, at the time it was called. */
  const actions: Record<string, (now: number, ...args: any[]) => void> = {
    page(now, href: string) {
      // The session counts this page; only named journeys can be abandoned.
      const sid = sessionId(now, 1);
      journey.abandonExpired?.(sid, now);
      record('page', {}, now);
      checkUrlRules(new URL(href));
    },
    step: (now, name: string, props?: Props) => journey.step(name, props || {}, sessionId(now), now),
    track: (now, name: string, props?: Props) => record('track', { name, props: props || {} }, now),
    stage: (now, name: string) => journey.setStage(name, sessionId(now), now),
    identify(now, userId: string, traits?: Props) {
      setUser(userId, traits);
      record('identify', { traits: traits || {} }, now);
    },
    reset() {
      forgetVisitor();
      getAnonymousId();
    },
    consent(_now, granted: boolean) {
      const before = allowance;
      // At once, so the calls that follow are (or are not) recorded; the rest in the consent chunk.
      allowance = granted ? 2 : 0;
      setPersist(granted);
      // The decision is remembered even when it refuses: the one value stored without consent.
      writeState('consent', granted, true);
      (privacy ||= chunk('consent')).then((c) => c?.applyConsent(granted, before, outbox.state, forgetVisitor, openStore));
    },
  };
  /** A call an earlier page kept, as it kept it: a command, its arguments, a time, a page and an arrival (or none). */
  const isCall = (c: any) => Array.isArray(c) && {}.hasOwnProperty.call(actions, c[0]) && Array.isArray(c[1]) && fits(c, { 2: 0, 3: {} }) && (c[4] == null || isSource(c[4]));
  function run([name, args, now, page, from]: Call): void {
    // Refused, or required and not given: nothing is recorded.
    if (!allowance && name != 'consent' && name != 'reset') return;
    try {
      if (from !== undefined) arrival = from;
      if (arrival?.medium == 'referral' && classify) arrival = classify(arrival.source);
      pageOfCall = page;
      actions[name]!(now, ...args);
    } catch (err) {
      // One failing call costs that call only, never the calls queued after it.
      report('internal', name, String(err));
    }
    pageOfCall = undefined;
  }
  /** Runs a command now if the config is known, else once it is, with the call's own time and page. */
  const whenReady = (name: string, ...args: unknown[]) => {
    const call: Call = [name, args, Date.now(), getPage(referrer)];
    ready ? run(call) : waiting.push(call);
  };

  whenReady('page', location.href);
  waiting[0]![4] = arrival;
  onRouteChange((previous) => {
    referrer = previous;
    whenReady('page', location.href);
  });
  /** Between `pagehide` and `pageshow` the document may be unloading: recording then could be lost. */
  let unloading: boolean | undefined;
  /** Starts recording once the config is known (and the page is not unloading). */
  let begin: (() => void) | undefined;
  onPageLifecycle(
    (pagehide) => {
      unloading = pagehide;
      // Leaving before the config arrived: keep the calls (synchronously) for the next page, unless
      // consent is required (declared, or no earlier page stored an anonymous id) and not given.
      if (!ready && waiting.length && (readDecision() ?? (!!readState('aid') || !declared || declared == 'not-required')))
        writeState('early' + createUuid7(), waiting.splice(0), true);
      outbox.flushOnExit();
    },
    () => {
      unloading = false;
      begin?.();
      outbox.wake();
    },
  );

  async function start(raw: unknown, where: string | null): Promise<void> {
    // `where` is null after a failed load (already reported): the empty config is not checked.
    config = where === null ? {} : await checkConfig(raw, VERSION, () => options.load('diagnostics'), report, where).catch((err) => (report('internal', 'init', String(err)), {}));
    // Arrivals from other sites (this page's, and those of calls an earlier page left) are classified by a chunk.
    // Calls an earlier page could not record before it closed go first; should this page unload
    // before it starts, they are kept again with its own.
    waiting = [...takeAll<Call>('early', isCall, discarded), ...waiting];
    const referred = waiting.some((call) => call[4]?.medium == 'referral');
    if (referred) classify = (await chunk('referrers'))?.classifyReferrer;
    // Named journeys and step rules come in a chunk of their own, for the configs that have them.
    if (config.journeys || config.steps || config.widgets) rules = await chunk('rules');
    // Consent rules come in a chunk, for the configs and visitors that have any.
    const c = config.privacy || readDecision() !== undefined ? await (privacy = chunk('consent')) : undefined;
    allowance = c ? c.getAllowance(config.privacy, readDecision()) : 2;
    const format = config.collector?.format;
    if (format && format != 'json') {
      const encoder = (await chunk('formats'))?.encodeBatch;
      // Without its encoder (reported) this throws in send, which pauses: never the wrong format.
      encode = (batch) => encoder!(format, batch);
    }
    begin = go;
    // A config that arrives while the page unloads starts nothing: the calls wait in
    // localStorage for the next page (or for `pageshow`, back from the bfcache).
    if (!unloading) go();
  }
  function go(): void {
    begin = undefined;
    setPersist(allowance > 1);
    setStore(allowance > 1 ? openStore() : createMemoryStore());
    getAnonymousId(startUrl);
    touchpoint = readTouchpoint(startUrl, config.touchpoint, allowance > 1);
    journey = createJourney(record);
    if (rules) {
      triggers = rules.createTriggerRules(config, { read: readState, write: writeState, show: api.show, load: options.load }, report);
      journey = rules.withJourneys(journey, config.journeys || {}, record, report);
      checkUrlRules = rules.watchStepRules(config.steps || [], (rule) => {
        const now = Date.now();
        if (rule.stage) journey.setStage(rule.stage, sessionId(now), now);
        journey.step(rule.name, {}, sessionId(now), now);
      });
    }
    ready = true;
    waiting.splice(0).forEach(run);
    resolveReady();
  }
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

  whenConfig(configOrUrl, report, start);

  /** A recording command: a name (or user id) string and an optional object, checked, then recorded in order. */
  const recording =
    (command: string) =>
    (name: string, props?: Props): void => {
      const copy = copyProps(props);
      if (check(command, isName(name) && copy !== false, [name, props])) whenReady(command, name, copy);
    };

  /** Reports a call with wrong arguments; returns whether they were right. */
  function check(command: string, ok: boolean, args: unknown[]): boolean {
    if (!ok) report('command', command, args);
    return ok;
  }

  const api: Instance = {
    step: recording('step'),
    track: recording('track'),
    stage: recording('stage'),
    identify: recording('identify'),
    show(widgetId) {
      if (!check('show', isName(widgetId), [widgetId])) return readyPromise; // reported; nothing to show
      return readyPromise
        .then(() => options.load('show'))
        .then((c) => c.showWidget(widgetId, config, options.base, record, emitter.emit, report))
        .catch((err) => report('internal', 'show', String(err)));
    },
    on(event, fn) {
      return check('on', EVENTS.includes(event) && typeof fn == 'function', [event, typeof fn])
        ? emitter.on(event, fn)
        : () => {};
    },
    flush() {
      return readyPromise.then(outbox.flush);
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
      whenReady('reset');
    },
    explain: (widgetId) => triggers?.explain(widgetId) || [],
    consent(granted) {
      if (granted === undefined) return readDecision();
      if (check('consent', typeof granted == 'boolean', [granted])) whenReady('consent', granted);
    },
    dispatch(name, args) {
      if (COMMANDS.includes(name)) return (api as any)[name](...args);
      report('unknown-command', name);
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
