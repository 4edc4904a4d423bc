import type { Instance, Props } from './api';
import { copyProps, isName } from './call-arguments';
import type { CommandQueue } from './command-queue';
import { COMMANDS, EVENTS } from './commands';
import type { Hub } from './hub';
import { decorateHandoff, getAnonymousId } from './identity';
import { readDecision } from './lib/read-decision';

/**
 * The instance's API: each command's arguments checked (wrong ones are reported, never thrown),
 * recording commands queued in order, the rest answered once the config is known (`ready`).
 */
export function createApi(hub: Hub, queue: CommandQueue, ready: Promise<void>): Instance {
  const { options, report, emitter } = hub;
  /** Reports a call with wrong arguments; returns whether they were right. */
  function check(command: string, ok: boolean, args: unknown[]): boolean {
    if (!ok) report('command', command, args);
    return ok;
  }
  /** A recording command: a name (or user id) string and an optional object, checked, then recorded in order. */
  const recording =
    (command: string) =>
    (name: string, props?: Props): void => {
      const copy = copyProps(props);
      if (check(command, isName(name) && copy !== false, [name, props])) queue.add(command, name, copy);
    };

  const api: Instance = {
    step: recording('step'),
    track: recording('track'),
    stage: recording('stage'),
    identify: recording('identify'),
    show(widgetId) {
      if (!check('show', isName(widgetId), [widgetId])) return ready; // reported; nothing to show
      return ready
        .then(() => options.load('show'))
        .then((c) => c.showWidget(widgetId, hub.config, options.base, hub.record, emitter.emit, report))
        .catch((err) => report('internal', 'show', String(err)));
    },
    on(event, fn) {
      return check('on', EVENTS.includes(event) && typeof fn == 'function', [event, typeof fn]) ? emitter.on(event, fn) : () => {};
    },
    flush: () => ready.then(hub.outbox.flush),
    handoff(url) {
      try {
        return decorateHandoff(url, getAnonymousId());
      } catch {
        check('handoff', false, [url]);
        return url;
      }
    },
    reset() {
      queue.add('reset');
    },
    explain: (widgetId) => hub.triggers?.explain(widgetId) || [],
    consent(granted) {
      if (granted === undefined) return readDecision();
      if (check('consent', typeof granted == 'boolean', [granted])) queue.add('consent', granted);
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
