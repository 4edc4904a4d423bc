// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, type RunningCollector } from '../../collector/server';
import { encodeBatch } from '../../src/formats';
import { privatePostgres } from './postgres-url';
import { nativeBatch, npsAnswer, post, wireEvent } from './wire-events';

const pgUrl = await privatePostgres();
const backEnds = [{ name: 'PGlite', options: { dataDir: 'memory://' } }, ...(pgUrl ? [{ name: 'PostgreSQL', options: { databaseUrl: pgUrl.url } }] : [])];
afterAll(() => pgUrl?.drop());

describe.each(backEnds)('ingest on $name', ({ options }) => {
  let c: RunningCollector;
  let collect: string;
  beforeAll(async () => {
    c = await startCollector({ port: 0, ...options });
    collect = `${c.url}/mj/collect`;
  }, 30_000);
  afterAll(() => c?.close());

  const stored = async (ids: string[]) =>
    await c.db.query<{ id: string; type: string; name: string | null; source_format: string }>(
      'select id, type, name, source_format from mj_events where id = any($1::text[]) order by id',
      [ids],
    );

  it('stores a native batch sent as text/plain or application/json, and acknowledges what it stored', async () => {
    const events = [wireEvent(), wireEvent({ type: 'step', name: 'checkout:shipping', props: { method: 'express' } }), npsAnswer(9, 'fast')];
    const plain = await post(collect, nativeBatch(events.slice(0, 2)));
    expect(plain.status).toBe(200);
    expect(plain.json).toEqual({ accepted: 2, stored: 2, duplicates: 0 });
    const json = await post(collect, nativeBatch(events.slice(2)), 'application/json');
    expect(json.json).toEqual({ accepted: 1, stored: 1, duplicates: 0 });
    expect((await stored(events.map((e) => e.id))).map((r) => r.type).sort()).toEqual(['page', 'response', 'step']);
  });

  it('takes ndjson, as application/x-ndjson or as the SDK sends it (text/plain)', async () => {
    const a = [wireEvent(), wireEvent()];
    const b = [wireEvent(), wireEvent(), wireEvent()];
    expect((await post(collect, a.map((e) => JSON.stringify(e)).join('\n'), 'application/x-ndjson')).json.stored).toBe(2);
    expect((await post(collect, encodeBatch('ndjson', nativeBatch(b) as never))).json.stored).toBe(3);
    expect(new Set((await stored([...a, ...b].map((e) => e.id))).map((r) => r.source_format))).toEqual(new Set(['ndjson']));
  });

  it('takes the Segment batch the SDK writes, and reads our event types back from it', async () => {
    const events = [
      wireEvent(),
      wireEvent({ type: 'step', name: 'checkout:payment' }),
      wireEvent({ type: 'track', name: 'coupon', props: { code: 'X' } }),
      npsAnswer(3, 'slow'),
      wireEvent({ type: 'identify', user_id: 'u-1', traits: { plan: 'pro' } }),
    ];
    const answer = await post(collect, encodeBatch('segment', nativeBatch(events) as never));
    expect(answer.json).toEqual({ accepted: 5, stored: 5, duplicates: 0 });
    const rows = await stored(events.map((e) => e.id));
    const byId = Object.fromEntries(rows.map((r) => [r.id, [r.type, r.name, r.source_format]]));
    for (const e of events) expect(byId[e.id]).toEqual([e.type, e.name ?? null, 'segment']);
    const [nps] = await c.db.query<{ score: number; negative: boolean }>('select score, negative from mj_events where id = $1', [events[3].id]);
    expect(nps).toEqual({ score: 3, negative: true });
  });

  it('de-duplicates on the event id: a batch sent again stores nothing and says so', async () => {
    const events = [wireEvent(), wireEvent()];
    await post(collect, nativeBatch(events));
    const again = await post(collect, nativeBatch([...events, wireEvent()]));
    expect(again.json).toEqual({ accepted: 3, stored: 1, duplicates: 2 });
    const [{ n }] = await c.db.query<{ n: number }>('select count(*)::int n from mj_events where id = any($1::text[])', [events.map((e) => e.id)]);
    expect(n).toBe(2);
  });

  it('says which of the ids asked about (GET ?mj_have=) it holds: what an SDK need not send again', async () => {
    const events = [wireEvent(), wireEvent()];
    await post(collect, nativeBatch(events));
    const unknown = wireEvent().id;
    const have = (ids: string[], origin = 'http://localhost:8080') => fetch(`${collect}?mj_have=${ids.join(',')}`, { headers: { Origin: origin } });
    const answer = await have([events[1]!.id, unknown, events[0]!.id]);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:8080');
    expect(((await answer.json()) as { have: string[] }).have.sort()).toEqual(events.map((e) => e.id).sort());
    expect(await (await have([unknown])).json()).toEqual({ have: [] });
    expect((await have(Array.from({ length: 501 }, (_, i) => `id-${i}`))).status).toBe(413);
    expect((await have([events[0]!.id], 'https://evil.example')).status).toBe(403);
    expect((await fetch(collect)).status).toBe(405); // a GET that asks nothing
  });

  it('answers 400 naming each bad event by index, JSON Pointer and reason, and stores none of the batch', async () => {
    const good = wireEvent();
    const noSession = wireEvent();
    delete noSession.session_id;
    const badAnswer = wireEvent({ type: 'response', widget: { id: 'w', type: 'nps' }, response: { score: 11 } });
    const answer = await post(collect, nativeBatch([good, noSession, badAnswer, wireEvent({ type: 'step' })]));
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(/3 of 4 events do not match the wire event schema/);
    expect(answer.json.invalid).toEqual(
      expect.arrayContaining([
        { index: 1, pointer: '', reason: 'has no "session_id"' },
        { index: 2, pointer: '/response/score', reason: 'must be <= 10' },
        { index: 3, pointer: '', reason: 'has no "name"' },
      ]),
    );
    expect(await stored([good.id])).toEqual([]);
  });

  it('refuses what it cannot take, with a reason: 413 over 1 MB or 500 events, 415 an unknown type, 400 not JSON', async () => {
    const big = await post(collect, nativeBatch([wireEvent({ props: { blob: 'x'.repeat(1024 * 1024) } })]));
    expect(big.status).toBe(413);
    expect(big.json.error).toMatch(/limit is 1048576/);
    const many = await post(collect, nativeBatch(Array.from({ length: 501 }, () => wireEvent())));
    expect(many.status).toBe(413);
    expect(many.json.error).toBe('the batch has 501 events; the limit is 500: send smaller batches');
    const xml = await post(collect, '<events/>', 'application/xml');
    expect(xml.status).toBe(415);
    expect(xml.json.error).toMatch(/content type "application\/xml" is not accepted/);
    const garbage = await post(collect, 'hello');
    expect(garbage.status).toBe(400);
    expect(garbage.json.error).toMatch(/not JSON/);
  });

  it('answers CORS preflights for loopback and its own origin, refuses other origins', async () => {
    const preflight = (origin: string) =>
      fetch(collect, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-site' },
      });
    const ok = await preflight('http://localhost:8080');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:8080');
    expect(ok.headers.get('access-control-allow-headers')).toBe('content-type,x-site');
    expect((await preflight(c.url)).status).toBe(204);
    const other = await preflight('https://evil.example');
    expect(other.status).toBe(403);
    expect((await post(collect, nativeBatch([wireEvent()]), 'text/plain', { Origin: 'https://evil.example' })).status).toBe(403);
  });

  it('opens an inbox entry for each negative answer, once', async () => {
    const answers = [
      npsAnswer(2, 'broken'),
      npsAnswer(10),
      wireEvent({ type: 'response', widget: { id: 'help', type: 'csat' }, response: { thumb: 'down', positive: false, locale: 'en' } }),
      wireEvent({ type: 'response', widget: { id: 'exit', type: 'exit' }, response: { choice: 'Too expensive', index: 0, other: null, locale: 'en' } }),
    ];
    await post(collect, nativeBatch(answers));
    await post(collect, nativeBatch(answers));
    const inbox = await c.db.query<{ event_id: string }>('select event_id from mj_inbox where event_id = any($1::text[]) order by event_id', [
      answers.map((a) => a.id),
    ]);
    expect(inbox.map((r) => r.event_id).sort()).toEqual([answers[0].id, answers[2].id, answers[3].id].sort());
  });

  it('reads the device from the User-Agent and the locale from the answer, else Accept-Language', async () => {
    const page = wireEvent();
    const answer = npsAnswer(8, null, { response: { score: 8, category: 'passive', locale: 'he' } });
    await post(collect, nativeBatch([page, answer]), 'text/plain', {
      'User-Agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148',
      'Accept-Language': 'ar-EG,ar;q=0.9',
    });
    const rows = await c.db.query<{ id: string; device: string; locale: string }>('select id, device, locale from mj_events where id = any($1::text[])', [
      [page.id, answer.id],
    ]);
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.device, r.locale]]))).toEqual({ [page.id]: ['mobile', 'ar'], [answer.id]: ['mobile', 'he'] });
  });

  it('answers GET /healthz', async () => {
    const res = await fetch(`${c.url}/healthz`);
    expect(await res.json()).toEqual({ ok: true, storage: options.databaseUrl ? 'postgres' : 'pglite' });
  });
});
