import { vi } from 'vitest';
import type { Delivery } from '../../src/transport';
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

/**
 * Stands in for the collector of the outbox's unit tests (fetch, stubbed): each batch (a POST)
 * is answered with the next of `answers` (a status, 0 for a network error, or a status with
 * headers), then 200; its events are kept in `sent`, one entry per request, whatever the answer.
 * The question (`GET ?mj_have=`, its ids kept in `asked`) is answered with `held`: the ids the
 * collector holds (none by default), or a response of its own.
 */
export function stubCollector(answers: (number | Delivery)[] = [], held: string[] | (() => Response) = []) {
  const sent: MjEvent[][] = [];
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    if (init.method != 'POST') {
      asked.push(new URL(input, location.href).searchParams.get('mj_have')!);
      return Array.isArray(held) ? Response.json({ have: held }) : held();
    }
    sent.push(JSON.parse(String(init.body)).events);
    const answer = answers.length ? answers.shift()! : 200;
    const { status, headers } = typeof answer == 'number' ? { status: answer } : answer;
    if (!status) throw new TypeError('Failed to fetch');
    return new Response(null, { status, headers: headers as Headers | undefined });
  });
  return { sent, asked };
}

/** A promise and the function that resolves it. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
