/**
 * Every error the SDK creates. `message` says what failed, on what, and what to do;
 * `code` is stable for programs: `config`, `config-load`, `command`, `collector`, `storage`,
 * `widget`, `listener`.
 */
export class MicrojourneyError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MicrojourneyError';
  }
}
