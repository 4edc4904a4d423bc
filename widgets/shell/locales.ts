/** Every string the widgets show, per locale. Question texts come from the config (`text.<locale>`). */
export interface Strings {
  close: string;
  submit: string;
  thanks: string;
  npsQuestion: string;
  npsLow: string;
  npsHigh: string;
  /** The follow-up question, by category. */
  detractor: string;
  passive: string;
  promoter: string;
  comment: string;
  csatQuestion: string;
  good: string;
  bad: string;
  /** The 1–5 scale, from very dissatisfied to very satisfied. */
  scale: [string, string, string, string, string];
  exitQuestion: string;
  /** The default exit reasons; the last is "other" and opens a text field. */
  reasons: string[];
  other: string;
}

/** Each locale's strings, a chunk of its own: a widget loads only the one it shows. */
const LOADERS: Record<string, () => Promise<{ default: Strings }>> = {
  en: () => import('./locales/en'),
  he: () => import('./locales/he'),
  ar: () => import('./locales/ar'),
  es: () => import('./locales/es'),
  fr: () => import('./locales/fr'),
  de: () => import('./locales/de'),
  ru: () => import('./locales/ru'),
};

/** The locales the widgets speak. */
export const LOCALES = Object.keys(LOADERS);

/** A locale's strings. */
export const loadStrings = (locale: string) => LOADERS[locale]!().then((m) => m.default);

/** Right-to-left locales. */
export const RTL = ['he', 'ar'];

/**
 * The widget's locale: its config's `locale`, then `<html lang>`, then the browser's, then `en`;
 * `he-IL` counts as `he`.
 */
export function pickLocale(configured?: unknown): string {
  for (const lang of [configured, document.documentElement.lang, ...navigator.languages])
    if (typeof lang == 'string') {
      const base = lang.toLowerCase().split('-')[0]!;
      if (LOCALES.includes(base)) return base;
    }
  return 'en';
}
