import type { Batch, MjEvent } from './types';
import { toJson } from './lib/json';

/** One event as a Segment HTTP tracking API message (page, identify or track). */
function toSegment(e: MjEvent): Record<string, unknown> {
  const { source } = e.channel;
  const common = {
    messageId: e.id,
    anonymousId: e.anonymous_id,
    userId: e.user_id,
    timestamp: e.ts,
    context: {
      page: e.page,
      campaign: { source: source.source, medium: source.medium, name: source.campaign, term: source.term, content: source.content },
      microjourney: { journey: e.journey, channel: e.channel, session_id: e.session_id, seq: e.seq },
    },
  };
  if (e.type == 'page') return { ...common, type: 'page', name: e.page.title, properties: e.page };
  if (e.type == 'identify') return { ...common, type: 'identify', traits: e.traits };
  const { widget, response, props, name } = e;
  return { ...common, type: 'track', event: e.type == 'track' ? name : e.type, properties: { ...props, name, widget, response } };
}

/**
 * The request body of a batch in a `collector.format` other than the native `json`:
 * `ndjson`, one event per line (ClickHouse `JSONEachRow`, Vector, BigQuery), or `segment`,
 * the Segment HTTP tracking API batch `{ "batch": [ … ] }` that Segment, RudderStack and
 * Jitsu ingest. A chunk of its own, loaded only when the config names one of them.
 */
export function encodeBatch(format: string, batch: Batch): string {
  return format == 'ndjson'
    ? batch.events.map((e) => toJson(e)).join('\n')
    : toJson({ batch: batch.events.map(toSegment), sentAt: batch.sent_at, context: { library: batch.sdk } });
}
