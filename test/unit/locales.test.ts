import { expect, it } from 'vitest';
import { LOCALES, pickLocale } from '../../widgets/shell/locales';

it('has every string in every locale', () => {
  const keys = Object.keys(LOCALES.en!).sort();
  for (const [locale, strings] of Object.entries(LOCALES)) {
    expect(Object.keys(strings).sort(), locale).toEqual(keys);
    for (const value of Object.values(strings)) expect(value.trim(), locale).not.toBe('');
  }
  expect(Object.keys(LOCALES).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'he', 'ru']);
});

it('picks the configured locale, then <html lang>, then the browser, then en', () => {
  document.documentElement.lang = 'he-IL';
  expect(pickLocale('ar')).toBe('ar');
  expect(pickLocale()).toBe('he');
  expect(pickLocale('xx')).toBe('he');
  document.documentElement.lang = '';
  expect(['en', ...Object.keys(LOCALES)]).toContain(pickLocale());
});
