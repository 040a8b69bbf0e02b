import { localDaysBetween, savedDateOf } from '../../demo/shift-dates';

/**
 * A date a demo page shows, as the demo serves it today: the demo moves every page's dates by the
 * days from the date in its file name to today (demo/shift-dates.ts), so tests compute them too.
 */
export function demoDate(file: string, year: number, month: number, day: number): Date {
  const saved = savedDateOf(file);
  if (!saved) return new Date(year, month - 1, day);
  const today = new Date();
  const shift = localDaysBetween(saved, today);
  return new Date(year, month - 1, day + shift);
}

/** "Dec 18, 2026" as the panel formats a date in English. */
export function mediumDate(date: Date, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** "Dec 18" as a Today or Contacts row writes a day of the current year (components/row-day.ts). */
export function rowDate(date: Date, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(date);
}
