import { expect, it, vi } from 'vitest';
import * as diagnostics from '../../src/diagnostics';
import { checkConfig } from '../../src/load-config';

it('validates a new config, remembers it valid, and skips the validator next time', async () => {
  const load = vi.fn(async () => diagnostics);
  const report = vi.fn();
  const config = { collector: { url: '/c' } };
  expect(await checkConfig(config, '1', load, report, 'x')).toEqual(config);
  expect(await checkConfig(config, '1', load, report, 'x')).toEqual(config);
  expect(load).toHaveBeenCalledTimes(1);
  await checkConfig(config, '2', load, report, 'x'); // a new SDK version checks again
  expect(load).toHaveBeenCalledTimes(2);
  expect(report).not.toHaveBeenCalled();
});

it('reports an invalid config on every load and uses what is valid', async () => {
  const load = vi.fn(async () => diagnostics);
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
