import type { Database } from '../db/database.js';
import { signPayload } from './sign-payload.js';

export interface WebhookWorkerOptions {
  /** Signs each body (`Microjourney-Signature`) when set. */
  secret?: string;
  /** How often to look for due deliveries, ms (default 1000). */
  pollMs?: number;
  /** Attempts before a delivery is given up (default 15: about a day of backoff). */
  maxAttempts?: number;
  log?: (line: string) => void;
}

interface Due {
  id: string;
  url: string;
  payload: string;
  attempts: number;
}

const TIMEOUT_MS = 10_000;
// While a delivery is in flight its row is leased, so another collector process sharing the
// database does not send it too; a process killed mid-delivery leaves it for the lease to expire.
const CLAIM = `update mj_webhook_queue set next_at = now() + interval '60 seconds', attempts = attempts + 1
  where id in (select id from mj_webhook_queue where delivered_at is null and next_at <= now() order by id limit 20 for update skip locked)
  returning id::text, url, payload, attempts`;

/** Full-jitter backoff in seconds after `attempts` failures: up to 2ⁿ s, capped at an hour. */
const backoffSeconds = (attempts: number) => Math.max(1, Math.random() * Math.min(3600, 2 ** attempts));

async function deliver(d: Due, secret?: string): Promise<string | null> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': 'microjourney-collector', 'Microjourney-Delivery': d.id };
  if (secret) headers['Microjourney-Signature'] = signPayload(secret, d.payload);
  try {
    const res = await fetch(d.url, { method: 'POST', body: d.payload, headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.arrayBuffer().catch(() => {});
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (err) {
    return (err as Error).name == 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : (err as Error).message;
  }
}

/**
 * Posts queued webhook deliveries (`mj_webhook_queue`, filled in the same transaction as the
 * answers), retrying failures with backoff. The queue lives in the database, so a restart
 * resumes where it stopped and loses none.
 */
export function startWebhookWorker(db: Database, { secret, pollMs = 1000, maxAttempts = 15, log = () => {} }: WebhookWorkerOptions) {
  let stopped = false;
  let busy: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  async function settle(d: Due, error: string | null): Promise<void> {
    if (!error) {
      await db.query('update mj_webhook_queue set delivered_at = now(), last_error = null where id = $1', [d.id]);
      return;
    }
    const giveUp = d.attempts >= maxAttempts;
    log(`webhook to ${d.url} failed (${error}); ${giveUp ? `given up after ${d.attempts} attempts` : `attempt ${d.attempts}, will retry`}`);
    await db.query(
      `update mj_webhook_queue set last_error = $2, next_at = ${giveUp ? `'infinity'` : `now() + make_interval(secs => $3)`} where id = $1`,
      giveUp ? [d.id, error] : [d.id, error, backoffSeconds(d.attempts)],
    );
  }

  async function tick(): Promise<void> {
    try {
      const due = await db.query<Due>(CLAIM);
      await Promise.all(due.map(async (d) => settle(d, await deliver(d, secret))));
    } catch (err) {
      log(`webhook queue: ${(err as Error).message}`);
    }
  }

  function schedule(): void {
    if (stopped) return;
    clearTimeout(timer);
    // Ticks chain on `busy`: a poke and the timer never run two ticks at once.
    timer = setTimeout(() => {
      busy = busy.then(tick).finally(schedule);
    }, pollMs);
  }
  schedule();

  return {
    /** Looks for due deliveries now (after new answers were stored). */
    poke(): void {
      if (stopped) return;
      clearTimeout(timer);
      busy = busy.then(tick).finally(schedule);
    },
    /** Stops polling and waits for deliveries in flight. */
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await busy;
    },
  };
}
