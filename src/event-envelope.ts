import { getChannel } from './channel';
import type { Hub } from './hub';
import { getAnonymousId, getSession, getUserId } from './identity';
import type { RecordEvent } from './journey';
import { createUuid7 } from './lib/create-uuid7';
import { getPage } from './page';
import type { MjEvent } from './types';

/**
 * Records events: wraps each in its envelope (ids, time, session, page, channel, journey),
 * queues it in the outbox and shows it to the trigger rules. `now` is when the call was made.
 */
export function createRecord(hub: Hub): RecordEvent {
  let seq = 0;
  // The arrival belongs to the first session computed after it: it starts or continues that one.
  hub.session = (now, pages) => {
    const session = getSession(now, hub.arrival, hub.touchpoint, pages);
    hub.arrival = null;
    return session;
  };
  return (type, fields = {}, now = Date.now(), session = hub.session(now)) => {
    const event: MjEvent = {
      id: createUuid7(now),
      type,
      ts: new Date(now).toISOString(),
      anonymous_id: getAnonymousId(),
      session_id: session.id,
      user_id: getUserId(),
      seq: ++seq,
      page: hub.pageOfCall || getPage(hub.referrer),
      channel: getChannel(session.source, hub.touchpoint),
      journey: hub.journey.context(session.id),
      ...fields,
    };
    // A response and a journey completion are sent at once, not with the next batch.
    hub.outbox.add(event, type == 'response' || type == 'journey_complete').catch(() => {});
    hub.triggers?.onEvent(event);
  };
}
