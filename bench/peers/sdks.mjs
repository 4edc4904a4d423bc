// The SDKs compared, each in its own module: the files it loads (bytes), its snippet on the
// product page, the stubs it asks for at run time, its sink's decoder, and its survey steps.
import microjourney from './sdks/microjourney.mjs';
import posthog from './sdks/posthog.mjs';
import segment from './sdks/segment.mjs';
import snowplow from './sdks/snowplow.mjs';

export const SDKS = [microjourney, posthog, segment, snowplow];
