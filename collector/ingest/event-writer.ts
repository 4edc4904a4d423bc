import type { Database } from '../db/database.js';
import type { EventRow } from './event-row.js';
import { countIngest, insertEvents, openInboxEntries, queueWebhooks } from './insert-events.js';
import { settleAnswers } from './settle-answers.js';

/** Where answers are posted: `all` answers, or only negative ones (the default). */
export interface WebhookTarget {
  url: string;
  all: boolean;
}

export interface WriteResult {
  stored: number;
  duplicates: number;
}

interface Pending {
  rows: EventRow[];
  done: (result: WriteResult) => void;
  failed: (err: unknown) => void;
}

/** The webhook body for one new answer: the event as it arrived, and what the collector made of it. */
function webhookPayload(row: EventRow): string {
  const body = row.values[row.values.length - 1];
  return JSON.stringify({ type: 'microjourney.response', negative: row.negative, event_id: row.id, event: body });
}

/**
 * Stores batches of events. Batches that arrive while a transaction is committing wait and are
 * committed together in the next one (group commit): one commit for many requests is what lets
 * a single-connection PGlite keep up. `write` resolves only once its events are committed, so
 * the HTTP answer that follows is never ahead of the database.
 */
export function createEventWriter(db: Database, webhook?: WebhookTarget, onStored: (rows: number) => void = () => {}) {
  let queue: Pending[] = [];
  const running = new Set<Promise<void>>();
  // PGlite has one connection; a PostgreSQL pool commits several groups at once (the server
  // waits on its log between commits, so one at a time left it idle).
  const parallel = db.kind == 'postgres' ? 6 : 1;

  async function commit(group: Pending[]): Promise<void> {
    // The first occurrence of an id in the group owns it: a duplicate inside the group is a duplicate.
    const seen = new Set<string>();
    const owned = group.map((p) => p.rows.filter((r) => !seen.has(r.id) && seen.add(r.id)));
    const rows = owned.flat();
    const fresh = await db.transaction(async (tx) => {
      const fresh = await insertEvents(tx, rows);
      // A partial answer and its full answer: one stands (a partial arriving late is superseded at once).
      const late = await settleAnswers(tx, [...new Set(rows.flatMap((r) => (fresh.has(r.id) && r.responseId ? [r.responseId] : [])))]);
      const added = rows.filter((r) => fresh.has(r.id) && !late.has(r.id));
      await openInboxEntries(
        tx,
        added.filter((r) => r.negative).map((r) => r.id),
      );
      if (webhook) {
        const answers = added.filter((r) => r.values[1] == 'response' && (webhook.all || r.negative));
        await queueWebhooks(
          tx,
          webhook.url,
          answers.map((r) => ({ id: r.id, payload: webhookPayload(r) })),
        );
      }
      const received = group.reduce((n, p) => n + p.rows.length, 0);
      await countIngest(tx, { received, stored: fresh.size, duplicates: received - fresh.size, batches: group.length });
      return fresh;
    });
    onStored(fresh.size);
    group.forEach((p, i) => {
      const stored = owned[i].filter((r) => fresh.has(r.id)).length;
      p.done({ stored, duplicates: p.rows.length - stored });
    });
  }

  function start(): void {
    while (queue.length && running.size < parallel) {
      const group = queue;
      queue = [];
      const job: Promise<void> = commit(group)
        .catch((err) => group.forEach((p) => p.failed(err)))
        .finally(() => {
          running.delete(job);
          start();
        });
      running.add(job);
    }
  }

  return {
    /** Stores the rows; resolves after the commit with how many were new. */
    write(rows: EventRow[]): Promise<WriteResult> {
      return new Promise((done, failed) => {
        queue.push({ rows, done, failed });
        start();
      });
    },
    /** Resolves when every batch handed to `write` so far is committed (graceful shutdown). */
    async drain(): Promise<void> {
      while (running.size) await Promise.allSettled([...running]);
    },
  };
}

export type EventWriter = ReturnType<typeof createEventWriter>;
