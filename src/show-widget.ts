import type { Report } from './lib/create-reporter';
import { owns } from './lib/owns';
import type { Config, EventType, MjEvent, WidgetModule } from './types';

/**
 * Shows a widget of the config: loads its chunk, `widgets/<type>.js` beside the script, and
 * mounts it with a context whose `emit` records widget events through the outbox and tells
 * `on()` subscribers (`widget_shown` → `shown`, `widget_dismissed` → `dismissed`, `response`).
 * A chunk of its own, loaded the first time a widget is to be shown.
 */
export function showWidget(
  widgetId: string,
  config: Config,
  base: string,
  record: (type: EventType, fields?: Partial<MjEvent>) => void,
  tell: (event: string, payload: unknown) => void,
  report: Report,
): Promise<void> | void {
  const widgets = config.widgets || {};
  // Own entries only: show('constructor') must not find Object.prototype's and fetch widgets/undefined.js.
  const widget = owns(widgets, widgetId) ? widgets[widgetId] : undefined;
  if (!widget) return report('unknown-widget', widgetId, Object.keys(widgets));
  const { type } = widget;
  const url = new URL(`widgets/${type}.js`, base).href;
  // Resolved against the script's own URL, so chunks come from the site's origin and
  // `script-src 'self'` is enough; nothing is fetched before this call.
  return (import(/* @vite-ignore */ url) as Promise<WidgetModule>)
    .then((mod) =>
      mod.mount({
        id: widgetId,
        type,
        config: widget,
        emit(eventType, fields = {}) {
          record(eventType, { widget: { id: widgetId, type }, ...fields });
          tell(eventType.replace(/^widget_/, ''), { widget: widgetId, ...fields });
        },
        report,
      }),
    )
    .catch((err) => report('widget', widgetId, url, err?.message));
}
