// @vitest-environment node
/**
 * The report's answers and housekeeping — comments, the closed-loop inbox, data health, filter
 * menus, export — on the fixed dataset (./report-dataset.ts), against values worked out by hand;
 * on PGlite always, and on PostgreSQL when a server answers (./databases.ts).
 */
import { expect, test } from 'vitest';
import { exportRows, updateInboxItem } from '../../collector/report/queries/index.js';
import { ALL, answerId, CTX, describeOnDataset } from './report-dataset.js';

describeOnDataset('report answers', (view, db) => {
  test('comments: newest first, searched, by widget, paged', async () => {
    const all = await view('comments');
    // 11 answers with a comment (exit answers with a choice only have none; v03's "other" text counts).
    expect(all.total).toBe(11);
    expect(all.rows.map((r) => r.id.slice(0, 3))).toEqual(['v12', 'v13', 'v01', 'v09', 'v07', 'v06', 'v04', 'v05', 'v03', 'v02', 'v01']);
    expect(all.rows[0]).toMatchObject({
      comment: 'التطبيق بطيء جداً',
      locale: 'ar',
      score: 2,
      category: 'detractor',
      widgetId: 'nps-app',
      step: 'preferences',
      channel: 'App',
      touchpoint: 'app',
      ts: '2026-03-10T07:02:30.000Z',
      vitals: null,
      userId: null,
    });
    expect(all.rows[8]).toMatchObject({ comment: 'تم رفض بطاقتي مرتين', reason: 'other', widgetType: 'exit', step: 'payment', userId: 'u03' });
    // "deliver", any case: "Still happy with delivery", "Delivery options were confusing".
    expect((await view('comments', ALL, 'q=DELIVER')).rows.map((r) => r.comment)).toEqual(['Still happy with delivery', 'Delivery options were confusing']);
    // % and _ are matched as themselves, not as wildcards.
    expect((await view('comments', ALL, 'q=%25')).rows.map((r) => r.comment)).toEqual(['100% would recommend']);
    expect((await view('comments', ALL, 'q=_')).total).toBe(0);
    expect((await view('comments', ALL, `q=${encodeURIComponent('משלוח')}`)).rows.map((r) => r.comment)).toEqual(['המשלוח יקר מדי']);
    // nps-post-checkout: v07, v04, v01 commented (v05 did not).
    expect((await view('comments', ALL, 'widget=nps-post-checkout')).rows.map((r) => r.anonymousId)).toEqual(['anon-v07', 'anon-v04', 'anon-v01']);
    const page = await view('comments', ALL, 'limit=2&offset=1');
    expect([page.total, page.rows.map((r) => r.comment)]).toEqual([11, ['100% would recommend', 'Still happy with delivery']]);
    // Filters apply: Hebrew answers only.
    expect((await view('comments', { ...ALL, locale: 'he' })).total).toBe(2);
  });

  test('inbox: negative answers, counts, status changes with history', async () => {
    const inbox = await view('inbox');
    // Detractors v02, v07, v12, v14 (4) + negative CSAT v05, v06, v07, v13 (4) + every exit answer (4) = 12.
    expect([inbox.counts, inbox.total]).toEqual([{ open: 12, contacted: 0, resolved: 0 }, 12]);
    expect(inbox.rows[0]).toMatchObject({ anonymousId: 'anon-v08', reason: 'Shipping too expensive', status: 'open', history: [], note: null });
    const id = answerId('v02', 'nps-site');
    const contacted = await updateInboxItem(db(), id, { status: 'contacted', note: 'Called back; offered free shipping', by: 'dana' });
    expect(contacted).toMatchObject({
      id,
      status: 'contacted',
      note: 'Called back; offered free shipping',
      updatedBy: 'dana',
      score: 3,
      comment: 'המשלוח יקר מדי',
    });
    expect(contacted!.history).toMatchObject([{ status: 'contacted', note: 'Called back; offered free shipping', by: 'dana' }]);
    // No note given: the note stays; resolved_at is set.
    const resolved = await updateInboxItem(db(), id, { status: 'resolved', by: 'dana' });
    expect([resolved!.status, resolved!.note, resolved!.history.map((h) => h.status)]).toEqual([
      'resolved',
      'Called back; offered free shipping',
      ['contacted', 'resolved'],
    ]);
    const resolvedAt = async () => (await db().query<{ set: boolean }>(`select resolved_at is not null as set from mj_inbox where event_id = $1`, [id]))[0].set;
    expect(await resolvedAt()).toBe(true);
    const after = await view('inbox', ALL, 'status=resolved');
    expect([after.counts, after.total, after.rows.map((r) => r.id)]).toEqual([{ open: 11, contacted: 0, resolved: 1 }, 1, [id]]);
    // Reopened: resolved_at cleared, the history keeps all three changes.
    const reopened = await updateInboxItem(db(), id, { status: 'open', note: 'Wrote again', by: 'sam' });
    expect([reopened!.status, reopened!.note, reopened!.updatedBy, reopened!.history.length, await resolvedAt()]).toEqual([
      'open',
      'Wrote again',
      'sam',
      3,
      false,
    ]);
    expect(await updateInboxItem(db(), 'no-such-event', { status: 'resolved' })).toBeNull();
    await expect(updateInboxItem(db(), id, { status: 'closed' as never })).rejects.toThrow(/open, contacted, resolved/);
    await expect(view('inbox', ALL, 'status=closed')).rejects.toThrow(/open, contacted, resolved/);
  });

  test('inbox: time to close by stage', async () => {
    // Entries closed after 2, 4 and 9 hours (purchase: v06's, v03's and v08's exit answers) and 10
    // hours (consideration: v13's 👎), written as the collector would have recorded them.
    const close = (visitor: string, widget: string, hours: number) =>
      db().query(
        `update mj_inbox set status = 'resolved', created_at = '2026-03-12T08:00:00Z', resolved_at = timestamptz '2026-03-12T08:00:00Z' + $2 * interval '1 hour' where event_id = $1`,
        [answerId(visitor, widget), hours],
      );
    await close('v06', 'exit-checkout', 2);
    await close('v03', 'exit-checkout', 4);
    await close('v08', 'exit-checkout', 9);
    await close('v13', 'csat-help', 10);
    // consideration: v02's NPS (reopened above), v06's 👎, v13's 👎, v14's NPS → 1 resolved, median 10 h.
    // purchase: the 4 exit answers, v05's and v07's CSAT, v07's NPS → 3 resolved: 2, 4, 9 → 4 h. retention: v12's NPS.
    expect((await view('inbox')).timeToClose).toEqual([
      { stage: 'consideration', resolved: 1, medianHours: 10 },
      { stage: 'purchase', resolved: 3, medianHours: 4 },
      { stage: 'retention', resolved: 0, medianHours: null },
    ]);
  });

  test('health: what arrived, lag, formats, types, senders', async () => {
    const h = await view('health');
    // 148 stored + v14's 7 again + 1 refused = 156 received; 14 + 1 + 1 batches.
    expect([h.received, h.stored, h.duplicates, h.rejected, h.batches]).toEqual([156, 148, 7, 1, 16]);
    expect(h.sdkDropped).toEqual({ events: 1, age: 2, cap: 5, dead: 1 });
    // p50 at position 0.5 × 147 = 73.5: 2 s. p95 at 0.95 × 147 = 139.65: 2 + 0.65 × (62 − 2) = 41 s.
    expect(h.lag.p50).toBeCloseTo(2, 6);
    expect(h.lag.p95).toBeCloseTo(41, 6);
    // ndjson: v02's 12 events; segment: v04's 13; json: the other 123.
    expect(h.formats).toEqual([
      { format: 'json', n: 123 },
      { format: 'segment', n: 13 },
      { format: 'ndjson', n: 12 },
    ]);
    // Who sent them: native and Segment batches name the SDK (sdk.name, context.library.name); ndjson lines do not.
    expect(h.sources).toEqual([
      { sdk: 'microjourney', n: 136 },
      { sdk: '(not said)', n: 12 },
    ]);
    expect(h.types).toEqual([
      { type: 'step', n: 30 },
      { type: 'stage', n: 29 },
      { type: 'widget_shown', n: 29 },
      { type: 'response', n: 26 },
      { type: 'page', n: 16 },
      { type: 'identify', n: 6 },
      { type: 'journey_complete', n: 6 },
      { type: 'widget_dismissed', n: 4 },
      { type: 'journey_abandon', n: 1 },
      { type: 'sdk_dropped', n: 1 },
    ]);
    expect([h.firstEvent, h.lastEvent]).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-11T11:32:00.000Z']);
  });

  test('options: the values of each filter menu', async () => {
    expect(await view('options')).toEqual({
      journeys: ['checkout', 'onboarding'],
      touchpoints: ['app', 'store', 'web'],
      channels: ['Direct', 'Paid Search', 'Organic Search', 'Organic Social', 'Email', 'In store', 'App'],
      stages: ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'],
      locales: ['ar', 'en', 'he'],
      devices: ['desktop', 'mobile', 'tablet'],
      firstDay: '2026-03-02',
      lastDay: '2026-03-11',
    });
  });

  test('export: every row behind the filters, page by page', async () => {
    const collect = async (kind: 'responses' | 'events', pageSize?: number, filters = ALL) => {
      const rows: Record<string, unknown>[] = [];
      for await (const row of exportRows(db(), CTX, filters, kind, pageSize)) rows.push(row);
      return rows;
    };
    const responses = await collect('responses');
    expect(responses).toHaveLength(26);
    // Pages of 4 (7 pages, the last one short) give the same rows in the same order.
    expect((await collect('responses', 4)).map((r) => r.id)).toEqual(responses.map((r) => r.id));
    expect(responses[0]).toMatchObject({ id: answerId('v01', 'nps-post-checkout'), score: 10, ts: '2026-03-02T09:08:30.000Z' });
    expect(responses[0]).not.toHaveProperty('cursor_ts');
    const events = await collect('events', 50);
    expect(events).toHaveLength(148);
    expect(events.find((e) => e.type == 'sdk_dropped')).toMatchObject({ props: { age: 2, cap: 5, dead: 1 }, source_format: 'json' });
    expect(await collect('events', 10, { ...ALL, channel: 'Email' })).toHaveLength(18 + 12);
  });
});
