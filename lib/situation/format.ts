import type { Locale } from '../i18n/locales';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A day as the user's language writes it; formatters are made once (they cost far more than the judgment). */
export function formatDay(at: number, locale: Locale, style: 'medium' | 'long' = 'medium'): string {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: style })));
  return format.format(at);
}

/** Local midnight of the day `at` falls in. */
export function dayOf(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}
