import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Chunks, Instance } from '../../src/api';
import { createMicrojourney } from '../../src/create-microjourney';
import { loadChunk } from '../../src/esm';
import type { Config } from '../../src/types';
import { deferred, stubNetwork } from './stub-network';

// The hub through its public API only: createMicrojourney(configOrUrl, options) and what it returns.
// The chunks are the sources themselves, loaded as esm.ts loads them.
const options = { base: location.href, load: <K extends keyof Chunks>(name: K) => loadChunk[name]() };
const config: Config = { collector: { url: '/mj/collect' } };

/** Starts an instance whose on('error') codes are collected, as `code` (MicrojourneyError) strings. */
function start(configOrUrl: Config | string = config) {
  const mj = createMicrojourney(configOrUrl, options);
  const codes: string[] = [];
  mj.on('error', (e: { name: string; code: string }) => codes.push(e.name == 'MicrojourneyError' ? e.code : `${e.name}!`));
  return { mj, codes };
}
/** vi.waitFor's patience: a report waits for the diagnostics chunk, slow to load the first time on a busy machine. */
const loaded = { timeout: 10_000 };
vi.setConfig({ testTimeout: 30_000 });
/** Resolves once `codes` holds `count` codes: a report is printed and emitted after its chunk loaded. */
const reported = (codes: string[], count: number) => vi.waitFor(() => expect(codes).toHaveLength(count), loaded);

beforeEach(() => {
  // A fresh IndexedDB for each test: nothing one instance left unsent is sent by the next.
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('calls made before the config arrived', () => {
  it('are recorded once it does, in order, each with the time it was called', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-05-01T10:00:00Z'));
    const slow = deferred<Config>();
    const net = stubNetwork({ '/slow.json': slow.promise });
    const { mj } = start('/slow.json');
    mj.track('early', { n: 1 });
    vi.setSystemTime(new Date('2030-05-01T10:00:07Z'));
    mj.step('early_step');
    vi.setSystemTime(new Date('2030-05-01T10:05:00Z'));
    slow.resolve(config);
    mj.track('after_config');
    expect(await mj.flush()).toMatchObject({ ok: true, pending: 0 });
    expect(net.received.map((e) => [e.name ?? e.type, e.ts])).toEqual([
      ['page', '2030-05-01T10:00:00.000Z'],
      ['early', '2030-05-01T10:00:00.000Z'],
      ['early_step', '2030-05-01T10:00:07.000Z'],
      ['after_config', '2030-05-01T10:05:00.000Z'],
    ]);
    expect(net.received.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(net.received[1]!.props).toEqual({ n: 1 });
  });

  it('that an earlier page kept, taken from storage while this page was leaving, are kept again for the next page, with its own', async () => {
    const page = { url: 'https://shop.example/a', path: '/a', title: '', referrer: '' };
    localStorage.setItem('mj_early1', JSON.stringify([['track', ['from_before', {}], 1, page, null]]));
    // The kept-calls chunk, held: the page hides before the config arrives, and the chunk comes after both.
    const keptChunk = await loadChunk['kept-calls']();
    const held = deferred<typeof keptChunk>();
    const load = vi.fn((name: keyof Chunks) => (name == 'kept-calls' ? held.promise : loadChunk[name]()));
    stubNetwork({ '/slow.json': config });
    const mj = createMicrojourney('/slow.json', { ...options, load } as typeof options);
    mj.track('mine');
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await vi.waitFor(() => expect(load).toHaveBeenCalledWith('kept-calls'), loaded);
    held.resolve(keptChunk);
    // What follows the chunk's arrival needs no other chunk: settled within one task.
    await new Promise((resolve) => setTimeout(resolve));
    const kept = Object.keys(localStorage)
      .filter((key) => key.startsWith('mj_early'))
      .flatMap((key) => JSON.parse(localStorage[key]));
    expect(kept.map(([name, args]: [string, string[]]) => `${name} ${args[0]}`).sort()).toEqual([
      'page http://localhost:3000/',
      'track from_before',
      'track mine',
    ]);
    Object.keys(localStorage).forEach((key) => localStorage.removeItem(key));
  });

  it('are recorded with an empty config when the config cannot be loaded, and flush() still resolves', async () => {
    const net = stubNetwork();
    const { mj, codes } = start('/missing.json');
    mj.track('kept');
    // No collector: nothing can be sent, and flush says so instead of hanging.
    expect(await mj.flush()).toMatchObject({ ok: false, sent: 0, pending: 2 });
    await reported(codes, 1);
    expect(codes).toEqual(['config-load']);
    expect(net.posts).toEqual([]);
  });
});

describe('never throws into the page', () => {
  it('reports each call with wrong arguments as an error event, and goes on', async () => {
    const net = stubNetwork();
    const { mj, codes } = start();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const calls: (() => unknown)[] = [
      () => mj.track(42 as any),
      () => mj.step('x', 'not an object' as any),
      () => mj.track('cyclic', cyclic),
      () => mj.identify(''),
      () => mj.stage({} as any),
      () => mj.on('respnse', () => {}),
      () => mj.consent('yes' as any),
      () => mj.handoff('http://[not a url'),
      () => mj.dispatch('track', null as any),
    ];
    for (const call of calls) expect(call).not.toThrow();
    mj.track('after_bad_calls');
    await reported(codes, calls.length);
    expect(codes).toEqual([...Array(8).fill('command'), 'internal']);
    await mj.flush();
    expect(net.names()).toEqual(['page', 'track:after_bad_calls']);
  });

  it('returns the URL unchanged from handoff() when it cannot be decorated', async () => {
    stubNetwork();
    const { mj, codes } = start();
    expect(mj.handoff('http://[not a url')).toBe('http://[not a url');
    expect(mj.handoff('https://app.example/open')).toMatch(/^https:\/\/app\.example\/open\?mj_aid=[\da-f-]{36}$/);
    await reported(codes, 1);
    expect(codes).toEqual(['command']);
  });
});

describe('dispatch()', () => {
  it('runs the commands by name, and reports a name that is none (prototype names too)', async () => {
    const net = stubNetwork();
    const { mj, codes } = start();
    mj.dispatch('track', ['via_dispatch', { a: 1 }]);
    for (const name of ['stepp', 'constructor', '__proto__', 'dispatch', 'report', 'init']) expect(mj.dispatch(name, [])).toBeUndefined();
    await reported(codes, 6);
    expect(codes).toEqual(Array(6).fill('unknown-command'));
    expect(await mj.dispatch('flush', [])).toMatchObject({ ok: true });
    expect(net.received.find((e) => e.name == 'via_dispatch')).toMatchObject({ type: 'track', props: { a: 1 } });
  });
});

describe("on('error')", () => {
  it('receives every report as a MicrojourneyError with its message, until unsubscribed', async () => {
    stubNetwork();
    const mj: Instance = createMicrojourney(config, options);
    const errors: Error[] = [];
    const off = mj.on('error', (e) => errors.push(e));
    mj.track('');
    mj.track('');
    await vi.waitFor(() => expect(errors).toHaveLength(2), loaded);
    // Printed once, emitted each time.
    expect(errors[0]).toBeInstanceOf(Error);
    expect(errors[0]).toMatchObject({ name: 'MicrojourneyError', code: 'command', message: expect.stringMatching(/^microjourney: track\(\) expects/) });
    expect(console.warn).toHaveBeenCalledTimes(1);
    off();
    const after: string[] = [];
    mj.on('error', (e) => after.push(e.code));
    mj.step('');
    // The later listener hearing of step('') proves the report was emitted after off().
    await vi.waitFor(() => expect(after).toEqual(['command']), loaded);
    expect(errors).toHaveLength(2);
  });
});

describe('consent(false)', () => {
  it('records nothing after it, and sends nothing of what was queued', async () => {
    const net = stubNetwork();
    const { mj } = start();
    mj.track('before_withdrawal');
    mj.consent(false);
    mj.track('after_withdrawal');
    expect(await mj.flush()).toMatchObject({ sent: 0 });
    expect(net.posts).toEqual([]);
    // The decision is remembered at once.
    expect(mj.consent()).toBe(false);
    // Granted again at once, what follows is recorded and sent: nothing from before, queued or not.
    mj.consent(true);
    mj.track('after_consent');
    // (Instances of earlier tests in this file live on, and may send their page views here.)
    const tracked = () => net.names().filter((name) => name.startsWith('track:'));
    await vi.waitFor(() => expect(tracked()).toEqual(['track:after_consent']), loaded);
    expect(await mj.flush()).toMatchObject({ ok: true, pending: 0 });
    expect(tracked()).toEqual(['track:after_consent']);
  });
});

describe('flush()', () => {
  it('resolves with what was sent, and with what stays queued when the collector refuses', async () => {
    const net = stubNetwork();
    const { mj, codes } = start();
    mj.track('one');
    // (The batch timer may have sent the page view already, on a slow machine.)
    expect(await mj.flush()).toMatchObject({ ok: true, pending: 0 });
    expect(net.names()).toEqual(['page', 'track:one']);
    net.answer([503]);
    mj.track('two');
    expect(await mj.flush()).toEqual({ ok: false, sent: 0, pending: 1 });
    await reported(codes, 1);
    expect(codes).toEqual(['collector']);
    // Kept, it goes with the retry after the backoff (at most 1 s).
    await vi.waitFor(() => expect(net.names()).toEqual(['page', 'track:one', 'track:two']), loaded);
  });
});
