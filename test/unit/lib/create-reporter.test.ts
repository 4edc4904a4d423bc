import { afterEach, expect, it, vi } from 'vitest';
import * as diagnostics from '../../../src/chunks/diagnostics';
import { createReporter } from '../../../src/lib/create-reporter';

afterEach(() => vi.restoreAllMocks());

const settle = () => new Promise((r) => setTimeout(r, 0));

it('prints config problems as errors and the rest as warnings, each distinct message once', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const emitted: string[] = [];
  const report = createReporter(
    async () => diagnostics,
    (err) => emitted.push(err.code),
  );
  report('config-load', '/mj.json', 'HTTP 404');
  report('unknown-command', 'trak');
  report('unknown-command', 'trak');
  await settle();
  expect(error).toHaveBeenCalledTimes(1);
  expect(error.mock.calls[0]![0]).toContain('/mj.json');
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]![0]).toContain('trak');
  // Every occurrence is emitted, though printed once.
  expect(emitted).toEqual(['config-load', 'unknown-command', 'unknown-command']);
});

it('without the diagnostics chunk, prints an error that says to serve it', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const report = createReporter(() => Promise.reject(new Error('404')));
  report('unknown-command', 'trak');
  await settle();
  expect(error.mock.calls[0]![0]).toBe('microjourney: unknown-command (Error: 404: serve dist/diagnostics.js)');
});
