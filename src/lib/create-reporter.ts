import type { MicrojourneyError } from '../error';

export type Diagnostics = typeof import('../chunks/diagnostics');
/** Reports a problem by its message code (see `src/messages.ts`) and the message's parameters. */
export type Report = (code: string, ...params: unknown[]) => void;

/**
 * A reporter: loads the message texts on first use, prints each distinct message once, and
 * passes every occurrence to `onError` as a `MicrojourneyError`. Never throws.
 */
export function createReporter(loadDiagnostics: () => Promise<Diagnostics>, onError: (err: MicrojourneyError) => void = () => {}): Report {
  const printed = new Set<string>();
  let loaded: Promise<Diagnostics> | undefined;
  return (code, ...params) => {
    // One promise for every report, so the messages come out in the order of the problems.
    (loaded ||= loadDiagnostics())
      .then(
        (d) => [new d.MicrojourneyError(code, d.describe(code, params)), d.printedAs(code)] as const,
        // Without the texts, an error: the page must serve the chunk.
        (err) => [Object.assign(new Error(`microjourney: ${code} (${err}: serve dist/diagnostics.js)`), { code }) as MicrojourneyError, 'error'] as const,
      )
      .then(([error, level]) => {
        if (!printed.has(error.message)) console[level](error.message);
        printed.add(error.message);
        // A throwing on('error') listener is printed, not emitted: emitting it would call the
        // same listener again, forever (the tab froze).
        if (params[0] != 'error' || code != 'listener') onError(error);
      })
      // A page that replaced console.warn with something that throws: nothing more to say.
      .catch(() => {});
  };
}
