import type { ServerResponse } from 'node:http';
import type { Database } from '../db/database.js';
import { sendError, sendJson } from '../http/send.js';

/** At most this many ids in one question: the SDK asks about one batch (≤ 20 events) at a time. */
export const MAX_HAVE_IDS = 500;

/**
 * `GET /mj/collect?mj_have=<id>,<id>…`: which of these event ids are stored. The SDK asks before
 * sending again events an earlier page may have delivered with keepalive as it unloaded (it
 * never saw the answer), and sends only the rest: fewer duplicate deliveries. Event ids are
 * random UUIDv7s, so the answer tells nothing to someone who does not already hold them.
 */
export async function handleHave(res: ServerResponse, db: Database, list: string, headers: Record<string, string>): Promise<void> {
  const ids = [...new Set(list.split(',').filter(Boolean))];
  if (ids.length > MAX_HAVE_IDS) return sendError(res, 413, `asked about ${ids.length} event ids; ask about at most ${MAX_HAVE_IDS} at a time`, {}, headers);
  const rows = ids.length ? await db.query<{ id: string }>('select id from mj_events where id = any($1::text[])', [ids]) : [];
  sendJson(res, 200, { have: rows.map((r) => r.id) }, headers);
}
