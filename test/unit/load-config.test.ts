import { expect, it, vi } from 'vitest';
import * as validator from '../../src/chunks/validator';
import { checkConfig, whenConfig } from '../../src/load-config';

it('validates a new config, remembers it valid, and skips the validator next time', async () => {
  const load = vi.fn(async () => validator);
  const report = vi.fn();
  const config = { collector: { url: '/c' } };
  expect(await checkConfig(config, '1', load, report, 'x')).toEqual(config);
  expect(await checkConfig(config, '1', load, report, 'x')).toEqual(config);
  expect(load).toHaveBeenCalledTimes(1);
  await checkConfig(config, '2', load, report, 'x'); // a new SDK version checks again
  expect(load).toHaveBeenCalledTimes(2);
  expect(report).not.toHaveBeenCalled();
});

it('loads the validator once the page is idle, not before', async () => {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (fn: () => void, options: { timeout: number }) => (idle.push(fn), expect(options.timeout).toBe(500)));
  const load = vi.fn(async () => validator);
  const checked = checkConfig({ collector: { url: '/idle' } }, '1', load, vi.fn(), 'x');
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(load).not.toHaveBeenCalled();
  idle.forEach((fn) => fn());
  expect(await checked).toEqual({ collector: { url: '/idle' } });
  expect(load).toHaveBeenCalledTimes(1);
  vi.unstubAllGlobals();
});

it('reports an invalid config on every load and uses what is valid', async () => {
  const load = vi.fn(async () => validator);
  const report = vi.fn();
  const bad = { collector: { url: '/c' }, steps: 'nope' };
  expect(await checkConfig(bad, '1', load, report, 'where')).toEqual({ collector: { url: '/c' }, steps: [] });
  await checkConfig(bad, '1', load, report, 'where');
  expect(report).toHaveBeenCalledTimes(2);
  expect(report.mock.calls[0]![0]).toBe('config');
});

it('uses the config unchecked, and says so, when the validator cannot load', async () => {
  const report = vi.fn();
  const config = { collector: { url: '/c' } };
  expect(await checkConfig(config, '1', () => Promise.reject(new Error('404')), report, 'x')).toBe(config);
  expect(report).toHaveBeenCalledWith('diagnostics', '404');
});

it('hands an object config over at once, and a URL’s JSON once fetched', async () => {
  const start = vi.fn();
  whenConfig({ collector: { url: '/c' } }, vi.fn(), start);
  expect(start).toHaveBeenCalledWith({ collector: { url: '/c' } }, '');
  vi.stubGlobal('fetch', async () => new Response('{"widgets":{}}', { status: 200 }));
  const fetched = new Promise((resolve) => whenConfig('/mj.json', vi.fn(), (raw, where) => resolve([raw, where])));
  expect(await fetched).toEqual([{ widgets: {} }, new URL('/mj.json', location.href).href]);
  vi.unstubAllGlobals();
});

it('reports a config URL that fails, then starts with nothing to check', async () => {
  vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
  const report = vi.fn();
  const started = new Promise((resolve) => whenConfig('/missing.json', report, (raw, where) => resolve([raw, where])));
  expect(await started).toEqual([{}, null]);
  expect(report).toHaveBeenCalledWith('config-load', new URL('/missing.json', location.href).href, 'HTTP 404');
  vi.unstubAllGlobals();
});
