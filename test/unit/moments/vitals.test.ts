import { expect, it, vi } from 'vitest';
import { watchVitals, type VitalsModule } from '../../../src/moments/vitals';

it('fires once per metric rated poor, loads web-vitals only when asked, and stop() silences it', async () => {
  const reporters: Record<string, (m: { name: string; value: number; rating: string }) => void> = {};
  const mod = Object.fromEntries(['LCP', 'INP', 'CLS'].map((name) => [`on${name}`, (report: never) => (reporters[name] = report)])) as unknown as VitalsModule;
  const load = vi.fn(async () => mod);
  const fire = vi.fn();
  const { stop } = watchVitals(fire, load);
  await Promise.resolve();
  await Promise.resolve();
  expect(load).toHaveBeenCalledTimes(1);
  reporters.CLS!({ name: 'CLS', value: 0.1, rating: 'good' });
  reporters.CLS!({ name: 'CLS', value: 0.31234, rating: 'poor' });
  reporters.CLS!({ name: 'CLS', value: 0.5, rating: 'poor' });
  expect(fire.mock.calls).toEqual([['vitals', { metric: 'CLS', value: 0.312 }]]);
  stop();
  reporters.LCP!({ name: 'LCP', value: 5000, rating: 'poor' });
  expect(fire).toHaveBeenCalledTimes(1);
});
