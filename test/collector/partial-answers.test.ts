// @vitest-environment node
/**
 * Partial answers (issue 12 §4): stored flagged, superseded by the full answer of the same
 * showing (`response.response_id`) whatever the order they arrive in, counted once, and never
 * in NPS; on PGlite always, and on PostgreSQL when a server answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, type RunningCollector } from '../../collector/server';
import { VIEWS, type ReportContext } from '../../collector/report/queries/index.js';
import { privatePostgres } from './postgres-url';
import { nativeBatch, npsAnswer, post } from './wire-events';

const pgUrl = await privatePostgres();
const backEnds = [{ name: 'PGlite', options: { dataDir: 'memory://' } }, ...(pgUrl ? [{ name: 'PostgreSQL', options: { databaseUrl: pgUrl.url } }] : [])];
afterAll(() => pgUrl?.drop());

const CTX: ReportContext = { journeys: {}, stages: [] };
let ids = 0;
/** An NPS answer of one showing, on `day` of May 2026 (each test has a day of its own). */
function answer(day: number, responseId: string, score: number, partial: boolean, minute = 0) {
  const ts = new Date(Date.UTC(2026, 4, day, 10, minute, ids++ % 60)).toISOString();
  return npsAnswer(score, partial ? null : 'said in full', {
    ts,
    anonymous_id: `visitor-${day}`,
    response: {
      score,
      category: score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor',
      comment: partial ? null : 'said in full',
      locale: 'en',
      response_id: responseId,
      ...(partial && { partial: true }),
    },
  });
}

describe.each(backEnds)('partial answers on $name', ({ options }) => {
  let c: RunningCollector;
  let collect: string;
  beforeAll(async () => {
    c = await startCollector({ port: 0, ...options });
    collect = `${c.url}/mj/collect`;
  }, 60_000);
  afterAll(() => c?.close());

  const day = (d: number) => ({ from: `2026-05-${String(d).padStart(2, '0')}`, to: `2026-05-${String(d).padStart(2, '0')}` });
  const summary = (d: number) => VIEWS.summary(c.db, CTX, day(d));
  const inbox = async (d: number) => (await VIEWS.inbox(c.db, CTX, day(d))).rows.map((r) => [r.score, r.partial]);
  const send = async (...events: object[]) => expect((await post(collect, nativeBatch(events))).status).toBe(200);

  it('stores a partial answer flagged, counts it as an answer and beside NPS, never in it; the inbox lists it as partial', async () => {
    await send(answer(1, 'show-1', 3, true));
    const [row] = await c.db.query<Record<string, unknown>>(
      `select partial, response_id, superseded, negative from mj_events where anonymous_id = 'visitor-1'`,
    );
    expect(row).toEqual({ partial: true, response_id: 'show-1', superseded: false, negative: true });
    const s = await summary(1);
    expect([s.responses, s.partial, s.nps.n, s.nps.detractors, s.nps.score, s.nps.partial]).toEqual([1, 1, 0, 0, null, 1]);
    expect(await inbox(1)).toEqual([[3, true]]);
  });

  it('the full answer with the same response id supersedes the partial: counted once, in NPS, the inbox without the partial', async () => {
    await send(answer(2, 'show-2', 3, true, 0));
    await send(answer(2, 'show-2', 9, false, 1));
    const s = await summary(2);
    expect([s.responses, s.partial, s.nps.n, s.nps.promoters, s.nps.detractors, s.nps.partial]).toEqual([1, 0, 1, 1, 0, 0]);
    expect(await inbox(2)).toEqual([]);
    expect((await VIEWS.comments(c.db, CTX, day(2))).rows.map((r) => [r.score, r.partial])).toEqual([[9, false]]);
  });

  it('a partial arriving after its full answer (re-sent, or a later one) is superseded at once and opens no inbox entry', async () => {
    const partial = answer(3, 'show-3', 2, true, 0);
    await send(answer(3, 'show-3', 6, false, 1));
    await send(partial);
    await send(partial); // de-duplicated on its id, as before
    const s = await summary(3);
    expect([s.responses, s.partial, s.nps.n, s.nps.detractors, s.nps.partial]).toEqual([1, 0, 1, 1, 0]);
    expect(await inbox(3)).toEqual([[6, false]]);
    const [{ n }] = await c.db.query<{ n: number }>(
      `select count(*)::int n from mj_inbox i join mj_events e on e.id = i.event_id where e.anonymous_id = 'visitor-3'`,
    );
    expect(n).toBe(1);
  });

  it('without a full answer the latest partial stands; answers of other showings are untouched', async () => {
    await send(answer(4, 'show-4', 4, true, 0), answer(4, 'show-4b', 10, false, 0));
    await send(answer(4, 'show-4', 8, true, 2));
    const s = await summary(4);
    expect([s.responses, s.partial, s.nps.n, s.nps.promoters, s.nps.partial]).toEqual([2, 1, 1, 1, 1]);
    const standing = await c.db.query<{ score: number }>(`select score from mj_events where response_id = 'show-4' and not superseded`);
    expect(standing).toEqual([{ score: 8 }]);
  });

  it('a partial and its full answer committed at the same moment: one stands, the full one', async () => {
    const showings = Array.from({ length: 24 }, (_, i) => `show-5-${i}`);
    await Promise.all(showings.flatMap((id) => [send(answer(5, id, 1, true, 0)), send(answer(5, id, 10, false, 1))]));
    const rows = await c.db.query<{ response_id: string; partial: boolean }>(
      `select response_id, partial from mj_events where anonymous_id = 'visitor-5' and not superseded order by response_id`,
    );
    expect(rows).toEqual([...showings].sort().map((response_id) => ({ response_id, partial: false })));
    const s = await summary(5);
    expect([s.responses, s.partial, s.nps.n, s.nps.promoters]).toEqual([24, 0, 24, 24]);
  });
});
