/** How a detector reports a micro-moment to the rules: its name and what was seen. */
export type Fire = (moment: string, detail: Record<string, unknown>) => void;

/** What every detector returns: `stop()` removes its listeners and timers; `reset()`, for those that count per page view, starts counting again. */
export interface Detector {
  stop(): void;
  reset?(): void;
}
