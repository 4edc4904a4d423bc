// @vitest-environment node
/**
 * The report's breakdowns (by stage, touchpoint, channel, step, locale, device, vitals) and its
 * first- and last-touch attribution, on the fixed dataset (./report-dataset.ts tells its
 * visitors' stories), against figures worked out by hand; on PGlite always, and on PostgreSQL
 * when a server answers (./databases.ts).
 */
import { expect, test } from 'vitest';
import { ALL, describeOnDataset, expectFigure } from './report-dataset.js';

describeOnDataset('report breakdowns', (view) => {
  test('dimensions: NPS and CSAT by stage, touchpoint, channel, step, locale, device and vitals', async () => {
    const d = await view('dimensions');
    // [key, NPS n, NPS, CSAT n, CSAT, answers of any kind]
    const table = (rows: typeof d.stage) =>
      rows.map((r) => [
        r.key,
        r.nps.n,
        r.nps.score == null ? null : Math.round(r.nps.score * 100) / 100,
        r.csat.n,
        r.csat.score == null ? null : Math.round(r.csat.score * 100) / 100,
        r.responses,
      ]);
    // v14's partial NPS 0 is an answer (the last column) but in no NPS below.
    // Stages in journey order. consideration: NPS v02 3, v13 10 → (1 − 1)/2; CSAT v03 👍,
    // v06 👎, v08 👍, v13 👎 → 2/4. purchase: NPS v01 10, v04 9, v05 8, v07 6 → (2 − 1)/4; CSAT
    // v01 5, v04 4, v05 2, v07 1, v09 👍 → 3/5; plus the 4 exit answers. retention: v01 9, v09 10,
    // v10 9, v11 7, v12 2 → (3 − 1)/5.
    expect(table(d.stage)).toEqual([
      ['awareness', 1, 0, 0, null, 1],
      ['consideration', 2, 0, 4, 50, 7],
      ['purchase', 4, 25, 5, 60, 13],
      ['retention', 5, 40, 0, null, 5],
    ]);
    // web: NPS 10, 9, 3, 9, 8, 7, 6, 10 → (4 − 2)/8; CSAT 4 of 8 (all but v09's).
    expect(table(d.touchpoint)).toEqual([
      ['web', 8, 25, 8, 50, 21],
      ['app', 3, 0, 0, null, 3],
      ['store', 1, 100, 1, 100, 2],
    ]);
    // The session's channel, in REPORT.md's order. Direct: v02's second session (NPS 3), v06 (7,
    // 👎, exit), v14 (0, partial: not in NPS) → (0 − 1)/2. Paid Search: v02's exit, v03 (👍, exit), v04 (9, 4/5), v08 (👍, exit).
    expect(table(d.channel)).toEqual([
      ['Direct', 2, -50, 1, 0, 5],
      ['Paid Search', 1, 100, 3, 100, 7],
      ['Organic Search', 1, 0, 1, 0, 2],
      ['Organic Social', 1, 100, 1, 0, 2],
      ['Email', 3, 33.33, 2, 50, 5],
      ['In store', 1, 100, 1, 100, 2],
      ['App', 3, 0, 0, null, 3],
    ]);
    // Steps: the most answers first, not set last. confirmation: NPS 10, 9, 9, 8, 6 → (3 − 1)/5 (v01's
    // week-later answer is still at confirmation); CSAT 5, 4, 2, 1 → 2/4. Not set: NPS 3, 7, 10, 10;
    // CSAT 👍 👎 👍 👍 👎.
    expect(table(d.step)).toEqual([
      ['confirmation', 5, 40, 4, 50, 9],
      ['preferences', 2, 0, 0, null, 2],
      ['shipping', 0, null, 0, null, 2],
      ['cart', 0, null, 0, null, 1],
      ['payment', 0, null, 0, null, 1],
      ['profile', 1, 0, 0, null, 1],
      [null, 4, 25, 5, 60, 10],
    ]);
    // en: NPS 10, 9, 8, 7, 6, 10, 9, 7, 10 → (5 − 1)/9 = 44.44; CSAT 3 of 7.
    expect(table(d.locale)).toEqual([
      ['en', 9, 44.44, 7, 42.86, 19],
      ['he', 2, 0, 1, 100, 4],
      ['ar', 1, -100, 1, 100, 3],
    ]);
    // desktop: NPS 10, 9, 8, 6, 10 → (3 − 1)/5; CSAT 5, 👍, 2, 1, 👎 → 2/5. mobile: NPS 3, 7, 10, 9, 7, 2 → 0.
    expect(table(d.device)).toEqual([
      ['desktop', 5, 40, 5, 40, 12],
      ['mobile', 6, 0, 3, 66.67, 12],
      ['tablet', 1, 100, 1, 100, 2],
    ]);
    // The worst rating of each answer's vitals. good: NPS 10 (v01), 7 (v06: every value on the
    // boundary), 6, 10 (v13) → (2 − 1)/4. needs improvement: v01's 9 (LCP 3 s), v04's 9 (INP
    // 350 ms). poor: v02's 3 (LCP 5.2 s), v05's 8 (LCP 4.5 s). Not set: the store and app answers.
    expect(table(d.vitals)).toEqual([
      ['good', 4, 25, 4, 50, 10],
      ['needs-improvement', 2, 100, 2, 100, 6],
      ['poor', 2, -50, 2, 0, 5],
      [null, 4, 25, 1, 100, 5],
    ]);
    // One interval in full: desktop's CSAT 2 of 5, Wilson 11.76 … 76.93.
    expectFigure(d.device[0].csat, { low: 11.7618, high: 76.928 });
  });

  test('attribution: first and last touch side by side', async () => {
    const a = await view('attribution');
    // No journey filter: the first journey by name with a completion.
    expect(a.journey).toBe('checkout');
    // [channel, sessions, contacts, conversions, NPS n, NPS] for first touch, then last touch.
    const side = (t: (typeof a.rows)[number]['first']) => [
      t.sessions,
      t.contacts,
      t.conversions,
      t.nps.n,
      t.nps.score == null ? null : Math.round(t.nps.score * 100) / 100,
    ];
    // Direct, first and last: v06 (NPS 7) and v14 (its 0 partial: not in NPS).
    // First touch: Email = v01's 2 sessions + v04's (u01, u04; v01 and v04 converted; NPS 10, 9, 9).
    // Organic Search = v02's 2 sessions + v05's (v05 converted; NPS 3, 8). Paid Search = v03, v08 (u03).
    // Organic Social = v07 (u07, converted; NPS 6) + v13 (NPS 10). App: onboarding does not convert here.
    // Last touch: Email = v01 ×2 + v07 (NPS 10, 9, 6); Paid Search = v02 ×2 (the direct visit does not
    // override), v03, v04, v08 (u03, u04; v04 converted; NPS 3, 9); Organic Search = v05.
    expect(a.rows.map((r) => [r.channel, side(r.first), side(r.last)])).toEqual([
      ['Direct', [2, 0, 0, 1, 0], [2, 0, 0, 1, 0]],
      ['Paid Search', [2, 1, 0, 0, null], [5, 2, 1, 2, 0]],
      ['Organic Search', [3, 0, 1, 2, -50], [1, 0, 1, 1, 0]],
      ['Organic Social', [2, 1, 1, 2, 0], [1, 0, 0, 1, 100]],
      ['Email', [3, 2, 2, 3, 100], [3, 2, 2, 3, 33.33]],
      ['In store', [1, 1, 0, 1, 100], [1, 1, 0, 1, 100]],
      ['App', [3, 1, 0, 3, 0], [3, 1, 0, 3, 0]],
    ]);
    const email = a.rows.find((r) => r.channel == 'Email')!;
    expect(email.first.rate).toBeCloseTo(2 / 3, 6);
    expect(a.rows.find((r) => r.channel == 'Paid Search')!.last.rate).toBeCloseTo(1 / 5, 6);
    expect(a.rows.find((r) => r.channel == 'Direct')!.first.rate).toBe(0);
    // 16 sessions in all, each attributed once per side.
    expect(a.rows.reduce((n, r) => n + r.first.sessions, 0)).toBe(16);
    expect(a.rows.reduce((n, r) => n + r.last.sessions, 0)).toBe(16);
  });

  test('attribution: a chosen journey, and a channel filter', async () => {
    // onboarding: v10 and v12 completed, both App: 2 of App's 3 sessions.
    const onboarding = await view('attribution', { ...ALL, journey: 'onboarding' });
    expect(onboarding.journey).toBe('onboarding');
    const app = onboarding.rows.find((r) => r.channel == 'App')!;
    expect([app.first.conversions, app.first.rate, app.last.conversions]).toEqual([2, 2 / 3, 2]);
    expect(onboarding.rows.filter((r) => r.channel != 'App').every((r) => r.first.conversions == 0 && r.last.conversions == 0)).toBe(true);
    // Email sessions only (v01 ×2, v07): v07's first touch is Organic Social, which has no last-touch sessions here.
    const email = await view('attribution', { ...ALL, channel: 'Email' });
    expect(email.rows.map((r) => [r.channel, r.first.sessions, r.first.conversions, r.first.nps.score, r.last.sessions, r.last.conversions])).toEqual([
      ['Organic Social', 1, 1, -100, 0, 0],
      ['Email', 2, 1, 100, 3, 2],
    ]);
  });
});
