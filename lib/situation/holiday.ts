import type { Locale } from '../i18n/locales';
import { LUNAR_NEW_YEAR } from '../reader/time-expressions';

/**
 * Days nobody at the contact's office reads a follow-up: a nudge the cadence puts on 1 January or in
 * the Spring Festival week lands in a full inbox a week later, or reads as if we did not know. The
 * holidays follow the language we write to them in (the only locale the judgment knows of them):
 *
 * - every language: New Year's Day (1 January);
 * - English: Christmas Day;
 * - Simplified Chinese (mainland): the Spring Festival break, new year's eve to the sixth day
 *   (除夕 to 初六), and the National Day week (1–7 October);
 * - Traditional Chinese (Taiwan, Hong Kong): the lunar new year, new year's eve to the third day.
 *
 * A working day is also no Saturday or Sunday: a follow-up day computed on one moves to the Monday.
 */
export interface Holiday {
  /** Its name in each language the reason may be written in. */
  name: Record<Locale, string>;
}

const NEW_YEAR: Holiday = { name: { en: 'New Year’s Day', 'zh-Hans': '元旦', 'zh-Hant': '元旦' } };
const CHRISTMAS: Holiday = { name: { en: 'Christmas Day', 'zh-Hans': '圣诞节', 'zh-Hant': '聖誕節' } };
const SPRING_FESTIVAL: Holiday = { name: { en: 'the Spring Festival break', 'zh-Hans': '春节假期', 'zh-Hant': '春節假期' } };
const LUNAR_NEW_YEAR_HOLIDAY: Holiday = { name: { en: 'the Lunar New Year holiday', 'zh-Hans': '农历新年假期', 'zh-Hant': '農曆新年假期' } };
const NATIONAL_DAY: Holiday = { name: { en: 'the National Day week', 'zh-Hans': '国庆假期', 'zh-Hant': '國慶假期' } };
/** Not a holiday, but no day for a nudge either: it waits in the inbox under Monday's mail. */
export const WEEKEND: Holiday = { name: { en: 'a weekend day', 'zh-Hans': '周末', 'zh-Hant': '週末' } };

const isWeekend = (day: Date) => day.getDay() === 0 || day.getDay() === 6;

/** Days from the lunar new year's day: -1 is new year's eve. */
function lunarOffset(day: Date): number | null {
  for (const year of [day.getFullYear(), day.getFullYear() - 1]) {
    const date = LUNAR_NEW_YEAR[year];
    if (!date) continue;
    const newYear = new Date(year, date[0], date[1]).getTime();
    const offset = Math.round((new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime() - newYear) / 86_400_000);
    if (offset >= -1 && offset <= 10) return offset;
  }
  return null;
}

/** The public holiday the local day `at` falls on for someone we write to in `language`; null on any other day. */
export function holidayOn(at: number, language: Locale): Holiday | null {
  const day = new Date(at);
  const month = day.getMonth();
  const date = day.getDate();
  if (month === 0 && date === 1) return NEW_YEAR;
  if (language === 'en') return month === 11 && date === 25 ? CHRISTMAS : null;
  const lunar = lunarOffset(day);
  if (language === 'zh-Hans') {
    if (lunar !== null && lunar <= 6) return SPRING_FESTIVAL;
    return month === 9 && date <= 7 ? NATIONAL_DAY : null;
  }
  return lunar !== null && lunar <= 3 ? LUNAR_NEW_YEAR_HOLIDAY : null;
}

/**
 * A follow-up day moved off a public holiday of theirs or a Saturday or Sunday: the first working
 * day after it (no weekend, no holiday), with what it skipped (the holiday, else the weekend); the
 * day itself and null when it is a working day.
 */
export function workingDayFrom(at: number, language: Locale): { at: number; skipped: Holiday | null } {
  const day = new Date(at);
  const first = holidayOn(at, language) ?? (isWeekend(day) ? WEEKEND : null);
  if (!first) return { at, skipped: null };
  const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
  while (isWeekend(next) || holidayOn(next.getTime(), language)) next.setDate(next.getDate() + 1);
  return { at: next.getTime(), skipped: first };
}

/** The working day `days` working days after the local day of `at` (no weekend, no holiday of theirs). */
export function addWorkingDays(at: number, days: number, language: Locale): number {
  const day = new Date(at);
  const next = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  for (let left = days; left > 0; ) {
    next.setDate(next.getDate() + 1);
    if (!isWeekend(next) && !holidayOn(next.getTime(), language)) left--;
  }
  return next.getTime();
}

/** The working day `days` working days before the local day of `at` (a bid due on a Monday is in by the Thursday before, two working days). */
export function workingDaysBefore(at: number, days: number, language: Locale): number {
  const day = new Date(at);
  const back = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  for (let left = days; left > 0; ) {
    back.setDate(back.getDate() - 1);
    if (!isWeekend(back) && !holidayOn(back.getTime(), language)) left--;
  }
  return back.getTime();
}
