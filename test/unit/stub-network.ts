import { vi } from 'vitest';
import type { MjEvent } from '../../src/types';

/**
 * Stands in for the network of a unit test (fetch, stubbed): GET answers the configs in
 * `configs` by path (a promise is answered once it resolves; any other path is a 404), and a
 * POST is the collector, which keeps the events of each batch it accepts. `answer([503])` makes
 * the next POSTs answer those statuses and keep nothing. Undo with `vi.unstubAllGlobals()`.
 */
export function stubNetwork(configs: Record<string, unknown> = {}) {
  const received: MjEvent[] = [];
  const answers: number[] = [];
  const posts: string[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const url = new URL(String(input), location.href);
    if (init.method == 'POST') {
      posts.push(url.pathname);
      const status = answers.shift() ?? 200;
      if (status < 300) received.push(...JSON.parse(String(init.body)).events);
      return new Response(null, { status });
    }
    if (!{}.hasOwnProperty.call(configs, url.pathname)) return new Response('not found', { status: 404 });
    return Response.json(await configs[url.pathname]);
  });
  return {
    /** The events the collector accepted, in the order they came. */
    received,
    /** The path of every POST, accepted or not. */
    posts,
    answer: (statuses: number[]) => void answers.push(...statuses),
    /** What the collector accepted, as `type` or `type:name`. */
    names: () => received.map((e) => (e.name ? `${e.type}:${e.name}` : e.type)),
  };
}

/** A promise and the function that resolves it. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
