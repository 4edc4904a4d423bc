import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Config } from '../../src/types';
import { stubNetwork } from './stub-network';

// The classic entry runs when it is imported, as the browser runs the script: each test sets
// the page up (the stub and its queue, the script tag, an inline config), then imports it anew.
// The script's src is in the chunks' folder, so the chunks it loads beside itself are src/chunks/*.ts.
const src = new URL('../../src/chunks/script-tag.js', `file://${import.meta.dirname}/`).href;
const w = window as any;
/** vi.waitFor's patience: a report waits for the diagnostics chunk, slow to load the first time on a busy machine. */
const loaded = { timeout: 10_000 };
vi.setConfig({ testTimeout: 30_000 });
const collector = (url: string): Config => ({ collector: { url } });

/** The snippet sites paste before the script: a function that queues its calls in `q`. */
function installStub() {
  const stub: any = function () {
    (stub.q = stub.q || []).push(arguments);
  };
  w.microjourney = stub;
  return stub as (...args: unknown[]) => void;
}

/** Runs the script tag, `<script async src=… data-config=…>`, and returns `window.microjourney`. */
async function runScriptTag(dataConfig?: string) {
  const script = document.createElement('script');
  script.src = src;
  if (dataConfig) script.dataset.config = dataConfig;
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
  vi.resetModules();
  await import('../../src/script-tag');
  return w.microjourney;
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  delete w.microjourney;
  document.getElementById('microjourney-config')?.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it("replays the stub's queue in order (calls before init wait for it), then takes calls both ways", async () => {
  const net = stubNetwork();
  const stub = installStub();
  stub('track', 'before_init', { n: 1 });
  stub('init', collector('/mj/collect'));
  stub('step', 'after_init');
  const mj = await runScriptTag();
  expect(mj.loaded).toBe(true);
  mj.track('as_method');
  mj('track', 'as_function');
  expect(await mj('flush')).toMatchObject({ ok: true, pending: 0 });
  expect(net.names()).toEqual(['page', 'track:before_init', 'step:after_init', 'track:as_method', 'track:as_function']);
  expect(net.received[1]!.props).toEqual({ n: 1 });
  expect(mj.handoff('https://app.example/')).toMatch(/mj_aid=/);
});

it('takes the config from data-config; an init in the queue after it is reported and ignored', async () => {
  const net = stubNetwork({ '/configs/site.json': collector('/mj/site') });
  const codes: string[] = [];
  const stub = installStub();
  stub('on', 'error', (e: { code: string }) => codes.push(e.code));
  stub('init', collector('/mj/other'));
  stub('track', 'queued');
  const mj = await runScriptTag('/configs/site.json');
  await vi.waitFor(() => expect(codes).toEqual(['init-again']), loaded);
  expect(await mj.flush()).toMatchObject({ ok: true });
  expect(net.names()).toEqual(['page', 'track:queued']);
  expect(new Set(net.posts)).toEqual(new Set(['/mj/site']));
});

it('takes an inline <script type="application/json" id="microjourney-config"> when nothing else gives a config', async () => {
  const net = stubNetwork();
  document.body.insertAdjacentHTML('beforeend', `<script type="application/json" id="microjourney-config">${JSON.stringify(collector('/mj/inline'))}</script>`);
  installStub()('track', 'queued');
  const mj = await runScriptTag();
  await mj.flush();
  expect(net.names()).toEqual(['page', 'track:queued']);
  expect(net.posts).toEqual(['/mj/inline']);
});

it('reports an inline config that is not JSON, and tracks on without a collector', async () => {
  const net = stubNetwork();
  document.body.insertAdjacentHTML('beforeend', '<script type="application/json" id="microjourney-config">{ collector: nope }</script>');
  const codes: string[] = [];
  installStub()('on', 'error', (e: { code: string }) => codes.push(e.code));
  const mj = await runScriptTag();
  // Then the empty config standing in for it is checked: it has no collector.
  await vi.waitFor(() => expect(codes).toEqual(['config-inline', 'config']), loaded);
  mj.track('still_tracking');
  // Nowhere to send: flush() settles with the events kept.
  expect(await mj.flush()).toMatchObject({ ok: false, pending: 2 });
  expect(net.posts).toEqual([]);
});

it('says once, when no config is given anywhere, how to give one', async () => {
  stubNetwork();
  installStub()('track', 'waits_for_a_config');
  await runScriptTag();
  await vi.waitFor(() => expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/^microjourney: no config\. Add data-config=/)), loaded);
  expect(console.warn).toHaveBeenCalledTimes(1);
});

it('a queued call that cannot be read costs itself only; the calls after it are replayed', async () => {
  const net = stubNetwork({ '/c.json': collector('/mj/collect') });
  const codes: string[] = [];
  const stub: any = installStub();
  stub('on', 'error', (e: { code: string }) => codes.push(e.code));
  stub.q.push(null, {
    length: 1,
    get 0() {
      throw new Error('hostile entry');
    },
  });
  stub('track', 'after_bad_entries');
  const mj = await runScriptTag('/c.json');
  await vi.waitFor(() => expect(codes).toEqual(['internal', 'internal']), loaded);
  await mj.flush();
  expect(net.names()).toEqual(['page', 'track:after_bad_entries']);
});

it('loads without a stub, or with a queue that is no list, and replays nothing', async () => {
  const net = stubNetwork({ '/c.json': collector('/mj/collect') });
  w.microjourney = {
    q: {
      get length() {
        throw new Error('hostile queue');
      },
    },
  };
  const mj = await runScriptTag('/c.json');
  expect(mj.loaded).toBe(true);
  delete w.microjourney;
  const again = await runScriptTag('/c.json');
  expect(again.loaded).toBe(true);
  await mj.flush();
  await again.flush();
  expect(net.names()).toEqual(['page', 'page']);
});

it('a second copy of the script leaves the first in place', async () => {
  const net = stubNetwork({ '/c.json': collector('/mj/collect') });
  const first = await runScriptTag('/c.json');
  first.track('before_second_copy');
  expect(await runScriptTag('/c.json')).toBe(first);
  first.track('after_second_copy');
  await first.flush();
  // One instance: one page view.
  expect(net.names()).toEqual(['page', 'track:before_second_copy', 'track:after_second_copy']);
});
