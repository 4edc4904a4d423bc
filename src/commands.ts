/** The commands of the script tag's `microjourney('command', …)` besides `init`: the API's methods. */
export const COMMANDS = ['step', 'track', 'stage', 'identify', 'show', 'on', 'flush', 'handoff', 'reset', 'consent', 'explain'];
/** Events `on()` can subscribe to. */
export const EVENTS = ['response', 'shown', 'dismissed', 'error', 'flush'];
