export { init } from './esm';
export { validateConfig, type ConfigProblem } from './config';
export { MicrojourneyError } from './error';
export { VERSION } from './version';
export type { Microjourney } from './api';
export type { FlushResult } from './outbox';
export type { Explanation } from './trigger-rules';
export type * from './types';
