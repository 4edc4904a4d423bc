import type { Instance, Options } from './api';
import { applyConfig, startRecording } from './apply-config';
import { readArrival } from './channel';
import { createCommandQueue } from './command-queue';
import type { MicrojourneyError } from './error';
import { createRecord } from './event-envelope';
import type { Hub } from './hub';
import { createEmitter } from './lib/create-emitter';
import { createReporter } from './lib/create-reporter';
import { setOnDiscard } from './lib/local-state';
import { onPageLifecycle } from './lib/on-page-lifecycle';
import { whenIdle } from './lib/when-idle';
import { whenConfig } from './load-config';
import { onRouteChange } from './moments/route';
import { createOutbox } from './outbox';
import { createApi } from './public-api';
import { createMemoryStore, type EventStore } from './store';
import type { Config } from './types';
import { createCommands } from './visitor-commands';

/** The durable store, from the delivery chunk, when the page is idle: recording the first event does not wait for it. */
const openStoreWhenIdle = (hub: Hub): Promise<EventStore> =>
  whenIdle()
    .then(() => hub.chunk('delivery'))
    .then((c) => (c ? c.openStore(hub) : createMemoryStore()));

/**
 * Starts microjourney with a config object or a config URL. Never throws: a config that cannot
 * be loaded or has problems is reported once (console and `on('error')`), and tracking goes on
 * with what is valid. Calls made before the config arrived are kept, with their time.
 */
export function createMicrojourney(configOrUrl: Config | string, options: Options): Instance {
  // The reporter and the emitter need each other: problems go to on('error') listeners, and a throwing listener is reported.
  const emitError = (err: MicrojourneyError) => emitter.emit('error', err);
  const report = createReporter(() => options.load('diagnostics'), emitError);
  const emitter = createEmitter((event, err) => report('listener', event, (err as Error)?.message));
  setOnDiscard((key) => report('stored', key));
  // The landing URL, read before a single-page app's router can rewrite it (or strip utm_*).
  const startUrl = new URL(location.href);
  let setStore!: (store: EventStore | Promise<EventStore>) => void;
  const hub = {
    options,
    report,
    emitter,
    chunk: (name) => options.load(name).catch(() => void report('chunk', name)),
    openStore: () => openStoreWhenIdle(hub),
    config: {},
    allowance: 0,
    touchpoint: 'web',
    referrer: document.referrer,
    arrival: readArrival(startUrl, document.referrer),
    encode: (batch) => batch,
  } as Partial<Hub> as Hub;
  hub.record = createRecord(hub);
  hub.outbox = createOutbox({
    // Chosen once consent is known: memory until consent allows storing, else the probed store.
    store: new Promise((resolve) => (setStore = resolve)),
    encode: (batch) => hub.encode(batch),
    report,
    // Nothing is sent without a collector, or before consent allows it.
    allowedCollector: () => (hub.allowance > 1 ? hub.config.collector : undefined),
    onFlush: (info) => emitter.emit('flush', info),
    onDrop: (drops) => hub.record('sdk_dropped', { props: drops }),
    load: options.load,
    mayPersist: () => hub.allowance > 1,
  });
  const queue = createCommandQueue(hub, createCommands(hub));
  let resolveReady!: () => void;
  const api = createApi(hub, queue, new Promise<void>((resolve) => (resolveReady = resolve)));

  queue.add('page', location.href)[4] = hub.arrival;
  onRouteChange((previous) => {
    hub.referrer = previous;
    queue.add('page', location.href);
  });
  /** Between `pagehide` and `pageshow` the document may be unloading: recording then could be lost. */
  let unloading: boolean | undefined;
  /** Starts recording once the config is known (and the page is not unloading). */
  let begin: (() => void) | undefined;
  const keepForNextPage = () => queue.keepForNextPage(typeof configOrUrl == 'object' ? configOrUrl?.privacy?.consent : options.consent);
  onPageLifecycle(
    (pagehide) => {
      unloading = pagehide;
      keepForNextPage();
      hub.outbox.flushOnExit();
    },
    () => {
      unloading = false;
      begin?.();
      hub.outbox.wake();
    },
  );
  whenConfig(configOrUrl, report, async (raw, where) => {
    const rules = await applyConfig(hub, raw, where, queue.takeEarly);
    begin = () => {
      begin = undefined;
      startRecording(hub, rules, startUrl, api.show);
      setStore(hub.allowance > 1 ? hub.openStore() : createMemoryStore());
      queue.start();
      resolveReady();
    };
    // A config that arrives while the page unloads starts nothing: the calls wait in
    // localStorage for the next page (or for `pageshow`, back from the bfcache), kept again
    // with those an earlier page kept, which the config's arrival took from there.
    unloading ? keepForNextPage() : begin();
  });
  return api;
}
