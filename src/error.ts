/**
 * Every error the SDK creates. `message` says what failed, on what, and what to do;
 * `code` is stable for programs: `config`, `config-load`, `command`, `collector`, `storage`,
 * `widget`, `widget-text`, `widget-theme`, `rules`, `listener`, `stored` (all in messages.ts).
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
