import type { Locale } from '../i18n/locales';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A day as the user's language writes it; formatters are made once (they cost far more than the judgment). */
export function formatDay(at: number, locale: Locale, style: 'medium' | 'long' = 'medium'): string {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: style })));
  return format.format(at);
}

/**
 * A day as a letter to the customer writes it: "December 14", 12月14日; with the year only when the
 * day is not within the coming months ("March 3, 2028"), as people write dates in mail.
 */
export function formatDayInLetter(at: number, locale: Locale, now: number): string {
  const soon = at >= now - 31 * DAY_MS && at <= now + 300 * DAY_MS;
  if (!soon) return formatDay(at, locale, 'long');
  const key = `${locale}|letter`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric' })));
  return format.format(at);
}

const DAY_MS = 86_400_000;

/** Local midnight of the day `at` falls in. */
export function dayOf(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}
