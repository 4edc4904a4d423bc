import type { WireEvent } from './event-row.js';

const OUR_TYPES = new Set([
  'page',
  'step',
  'stage',
  'identify',
  'journey_complete',
  'journey_abandon',
  'widget_shown',
  'widget_dismissed',
  'response',
  'vitals',
  'sdk_dropped',
]);

/**
 * A Segment HTTP tracking API message, as the SDK's `segment` format writes it (src/formats.ts),
 * back into a wire event. A `track` message whose `event` is one of our types and whose
 * `properties.name` differs from it is that type (a step named `checkout:cart` travels as
 * `event: "step"`); any other `track` is a custom `track` event.
 */
export function fromSegment(m: Record<string, any>): WireEvent {
  const context = m?.context ?? {};
  const mj = context.microjourney ?? {};
  const properties = m?.properties ?? {};
  const event: WireEvent = {
    id: m?.messageId,
    ts: m?.timestamp,
    anonymous_id: m?.anonymousId,
    user_id: m?.userId ?? null,
    session_id: mj.session_id,
    seq: mj.seq,
    page: context.page,
    channel: mj.channel,
    journey: mj.journey,
  };
  if (m?.type == 'page') return { ...event, type: 'page' };
  if (m?.type == 'identify') return { ...event, type: 'identify', traits: m.traits ?? {} };
  const { name, widget, response, ...props } = properties;
  const ours = OUR_TYPES.has(m?.event) && name !== m.event;
  const type = ours ? m.event : 'track';
  const out: WireEvent = { ...event, type, props };
  if (name != null) out.name = name;
  else if (type == 'track') out.name = m?.event;
  if (widget) out.widget = widget;
  if (response) out.response = response;
  if (properties.vitals) out.vitals = properties.vitals;
  return out;
}
