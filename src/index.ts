export { init } from './esm';
export { validateConfig, type ConfigProblem } from './config';
export { MicrojourneyError } from './error';
export { VERSION, type Microjourney } from './create-microjourney';
export type { FlushResult } from './outbox';
export type { Explanation } from './trigger-rules';
export type * from './types';
