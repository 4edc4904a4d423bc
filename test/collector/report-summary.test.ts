// @vitest-environment node
/**
 * The report's headline and trend, filtered and unfiltered, and an empty range, on the fixed
 * dataset (./report-dataset.ts tells its visitors' stories), against figures worked out by hand;
 * on PGlite always, and on PostgreSQL when a server answers (./databases.ts).
 */
import { expect, test } from 'vitest';
import { ALL, describeOnDataset, expectFigure } from './report-dataset.js';

describeOnDataset('report figures', (view) => {
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
    expect({ shown: s.shown, responses: s.responses, partial: s.partial, dismissed: s.dismissed }).toEqual({
      shown: 29,
      responses: 26,
      partial: 1,
      dismissed: 4,
    });
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
    const brief = (day: number) => ({
      shown: at(day).shown,
      responses: at(day).responses,
      dismissed: at(day).dismissed,
      started: at(day).started,
      completed: at(day).completed,
      abandoned: at(day).abandoned,
    });
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

  test('a range without events: zeros and nulls, never an error', async () => {
    const empty = { from: '2025-01-01', to: '2025-01-31' };
    const s = await view('summary', empty);
    expect([s.nps.n, s.nps.score, s.nps.low, s.csat.score, s.csat.high, s.responseRate, s.dismissRate, s.journeys]).toEqual([
      0,
      null,
      null,
      null,
      null,
      null,
      null,
      { started: 0, completed: 0, abandoned: 0 },
    ]);
    expect(s.trend).toHaveLength(31);
    expect(Object.values(await view('dimensions', empty)).every((rows) => rows.length == 0)).toBe(true);
    expect(await view('attribution', empty)).toEqual({ journey: null, rows: [] });
    // The configured journey still shows its steps, nobody on them.
    const [checkout] = await view('funnels', empty);
    expect([checkout.entered, checkout.steps.map((st) => [st.reached, st.dropOff, st.medianSecondsToNext])]).toEqual([
      0,
      [
        [0, null, null],
        [0, null, null],
        [0, null, null],
        [0, null, null],
      ],
    ]);
    expect((await view('stages', empty)).moves).toEqual([]);
  });
});
