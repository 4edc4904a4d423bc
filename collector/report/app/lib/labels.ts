/** Readable names of the API's keys. */

/** A dimension value; `null` is an answer without it. */
export const labelKey = (key: string | null) => (key == null || key === '' ? '(not set)' : (VITALS[key] ?? key));

const VITALS: Record<string, string> = { good: 'Good', 'needs-improvement': 'Needs improvement', poor: 'Poor' };

/** The dimensions of the "By dimension" section, in the order they are shown. */
export const DIMENSIONS = [
  { key: 'stage', title: 'Journey stage' },
  { key: 'touchpoint', title: 'Touchpoint' },
  { key: 'channel', title: 'Channel group' },
  { key: 'step', title: 'Journey step' },
  { key: 'locale', title: 'Locale' },
  { key: 'device', title: 'Device' },
  { key: 'vitals', title: 'Web vitals rating' },
] as const;

/** The filter menus' labels. */
export const FILTER_LABELS = {
  journey: 'Journey',
  touchpoint: 'Touchpoint',
  channel: 'Channel group',
  stage: 'Stage',
  locale: 'Locale',
  device: 'Device',
} as const;

export const STATUS_LABELS = { open: 'Open', contacted: 'Contacted', resolved: 'Resolved' } as const;
