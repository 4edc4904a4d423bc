import type { WidgetContext } from '../../src/types';
import { isColor } from '../../src/lib/is-color';
import { WIDGET_CSS } from './styles';

let sheet: CSSStyleSheet | undefined;
/** Theme keys and the custom property each sets. */
const TOKENS: Record<string, string> = { accent: '--mj-accent', background: '--mj-bg', text: '--mj-fg', muted: '--mj-muted', border: '--mj-border' };

/**
 * The widget's host: `<microjourney-widget data-widget-id data-widget-type>` (contract) with an
 * open shadow root, the shared stylesheet and the config's `theme` adopted in it, and a
 * container carrying `lang` and `dir`. Returns null when this widget is already on the page
 * (`show()` twice shows one).
 */
export function createHost(ctx: WidgetContext, locale: string, dir: 'ltr' | 'rtl', className: string) {
  if ([...document.querySelectorAll('microjourney-widget')].some((el) => (el as HTMLElement).dataset.widgetId == ctx.id)) return null;
  const host = document.createElement('microjourney-widget');
  host.dataset.widgetId = ctx.id;
  host.dataset.widgetType = ctx.type;
  const root = host.attachShadow({ mode: 'open' });
  sheet ||= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(WIDGET_CSS);
  const sheets = [sheet];
  const theme = ctx.config.theme as Record<string, unknown> | undefined;
  if (theme) {
    const rules = Object.entries(theme)
      .filter(([key, value]) => {
        // Own keys only (a theme key named `constructor` is no token), and colours only: `var()` could carry a `url()`.
        const ok = Object.prototype.hasOwnProperty.call(TOKENS, key) && isColor(value) && CSS_SUPPORTS('color', value as string);
        if (!ok) ctx.report('widget-theme', ctx.id, key, value, Object.keys(TOKENS));
        return ok;
      })
      .map(([key, value]) => `${TOKENS[key]}: ${value};`)
      .join(' ');
    if (rules) {
      const themed = new CSSStyleSheet();
      themed.replaceSync(`.mj { ${rules} }`);
      sheets.push(themed);
    }
  }
  root.adoptedStyleSheets = sheets;
  const box = document.createElement('div');
  box.className = className;
  box.lang = locale;
  box.dir = dir;
  root.append(box);
  document.body.append(host);
  return { host, box, remove: () => host.remove() };
}

const CSS_SUPPORTS = (property: string, value: string) => typeof CSS != 'undefined' && CSS.supports(property, value);
