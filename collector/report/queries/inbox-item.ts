import type { InboxItem, InboxStatus } from '../api-types.js';
import { ANSWER_SELECT, toAnswer } from './answer-row.js';
import { isoSql } from './filters.js';

/** The statuses of an inbox entry, in the order a team moves it. */
export const INBOX_STATUSES: InboxStatus[] = ['open', 'contacted', 'resolved'];

/** Throws an Error naming the allowed statuses unless `status` is one. */
export function checkInboxStatus(status: unknown): asserts status is InboxStatus {
  if (!INBOX_STATUSES.includes(status as InboxStatus)) {
    throw new Error(`status must be one of ${INBOX_STATUSES.join(', ')}, got ${JSON.stringify(status)}`);
  }
}

/**
 * Inbox entries (`mj_inbox` aliased `i`, joined to their answer `e`) with their history,
 * oldest change first, for the rows `where` selects. Ends with the where-clause: append
 * `order by` and a page.
 */
export const inboxItemsSql = (where: string): string => `select ${ANSWER_SELECT},
    i.status, i.note, i.updated_by, ${isoSql('i.updated_at')} as updated_at, ${isoSql('i.created_at')} as created_at,
    coalesce((
      select jsonb_agg(jsonb_build_object('status', h.status, 'note', h.note, 'by', h.changed_by, 'at', ${isoSql('h.changed_at')}) order by h.changed_at, h.id)
      from mj_inbox_history h where h.event_id = i.event_id
    ), '[]'::jsonb) as history
  from mj_inbox i join mj_events e on e.id = i.event_id
  where ${where}`;

/** An `InboxItem` from a row of `inboxItemsSql`. */
export const toInboxItem = (r: Record<string, any>): InboxItem => ({
  ...toAnswer(r),
  status: r.status,
  note: r.note,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
  createdAt: r.created_at,
  history: r.history,
});
