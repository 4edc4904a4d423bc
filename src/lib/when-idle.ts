/**
 * Resolves when the page is first idle, within 0.5 s (where there is no `requestIdleCallback`,
 * Safari, after the current task): the work not needed to record the first event waits for it.
 */
export const whenIdle = (): Promise<unknown> => new Promise((idle) => (self.requestIdleCallback || setTimeout)(idle, { timeout: 500 }));
