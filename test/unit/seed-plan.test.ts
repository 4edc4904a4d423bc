// `npm run seed` plans its visitors up front from the seed: the same seed, the same visitors,
// with the shape a product team would recognise.
import { expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { CHANNELS, planVisitors } from '../../scripts/seed/plan-visitors.mjs';

const now = Date.UTC(2026, 10, 23, 12);
const plan = (seed: number, count = 2000) => planVisitors({ count, seed, days: 14, now });

it('plays the same visitors for the same seed, and others for another', () => {
  expect(plan(7, 50)).toEqual(plan(7, 50));
  expect(plan(8, 50)).not.toEqual(plan(7, 50));
});

it('draws every channel, device and language, with returning visitors arriving anew', () => {
  const visitors = plan(1);
  const visits = visitors.flatMap((v: any) => v.visits);
  expect(new Set(visits.map((v: any) => v.channel))).toEqual(new Set(Object.keys(CHANNELS)));
  expect(new Set(visitors.map((v: any) => v.device))).toEqual(new Set(['phone', 'desktop']));
  expect(new Set(visitors.map((v: any) => v.locale))).toEqual(new Set(['en', 'he', 'ar']));
  const returning = visitors.filter((v: any) => v.visits.length == 2);
  expect(returning.length / visitors.length).toBeGreaterThan(0.15);
  expect(returning.some((v: any) => v.visits[0].channel != v.visits[1].channel)).toBe(true);
  // Within the last 14 days, in whole milliseconds (a browser's clock has no fractions).
  expect(visits.every((v: any) => Number.isInteger(v.at) && v.at <= now && v.at >= now - 14 * 864e5)).toBe(true);
});

it('most browse and leave; phones and the slow page lose more at checkout', () => {
  const visits = plan(2, 4000).flatMap((v: any) => v.visits.map((x: any) => ({ ...x, device: v.device })));
  const share = (list: any[], test: (v: any) => boolean) => list.filter(test).length / list.length;
  const completes = (v: any) => v.goesTo.includes('confirmation');
  expect(share(visits, completes)).toBeLessThan(0.3);
  expect(share(visits, (v) => v.goesTo.length == 0 || !v.goesTo.includes('cart'))).toBeGreaterThan(0.5);
  const carted = visits.filter((v) => v.goesTo.includes('shipping'));
  expect(
    share(
      carted.filter((v) => v.device == 'phone'),
      completes,
    ),
  ).toBeLessThan(
    share(
      carted.filter((v) => v.device == 'desktop'),
      completes,
    ),
  );
  expect(
    share(
      carted.filter((v) => v.product == 'tea-kettle'),
      completes,
    ),
  ).toBeLessThan(
    share(
      carted.filter((v) => v.product != 'tea-kettle'),
      completes,
    ),
  );
});

it('answers differ by channel: email customers are happier than paid-search ones', () => {
  const nps = (channel: string) => {
    const scores = plan(3, 6000)
      .flatMap((v: any) => v.visits)
      .filter((v: any) => v.channel == channel && v.nps)
      .map((v: any) => v.nps.score);
    return (scores.filter((s: number) => s >= 9).length - scores.filter((s: number) => s <= 6).length) / scores.length;
  };
  expect(nps('email')).toBeGreaterThan(nps('paid') + 0.3);
});
