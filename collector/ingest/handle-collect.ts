import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../db/database.js';
import { readBody } from '../http/read-body.js';
import { sendError, sendJson } from '../http/send.js';
import { decodeBody, IngestError } from './decode-body.js';
import { eventRow } from './event-row.js';
import type { EventWriter } from './event-writer.js';
import { countIngest } from './insert-events.js';
import { deviceFromHeaders, localeFromHeader } from './request-context.js';
import { validateEvents } from './validate-events.js';

export interface IngestLimits {
  /** Bytes of one request body (default 1 MB). */
  maxBodyBytes: number;
  /** Events in one request (default 500). */
  maxEvents: number;
}

export interface IngestLog {
  (line: string): void;
}

/**
 * `POST /mj/collect`: decodes the body (native, ndjson or Segment), validates every event against
 * the wire schema, stores the batch and answers 200 only after the commit. The answers follow
 * the SDK's collector-answer table: 400 names each bad event (index, JSON Pointer, reason) so
 * the SDK can isolate it; 413 for a body or a batch over the limits; 415 for a content type it
 * cannot read; 503 when the database fails (the SDK retries with backoff).
 */
export async function handleCollect(
  req: IncomingMessage,
  res: ServerResponse,
  db: Database,
  writer: EventWriter,
  limits: IngestLimits,
  headers: Record<string, string>,
  log: IngestLog,
): Promise<void> {
  let decoded;
  try {
    decoded = decodeBody(req.headers['content-type'], await readBody(req, limits.maxBodyBytes));
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    log(`refused a batch: ${err.status} ${err.message}`);
    return sendError(res, err.status, err.message, err.details, headers);
  }
  const { events, format, sdk } = decoded;
  if (events.length > limits.maxEvents)
    return sendError(res, 413, `the batch has ${events.length} events; the limit is ${limits.maxEvents}: send smaller batches`, {}, headers);
  const problems = validateEvents(events);
  if (problems.length) {
    const bad = new Set(problems.map((p) => p.index)).size;
    await countIngest(db, { received: events.length, rejected: bad }).catch(() => {});
    log(`refused a batch of ${events.length}: ${bad} invalid event(s), first ${JSON.stringify(problems[0])}`);
    return sendError(
      res,
      400,
      `${bad} of ${events.length} events do not match the wire event schema (schema/event.schema.json); the batch was not stored`,
      { invalid: problems },
      headers,
    );
  }
  const context = {
    device: deviceFromHeaders(req.headers['user-agent'], req.headers['sec-ch-ua-mobile'] as string),
    locale: localeFromHeader(req.headers['accept-language']),
    format,
    sdk,
  };
  try {
    const { stored, duplicates } = await writer.write(events.map((e) => eventRow(e, context)));
    log(`stored ${stored} of ${events.length} events (${format}${duplicates ? `, ${duplicates} duplicate(s) dropped` : ''})`);
    sendJson(res, 200, { accepted: events.length, stored, duplicates }, headers);
  } catch (err) {
    log(`could not store a batch of ${events.length}: ${(err as Error).message}`);
    sendError(res, 503, `the collector could not store the batch (${db.kind}: ${(err as Error).message}); retry later`, {}, { ...headers, 'Retry-After': '5' });
  }
}
