/** The contract between the core and a lazily loaded widget chunk. Types only. */
import type { WidgetConfig } from './config-types';
import type { EventType, MjEvent } from './event-types';

/** What a lazily loaded widget chunk receives when it mounts. */
export interface WidgetContext {
  id: string;
  type: string;
  config: WidgetConfig;
  /** Record a widget event (`widget_shown`, `widget_dismissed`, `response`) through the outbox. */
  emit(type: EventType, fields?: Partial<MjEvent>): void;
  /** Reports a problem by its message code (src/messages.ts): printed once, and emitted as `error`. */
  report(code: string, ...params: unknown[]): void;
}

/** A widget chunk's module shape: `dist/widgets/<type>.js`. */
export interface WidgetModule {
  /** Shows the widget; may resolve once its strings are loaded. */
  mount(ctx: WidgetContext): void | Promise<void>;
}
