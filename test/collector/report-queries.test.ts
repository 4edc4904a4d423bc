// @vitest-environment node
/**
 * The report's figures — headline and trend, breakdowns, attribution — on
 * the fixed dataset (./report-dataset.ts tells its visitors' stories), against figures worked out
 * by hand; on PGlite always, and on PostgreSQL when a server answers (./databases.ts).
 */
import { expect, test } from 'vitest';
import { ALL, describeOnDataset, expectFigure } from './report-dataset.js';

describeOnDataset('report figures', (view, db) => {
  test('summary: the headline', async () => {
    const s = await view('summary');
    // 12 NPS answers: promoters v01 10, v01 9, v04 9, v09 10, v10 9, v13 10 (6); passives v05 8,
    // v06 7, v11 7 (3); detractors v02 3, v07 6, v12 2 (3). v14's 0 is partial (chosen, not sent):
    // an answer for the response rate, not a rating — counted beside NPS, not in it.
    // NPS = (6 − 3) / 12 = 25; p + d − (p − d)² = 0.75 − 0.0625 = 0.6875;
    // SE = sqrt(0.6875 / 12) = 0.239357; interval 25 ± 46.914 = −21.914 … 71.914. n < 30: small.
    expectFigure(s.nps, { n: 12, promoters: 6, passives: 3, detractors: 3, score: 25, low: -21.9139, high: 71.9139, small: true, partial: 1 });
    // 9 CSAT answers, positive: v01 5, v03 👍, v04 4, v08 👍, v09 👍 (5); not: v05 2, v06 👎, v07 1, v13 👎.
    // Wilson, z² = 3.8416, n = 9, p̂ = 0.555556: centre = (0.555556 + 3.8416/18) / (1 + 3.8416/9) = 0.768978 / 1.426844 = 0.538936;
    // half = 1.96 × sqrt(0.555556 × 0.444444 / 9 + 3.8416 / 324) / 1.426844 = 1.96 × sqrt(0.027435 + 0.011857) / 1.426844 = 0.272289.
    expectFigure(s.csat, { n: 9, positive: 5, score: 55.5556, low: 26.6647, high: 81.1225, small: true, partial: 0 });
    // 26 answers (13 NPS, v14's partial included + 9 CSAT + 4 exit), each after its widget_shown, plus 3 shown and dismissed
    // unanswered (v09, v11, v14) = 29 shown; dismissed = those 3 + v14's partial answer = 4.
    expect({ shown: s.shown, responses: s.responses, partial: s.partial, dismissed: s.dismissed }).toEqual({ shown: 29, responses: 26, partial: 1, dismissed: 4 });
    expect(s.responseRate).toBeCloseTo(26 / 29, 6);
    expect(s.dismissRate).toBeCloseTo(4 / 29, 6);
    // Started: checkout v01–v08 (8) + onboarding v10–v12 (3) = 11. Completed: v01, v04, v05, v07,
    // v10, v12 = 6. Abandoned: v02 (recorded), v03, v06, v08 (last step > 2 h before now), v11
    // (> 30 min, onboarding's default) = 5.
    expect(s.journeys).toEqual({ started: 11, completed: 6, abandoned: 5 });
    expect(s.filters).toEqual(ALL);
  });

  test('summary: the trend by day adds up to the headline', async () => {
    const s = await view('summary');
    expect(s.bucket).toBe('day');
    // 1–14 March: 14 days, empty ones included.
    expect(s.trend.map((p) => p.bucket)).toEqual(Array.from({ length: 14 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`));
    const at = (day: number) => s.trend[day - 1];
    const brief = (day: number) => ({ shown: at(day).shown, responses: at(day).responses, dismissed: at(day).dismissed, started: at(day).started, completed: at(day).completed, abandoned: at(day).abandoned });
    expect(brief(1)).toEqual({ shown: 0, responses: 0, dismissed: 0, started: 0, completed: 0, abandoned: 0 });
    // 5 March: v04 and v05, 2 widgets and 2 answers each; both checkouts started and completed.
    expect(brief(5)).toEqual({ shown: 4, responses: 4, dismissed: 0, started: 2, completed: 2, abandoned: 0 });
    // NPS 9 and 8: (1 − 0) / 2 = 50; CSAT 4/5 and 2/5: 1 of 2.
    expectFigure(at(5).nps, { n: 2, promoters: 1, passives: 1, detractors: 0, score: 50 });
    expectFigure(at(5).csat, { n: 2, positive: 1, score: 50 });
    // 8 March: v10 (1 shown, answered), v11 (2 shown, 1 answered, 1 dismissed); onboarding v10 done, v11 abandoned.
    expect(brief(8)).toEqual({ shown: 3, responses: 2, dismissed: 1, started: 2, completed: 1, abandoned: 1 });
    // 10 March: v12 NPS 2, v14 NPS 0 partial (an answer, not in NPS) and a dismissed CSAT: NPS −100 of 1.
    expect(brief(10)).toEqual({ shown: 3, responses: 2, dismissed: 2, started: 1, completed: 1, abandoned: 0 });
    expectFigure(at(10).nps, { n: 1, detractors: 1, score: -100, partial: 1 });
    expect(at(14).nps).toEqual({ n: 0, promoters: 0, passives: 0, detractors: 0, score: null, low: null, high: null, small: true, partial: 0 });
    const sum = (key: 'shown' | 'responses' | 'dismissed' | 'started' | 'completed' | 'abandoned') => s.trend.reduce((n, p) => n + p[key], 0);
    expect([sum('shown'), sum('responses'), sum('dismissed'), sum('started'), sum('completed'), sum('abandoned')]).toEqual([29, 26, 4, 11, 6, 5]);
  });

  test('summary: a range over 62 days trends by ISO week, from the Monday of its first day', async () => {
    const s = await view('summary', { from: '2026-01-01', to: '2026-03-14' });
    expect(s.bucket).toBe('week');
    // 1 January 2026 is a Thursday: weeks of 29 Dec, 5 Jan, … 2 Mar, 9 Mar = 11.
    expect(s.trend).toHaveLength(11);
    expect(s.trend[0].bucket).toBe('2025-12-29');
    const [week1, week2] = s.trend.slice(-2);
    // Week of 2 March (2–8): 2+1+3+4+5+3+3 shown, 2+1+3+4+5+2+2 answers; 9 journeys began.
    expect([week1.bucket, week1.shown, week1.responses, week1.started]).toEqual(['2026-03-02', 21, 19, 9]);
    // Week of 9 March (9–14): v01, v13 (3 shown, 3 answers), v12, v14 (3, 2), v08 (2, 2); v12 and v08 began.
    expect([week2.bucket, week2.shown, week2.responses, week2.started]).toEqual(['2026-03-09', 8, 7, 2]);
  });

  test('summary: a channel filter and a date range change the figures', async () => {
    // Email sessions: v01's two and v07's. NPS 10, 9, 6: (2 − 1) / 3 = 33.3; CSAT 5/5, 1/5: 1 of 2.
    const email = await view('summary', { ...ALL, channel: 'Email' });
    expectFigure(email.nps, { n: 3, promoters: 2, detractors: 1, score: 33.3333 });
    expectFigure(email.csat, { n: 2, positive: 1, score: 50, low: 9.4529, high: 90.5471 });
    expect([email.shown, email.responses, email.dismissed]).toEqual([5, 5, 0]);
    expect(email.journeys).toEqual({ started: 2, completed: 2, abandoned: 0 });
    // 5–6 March: v04 9, v05 8, v06 7, v07 6 → 1 promoter, 2 passives, 1 detractor: NPS 0;
    // p + d − (p − d)² = 0.5, SE = sqrt(0.5 / 4) = 0.353553, interval ± 69.30.
    const range = await view('summary', { from: '2026-03-05', to: '2026-03-06' });
    expectFigure(range.nps, { n: 4, promoters: 1, passives: 2, detractors: 1, score: 0, low: -69.2965, high: 69.2965 });
    // CSAT 4/5 +, 2/5 −, 👎, 1/5 −: 1 of 4; Wilson 4.56 … 69.94.
    expectFigure(range.csat, { n: 4, positive: 1, score: 25, low: 4.5586, high: 69.9364 });
    expect([range.shown, range.responses, range.trend.length]).toEqual([9, 9, 2]);
    expect(range.journeys).toEqual({ started: 4, completed: 3, abandoned: 1 });
  });

  test('dimensions: NPS and CSAT by stage, touchpoint, channel, step, locale, device and vitals', async () => {
    const d = await view('dimensions');
    // [key, NPS n, NPS, CSAT n, CSAT, answers of any kind]
    const table = (rows: typeof d.stage) => rows.map((r) => [r.key, r.nps.n, r.nps.score == null ? null : Math.round(r.nps.score * 100) / 100, r.csat.n, r.csat.score == null ? null : Math.round(r.csat.score * 100) / 100, r.responses]);
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
    const side = (t: (typeof a.rows)[number]['first']) => [t.sessions, t.contacts, t.conversions, t.nps.n, t.nps.score == null ? null : Math.round(t.nps.score * 100) / 100];
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

  test('a range without events: zeros and nulls, never an error', async () => {
    const empty = { from: '2025-01-01', to: '2025-01-31' };
    const s = await view('summary', empty);
    expect([s.nps.n, s.nps.score, s.nps.low, s.csat.score, s.csat.high, s.responseRate, s.dismissRate, s.journeys]).toEqual([0, null, null, null, null, null, null, { started: 0, completed: 0, abandoned: 0 }]);
    expect(s.trend).toHaveLength(31);
    expect(Object.values(await view('dimensions', empty)).every((rows) => rows.length == 0)).toBe(true);
    expect(await view('attribution', empty)).toEqual({ journey: null, rows: [] });
    // The configured journey still shows its steps, nobody on them.
    const [checkout] = await view('funnels', empty);
    expect([checkout.entered, checkout.steps.map((st) => [st.reached, st.dropOff, st.medianSecondsToNext])]).toEqual([0, [[0, null, null], [0, null, null], [0, null, null], [0, null, null]]]);
    expect((await view('stages', empty)).moves).toEqual([]);
  });
});
