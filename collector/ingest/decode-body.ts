import type { WireEvent } from './event-row.js';
import { fromSegment } from './from-segment.js';

/** A request the collector refuses before looking at its events: status and reason. */
export class IngestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface Decoded {
  format: 'json' | 'ndjson' | 'segment';
  events: WireEvent[];
  /** What sent the batch, as it says (`sdk.name`, Segment's `context.library.name`), at most 100 characters. */
  sdk?: string;
}

/** A batch's own word for what sent it. */
const sdkName = (v: unknown) => (typeof v == 'string' && v.trim() ? v.trim().slice(0, 100) : undefined);

const JSON_TYPES = new Set(['text/plain', 'application/json', '']);
const NDJSON_TYPES = new Set(['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/jsonlines', 'application/x-jsonlines']);

function parseLines(body: string): WireEvent[] {
  return body.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line)];
    } catch (err) {
      throw new IngestError(400, `line ${i + 1} of the ndjson body is not JSON: ${(err as Error).message}`);
    }
  });
}

/**
 * The events of a request body, whatever format the SDK sent: the native batch
 * (`{ "events": [...] }`), the Segment batch (`{ "batch": [...] }`), or ndjson (one event per
 * line). The SDK sends all three as `text/plain` (no CORS preflight), so the body's shape
 * decides; `application/x-ndjson` says ndjson outright. Other content types are refused (415).
 */
export function decodeBody(contentType: string | undefined, body: string): Decoded {
  const type = (contentType || '').split(';')[0].trim().toLowerCase();
  if (NDJSON_TYPES.has(type)) return { format: 'ndjson', events: parseLines(body) };
  if (!JSON_TYPES.has(type))
    throw new IngestError(
      415,
      `content type "${type}" is not accepted: send text/plain or application/json (a native or Segment batch), or application/x-ndjson`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Several lines of JSON objects: ndjson sent as text/plain.
    if (body.trimStart().startsWith('{') && body.includes('\n')) return { format: 'ndjson', events: parseLines(body) };
    throw new IngestError(
      400,
      'the body is not JSON: expected a native batch { "sent_at", "sdk", "events": [...] }, a Segment batch { "batch": [...] } or ndjson',
    );
  }
  const obj = parsed as Record<string, unknown>;
  if (obj && typeof obj == 'object' && Array.isArray(obj.events))
    return { format: 'json', events: obj.events as WireEvent[], sdk: sdkName((obj.sdk as any)?.name) };
  if (obj && typeof obj == 'object' && Array.isArray(obj.batch))
    return { format: 'segment', events: (obj.batch as Record<string, any>[]).map(fromSegment), sdk: sdkName((obj.context as any)?.library?.name) };
  // One line of ndjson is a single event.
  if (obj && typeof obj == 'object' && !Array.isArray(obj) && 'id' in obj && 'type' in obj) return { format: 'ndjson', events: [obj] };
  throw new IngestError(
    400,
    'the body has no events: expected a native batch { "sent_at", "sdk", "events": [...] }, a Segment batch { "batch": [...] } or ndjson',
  );
}
