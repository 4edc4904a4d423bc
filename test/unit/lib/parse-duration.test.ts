import { expect, it } from 'vitest';
import { parseDuration } from '../../../src/lib/parse-duration';

it('reads ms, s, m, h and d, and nothing else', () => {
  expect([parseDuration('500ms'), parseDuration('2s'), parseDuration('30m'), parseDuration('1.5h'), parseDuration('7d')]).toEqual([
    500, 2000, 1_800_000, 5_400_000, 604_800_000,
  ]);
  for (const bad of ['30 minutes', '-1s', '', 30, null, 'm']) expect(parseDuration(bad)).toBeNaN();
});
