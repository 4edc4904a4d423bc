import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
// @ts-expect-error: a plain ES module without types
import { startServer } from '../../examples/collector/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');

export interface MjEvent {
  id: string;
  type: string;
  name?: string;
  ts: string;
  anonymous_id: string;
  session_id: string;
  user_id: string | null;
  seq: number;
  page: { url: string; path: string; title: string; referrer: string };
  channel: { touchpoint: string; source: Record<string, string>; first_touch: Record<string, string>; last_touch: Record<string, string> };
  journey: { stage: string | null; name: string | null; step: string | null; seq: number };
  props?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Received {
  events: MjEvent[];
  batches: { events: number; fresh: number }[];
  received: number;
  duplicates: number;
  /** Questions answered: `GET ?mj_have=`, which of these ids are held. */
  asked: number;
}

/**
 * Each test gets its own server on 127.0.0.1: the test pages at `/`, the built SDK at
 * `/assets/mj/` (and at `/fixture/mj/` with the test's widget chunk), the collector at
 * `/mj/collect`, and `received()` to read back what it got.
 */
export interface TestServer {
  url: string;
  received(): Promise<Received>;
  /** The collector's next answers, in order (e.g. `[503, 503]`); after them it accepts again. */
  answer(statuses: number[]): void;
  /** How many POSTs reached /mj/collect, whatever the answer. */
  posts(): number;
  /** The request paths of those POSTs, query included (a test's own marks). */
  postPaths(): string[];
  /**
   * While on, POSTs to /mj/collect are held: counted, never answered and never collected (a
   * collector that stalls). A page's request stays pending until the page closes or the SDK's
   * timeout; a keepalive request sent as a page closes is lost.
   */
  hold(on: boolean): void;
}

export const test = base.extend<{ server: TestServer }>({
  server: async ({}, use) => {
    const scripted: number[] = [];
    let posts = 0;
    const postPaths: string[] = [];
    let holding = false;
    const server: any = await startServer({
      // Pages under /csp/ are served with the strict policy a careful site sets.
      headers: (url: URL) =>
        url.pathname.startsWith('/csp/')
          ? { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'" }
          : {},
      handlers: {
        // The basic config, answered after 1.5 s: calls made meanwhile wait for it.
        '/configs/slow.json': (_req: any, res: any) =>
          setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(join(here, 'pages/configs/basic.json'))), 1500),
        // The consent-required config, as slowly.
        '/configs/slow-consent.json': (_req: any, res: any) =>
          setTimeout(
            () => res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(join(here, 'pages/configs/consent-required.json'))),
            1500,
          ),
        '/mj/collect': (req: any, res: any) => {
          if (req.method === 'POST') (posts++, postPaths.push(req.url));
          if (holding && req.method === 'POST') return void req.resume();
          const status = req.method === 'POST' ? scripted.shift() : undefined;
          if (status === undefined) return server.collector.handle(req, res);
          req.resume();
          res.writeHead(status, { 'Access-Control-Allow-Origin': '*' }).end();
        },
      },
      mounts: [
        // The SDK as built at /assets/mj/; at /fixture/mj/, with the test's own widget chunk laid over dist/widgets/.
        ['/fixture/mj/widgets/', join(here, 'chunks')],
        ['/fixture/mj/', join(root, 'dist')],
        ['/assets/mj/', join(root, 'dist')],
        ['/', join(here, 'pages')],
      ],
    });
    await use({
      url: server.url,
      received: async () => JSON.parse(JSON.stringify(server.collector.snapshot())),
      answer: (statuses) => void scripted.push(...statuses),
      posts: () => posts,
      postPaths: () => [...postPaths],
      hold: (on) => void (holding = on),
    });
    await server.close();
  },
});

/** Waits until the collector holds events matching `until`, and returns what it holds. */
export async function waitForEvents(server: TestServer, until: (events: MjEvent[]) => boolean, timeout = 20_000): Promise<Received> {
  let got = await server.received();
  await expect
    .poll(async () => until((got = await server.received()).events), { timeout, intervals: [100] })
    .toBe(true)
    .catch(() => {
      throw new Error(`timed out waiting for events; the collector holds: ${got.events.map((e) => `${e.type}:${e.name ?? e.page.path}`).join(', ')}`);
    });
  return got;
}

/**
 * Collects the page's console messages of a kind, for asserting on them. Chromium's own log of
 * a failed request ("Failed to load resource: … 503") is not the page's or the SDK's message.
 */
export function consoleMessages(page: Page, kinds = ['error', 'warning']): string[] {
  const messages: string[] = [];
  page.on('console', (m) => kinds.includes(m.type()) && !m.text().startsWith('Failed to load resource') && messages.push(m.text()));
  return messages;
}

export { expect };
