import { expect, it } from 'vitest';
import { describe as describeMessage } from '../../src/messages';

it('says what failed, on what, and what to do', () => {
  expect(describeMessage('config-load', ['https://shop.test/mj.json', 'HTTP 404'])).toBe(
    'microjourney: could not load the config from https://shop.test/mj.json: HTTP 404. Check data-config; tracking continues and events are kept until a collector is configured.',
  );
  expect(describeMessage('command', ['track', [42, undefined]])).toBe('microjourney: track() expects an event name string and an optional props object, got (42); the call was ignored.');
  expect(describeMessage('config', ['', [{ path: '/a', message: 'expected x, found y' }]])).toContain('\n  /a: expected x, found y');
});

it('still says something for a code without a text', () => {
  expect(describeMessage('no-such-code', [1])).toBe('microjourney: no-such-code [1]');
});
