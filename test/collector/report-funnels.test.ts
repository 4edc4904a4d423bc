// @vitest-environment node
/**
 * The report's journeys — funnels with drop-off, inferred abandonment, stage flow — on
 * the fixed dataset (./report-dataset.ts tells its visitors' stories), against figures worked out
 * by hand; on PGlite always, and on PostgreSQL when a server answers (./databases.ts).
 */
import { expect, test } from 'vitest';
import { ALL, CTX, describeOnDataset } from './report-dataset.js';

describeOnDataset('report journeys', (view, db) => {
  test('funnels: configured checkout and data-ordered onboarding', async () => {
    const [checkout, onboarding] = await view('funnels');
    // Checkout: 8 entered (v07 midway, at shipping); completed v01, v04, v05, v07; abandoned v02
    // (recorded), v03 (payment, 4 March), v06 (cart, 6 March), v08 (shipping, 11 March 11:30 — more
    // than 2 h before now, 12 March 12:00).
    expect({ ...checkout, steps: undefined }).toEqual({
      journey: 'checkout',
      order: 'config',
      entered: 8,
      completed: 4,
      abandoned: 4,
      inProgress: 0,
      steps: undefined,
    });
    const rows = (f: typeof checkout) =>
      f.steps.map((s) => [s.step, s.reached, s.dropOff == null ? null : Math.round(s.dropOff * 1e4) / 1e4, s.medianSecondsToNext]);
    // cart: 7 reached (all but v07), v06 not on → 1/7. Cart→shipping: 120, 300, 60, 90, 200, 150 s → median (120 + 150)/2 = 135.
    // shipping: 7, v02 and v08 not on → 2/7. Shipping→payment: 180, 240, 150, 100, 120 → 150.
    // payment: 5, v03 not on → 1/5. Payment→confirmation: 120, 60, 300, 90 → (90 + 120)/2 = 105.
    // confirmation: 4, all completed → 0; the completion follows 1 s later.
    expect(rows(checkout)).toEqual([
      ['cart', 7, 0.1429, 135],
      ['shipping', 7, 0.2857, 150],
      ['payment', 5, 0.2, 105],
      ['confirmation', 4, 0, 1],
    ]);
    // Exit answers where the journey stood: v06 at cart; v02 and v08 at shipping; v03 at payment (free text: "other").
    expect(checkout.steps.map((s) => s.exitReasons)).toEqual([
      [{ reason: 'Just browsing', n: 1 }],
      [{ reason: 'Shipping too expensive', n: 2 }],
      [{ reason: 'other', n: 1 }],
      [],
    ]);
    // Onboarding, not in the config: positions of each visitor's first reach — welcome 1, 1, 1;
    // profile 2, 2; preferences 3 (v10), 2 (v12) → medians 1, 2, 2.5. v11 stopped at profile on
    // 8 March: older than the default 30 min, abandoned.
    expect({ ...onboarding, steps: undefined }).toEqual({
      journey: 'onboarding',
      order: 'data',
      entered: 3,
      completed: 2,
      abandoned: 1,
      inProgress: 0,
      steps: undefined,
    });
    // welcome→profile: v10 30 s, v11 45 s → 37.5 (v12 skipped profile: a drop-off at welcome, 1/3).
    expect(rows(onboarding)).toEqual([
      ['welcome', 3, 0.3333, 37.5],
      ['profile', 2, 0.5, 60],
      ['preferences', 2, 0, 1],
    ]);
  });

  test('funnels: abandonment inferred against a fixed now', async () => {
    // At 11 March 12:30, v08's last step (11:30) is an hour old: within checkout's 2 h, in progress.
    const early = { ...CTX, now: new Date('2026-03-11T12:30:00Z') };
    const [checkout] = await view('funnels', ALL, '', early);
    expect([checkout.completed, checkout.abandoned, checkout.inProgress]).toEqual([4, 3, 1]);
    expect((await view('summary', ALL, '', early)).journeys).toEqual({ started: 11, completed: 6, abandoned: 4 });
    // Without the config, checkout's steps come from the data (same order: median positions 1, 2, 3, 4)
    // and abandonAfter is 30 min: v08 is abandoned at 12:30 after all.
    const [fromData] = await view('funnels', ALL, '', { journeys: {}, stages: [], now: early.now });
    expect([fromData.journey, fromData.order, fromData.steps.map((s) => s.step).join(' → ')]).toEqual([
      'checkout',
      'data',
      'cart → shipping → payment → confirmation',
    ]);
    expect([fromData.abandoned, fromData.inProgress]).toEqual([4, 0]);
    // The journey filter keeps one funnel.
    expect((await view('funnels', { ...ALL, journey: 'onboarding' })).map((f) => f.journey)).toEqual(['onboarding']);
  });

  test('stages: moves between stages, backward ones flagged', async () => {
    const flow = await view('stages');
    // No stages configured: the default five.
    expect(flow.stages).toEqual(['awareness', 'consideration', 'purchase', 'retention', 'advocacy']);
    // awareness→consideration: v01, v06, v13. awareness→purchase: v04. consideration→purchase: v01,
    // v02, v03, v05, v06, v07, v08. purchase→consideration: v02 the day after leaving checkout (backward).
    // purchase→retention: v01 (a week later), v09. retention→advocacy: v10.
    expect(flow.moves).toEqual([
      { from: 'awareness', to: 'consideration', n: 3, backward: false },
      { from: 'awareness', to: 'purchase', n: 1, backward: false },
      { from: 'consideration', to: 'purchase', n: 7, backward: false },
      { from: 'purchase', to: 'consideration', n: 1, backward: true },
      { from: 'purchase', to: 'retention', n: 2, backward: false },
      { from: 'retention', to: 'advocacy', n: 1, backward: false },
    ]);
    // A stage filter keeps the moves from or to it.
    const purchase = await view('stages', { ...ALL, stage: 'purchase' });
    expect(purchase.moves.map((m) => `${m.from}→${m.to}`)).toEqual([
      'awareness→purchase',
      'consideration→purchase',
      'purchase→consideration',
      'purchase→retention',
    ]);
  });
});
