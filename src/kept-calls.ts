import type { Call } from './command-queue';
import type { Report } from './lib/create-reporter';
import { fits, isSource } from './lib/shape';
import { takeAll } from './lib/take-all';

/**
 * Takes (reads and removes) the calls earlier pages kept in `mj_early…` because they closed
 * before their config arrived. A call keeps its command (one of `commands`), arguments, time,
 * page and arrival (or none); anything else is discarded, and reported.
 */
export function takeKeptCalls(commands: object, report: Report): Call[] {
  const isCall = (c: any) =>
    Array.isArray(c) && {}.hasOwnProperty.call(commands, c[0]) && Array.isArray(c[1]) && fits(c, { 2: 0, 3: {} }) && (c[4] == null || isSource(c[4]));
  return takeAll<Call>('early', isCall, (key) => report('stored', key));
}
