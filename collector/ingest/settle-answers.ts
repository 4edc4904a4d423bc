import type { Queryable } from '../db/database.js';

// Any number, the same in every process: the first key of the advisory locks on a showing's
// answers, the second being the response id's hash. (The two-key form never meets migrate.ts's
// one-key lock.)
const ANSWER_LOCKS = 7_264_154;

/**
 * Decides, for each response id given, which of its stored answers stands: the full answer,
 * else the latest partial (by `ts`, then `id`); the others are marked `superseded`, and the
 * report reads only the rows that stand (issue 12 §4). Call it in the transaction that inserted
 * the answers, after the insert. Arrival order does not matter: a partial re-sent after its full
 * answer (the SDK delivers at least once) is superseded as it arrives. Returns the ids this call
 * marked superseded, so a new answer that is already superseded opens no inbox entry and posts
 * no webhook.
 */
export async function settleAnswers(tx: Queryable, responseIds: string[]): Promise<Set<string>> {
  if (!responseIds.length) return new Set();
  // One showing's answers may be committed by two transactions at once (a PostgreSQL pool, or
  // several collectors): each would see only its own row and let both stand. A lock per id
  // makes the second wait, then see the first. Taken in the order of their keys: no deadlock.
  await tx.query(`select pg_advisory_xact_lock(${ANSWER_LOCKS}, k) from (select distinct hashtext(r) as k from unnest($1::text[]) r order by k) keys`, [
    responseIds,
  ]);
  const changed = await tx.query<{ id: string; superseded: boolean }>(
    `update mj_events e set superseded = s.rank > 1
     from (
       select id, row_number() over (partition by response_id order by partial, ts desc, id desc) as rank
       from mj_events where response_id = any($1::text[]) and type = 'response'
     ) s
     where e.id = s.id and e.superseded <> (s.rank > 1)
     returning e.id, e.superseded`,
    [responseIds],
  );
  return new Set(changed.filter((r) => r.superseded).map((r) => r.id));
}
