type Listener = (payload: any) => void;

/** A tiny event emitter. A listener that throws is reported through `onListenerError`, never to the caller. */
export function createEmitter(onListenerError: (event: string, err: unknown) => void) {
  const listeners: Record<string, Set<Listener>> = {};
  return {
    /** Subscribe; returns the function that unsubscribes. */
    on(event: string, fn: Listener): () => void {
      (listeners[event] ||= new Set()).add(fn);
      return () => listeners[event]!.delete(fn);
    },
    emit(event: string, payload?: unknown): void {
      listeners[event]?.forEach((fn) => {
        try {
          fn(payload);
        } catch (err) {
          onListenerError(event, err);
        }
      });
    },
  };
}

export type Emitter = ReturnType<typeof createEmitter>;
