import { expect, it } from 'vitest';
import { describe as describeMessage } from '../../src/messages';

it('says what failed, on what, and what to do', () => {
  expect(describeMessage('config-load', ['https://shop.test/mj.json', 'HTTP 404'])).toBe(
    'microjourney: could not load the config from https://shop.test/mj.json: HTTP 404. Check data-config; tracking continues and events are kept until a collector is configured.',
  );
  expect(describeMessage('command', ['track', [42, undefined]])).toBe(
    'microjourney: track() expects an event name string and an optional props object, got (42); the call was ignored.',
  );
  expect(describeMessage('config', ['', [{ path: '/a', message: 'expected x, found y' }]])).toContain('\n  /a: expected x, found y');
});

it('still says something for a code without a text', () => {
  expect(describeMessage('no-such-code', [1])).toBe('microjourney: no-such-code 1');
  // Named like an Object.prototype member, with what JSON cannot hold: still a message, no exception.
  expect(describeMessage('toString', [10n, Symbol('s')])).toBe('microjourney: toString (bigint that JSON cannot hold), undefined');
});

it('explains a call refused for its size, with the value shortened', () => {
  const long = 'x'.repeat(2e6);
  const message = describeMessage('command', ['step', [long]]);
  expect(message).toContain('(2000000 characters: at most 200); the call was ignored.');
  expect(message.length).toBeLessThan(400);
  expect(describeMessage('command', ['track', ['ok', { text: 'y'.repeat(20000) }]])).toContain('characters of JSON: at most 16 KB');
  expect(describeMessage('command', ['identify', ['u1', { ['k'.repeat(300)]: 1 }]])).toContain('(a key of 300 characters: at most 200)');
});
