import type { Database } from '../../db/database.js';
import type { InboxItem, InboxStatus } from '../api-types.js';
import { checkInboxStatus, inboxItemsSql, toInboxItem } from './inbox-item.js';

/** A change of an inbox entry, as `POST /report/api/inbox/<event id>` takes it. */
export interface InboxChange {
  status: InboxStatus;
  /** Replaces the entry's note; omitted: the note stays. */
  note?: string | null;
  /** Who made the change (a name or an email), kept with it. */
  by?: string | null;
}

/**
 * `POST /report/api/inbox/<event id>`: sets an inbox entry's status (and note), and records the
 * change in its history, in one transaction. `resolved_at` is set when it becomes resolved (kept
 * if it already was) and cleared when it is reopened. Resolves to the entry as it now is, or
 * null when the event has no inbox entry; throws an Error naming the allowed statuses for a bad one.
 */
export async function updateInboxItem(db: Database, eventId: string, change: InboxChange): Promise<InboxItem | null> {
  checkInboxStatus(change.status);
  const note = change.note === undefined ? null : change.note;
  const keepNote = change.note === undefined;
  const by = change.by ?? null;
  return db.transaction(async (tx) => {
    const updated = await tx.query(
      `update mj_inbox set status = $2::text,
         note = case when $3::boolean then note else $4::text end,
         updated_by = $5::text, updated_at = now(),
         resolved_at = case when $2::text = 'resolved' then coalesce(resolved_at, now()) end
       where event_id = $1::text
       returning event_id`,
      [eventId, change.status, keepNote, note, by],
    );
    if (!updated.length) return null;
    await tx.query(`insert into mj_inbox_history (event_id, status, note, changed_by) values ($1::text, $2::text, $3::text, $4::text)`, [
      eventId,
      change.status,
      note,
      by,
    ]);
    const [row] = await tx.query<Record<string, any>>(inboxItemsSql('i.event_id = $1::text'), [eventId]);
    return toInboxItem(row);
  });
}
