// @vitest-environment node
/** The report's filters from the page's query string: defaults, dimension filters, malformed days. */
import { describe, expect, test } from 'vitest';
import { parseFilters } from '../../collector/report/queries/index.js';

describe('parseFilters', () => {
  const today = new Date('2026-03-14T18:30:00Z');
  test('defaults to the 30 days up to today (UTC), inclusive', () => {
    expect(parseFilters(new URLSearchParams(), today)).toEqual({ from: '2026-02-13', to: '2026-03-14' });
    expect(parseFilters(new URLSearchParams('to=2026-03-31'), today)).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });
  test('keeps the dimension filters, ignores empty ones', () => {
    const params = new URLSearchParams('from=2026-03-01&to=2026-03-02&channel=Paid+Search&journey=checkout&device=&locale=he');
    expect(parseFilters(params, today)).toEqual({ from: '2026-03-01', to: '2026-03-02', channel: 'Paid Search', journey: 'checkout', locale: 'he' });
  });
  test('refuses malformed days, naming the parameter and the format', () => {
    expect(() => parseFilters(new URLSearchParams('from=03/01/2026'), today)).toThrow(/from .*YYYY-MM-DD/);
    expect(() => parseFilters(new URLSearchParams('to=2026-02-30'), today)).toThrow(/to .*YYYY-MM-DD/);
    expect(() => parseFilters(new URLSearchParams('from=2026-03-10&to=2026-03-01'), today)).toThrow(/from .*after to/);
  });
});
