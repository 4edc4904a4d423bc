import { expect, it } from 'vitest';
import { loadStrings, LOCALES, pickLocale } from '../../../../widgets/shell/locales';

it('has every string in every locale', async () => {
  expect([...LOCALES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'he', 'ru']);
  const en = await loadStrings('en');
  for (const locale of LOCALES) {
    const strings = await loadStrings(locale);
    expect(Object.keys(strings).sort(), locale).toEqual(Object.keys(en).sort());
    for (const value of Object.values(strings).flat()) expect(String(value).trim(), locale).not.toBe('');
    expect(strings.scale, locale).toHaveLength(5);
    expect(strings.reasons.length, locale).toBe(en.reasons.length);
  }
});

it('picks the configured locale, then <html lang>, then the browser, then en', () => {
  document.documentElement.lang = 'he-IL';
  expect(pickLocale('ar')).toBe('ar');
  expect(pickLocale()).toBe('he');
  expect(pickLocale('xx')).toBe('he');
  document.documentElement.lang = '';
  expect(LOCALES).toContain(pickLocale());
});
