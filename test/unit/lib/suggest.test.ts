import { expect, it } from 'vitest';
import { suggest } from '../../../src/lib/suggest';

it('suggests a near miss, and nothing for a far one', () => {
  expect(suggest('exit_intent', ['exit-intent', 'scroll'])).toBe(' (did you mean "exit-intent"?)');
  expect(suggest('NPS', ['nps', 'csat'])).toBe(' (did you mean "nps"?)');
  expect(suggest('banana', ['nps', 'csat', 'exit'])).toBe('');
});
