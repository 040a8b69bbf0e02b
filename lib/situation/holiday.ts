import { chinaOfficialHoliday, chinaWorkedWeekend, type ChinaHoliday } from '../dates/china-official';
import type { Locale } from '../i18n/locales';
import { isRegionalHolidayDay, LUNAR_NEW_YEAR, type HolidayRegion } from '../reader/time-expressions';

/**
 * Days nobody at the contact's office reads a follow-up: a nudge the cadence puts on 1 January or in
 * the Spring Festival week lands in a full inbox a week later, or reads as if we did not know. The
 * holidays are those of where they are (`holiday-region.ts`: their place, phone, email, kana), and only
 * when nothing tells, of the language we write to them in ({@link HolidayPlace}):
 *
 * - everywhere: New Year's Day (1 January);
 * - mainland China (`cn`, or Simplified Chinese): the State Council's days off for the years whose notice
 *   is in `lib/dates/china-official.ts`, with the weekend days worked in exchange (调休) as working days;
 *   other years the Spring Festival break, new year's eve to the sixth day (除夕 to 初六), and the National
 *   Day week (1–7 October);
 * - Taiwan (`tw`): the lunar new year, new year's eve to the third day, and National Day (雙十) with its days off
 *   (9 October 2026, a Friday, for the Saturday);
 * - Hong Kong (`hk`): the lunar new year's first three days (its eve is a working day; the fourth when one of the three is
 *   a Sunday), 1 October, Christmas Day and the
 *   first weekday after it; a holiday on a Sunday is taken the next weekday (Christmas on a Sunday: the 26th and 27th);
 * - Japan (`jp`): 1–3 January and Golden Week's national holidays, 29 April and 3–5 May (30 April and 1–2 May are
 *   working days unless a weekend), with the substitute holiday (振替休日): one on a Sunday is taken the next day that is
 *   no holiday (3 May 2026, a Sunday: Wednesday 6 May);
 * - English, nothing else known: Christmas Day; Traditional Chinese, nothing else known (Taiwan or Hong Kong):
 *   the lunar new year, new year's eve to the third day.
 *
 * A working day is also no Saturday or Sunday, unless the mainland works it: a follow-up day computed on one moves to
 * the next working day.
 */
export interface Holiday {
  /** Its name in each language the reason may be written in. */
  name: Record<Locale, string>;
}

/** Where a contact keeps their holidays: their region when anything stored tells it, else the language we write to them in. */
export type HolidayPlace = HolidayRegion | Locale;

const NEW_YEAR: Holiday = { name: { en: 'New Year’s Day', 'zh-Hans': '元旦', 'zh-Hant': '元旦' } };
const CHRISTMAS: Holiday = { name: { en: 'Christmas Day', 'zh-Hans': '圣诞节', 'zh-Hant': '聖誕節' } };
const BOXING_DAY: Holiday = { name: { en: 'the day after Christmas', 'zh-Hans': '圣诞节翌日', 'zh-Hant': '聖誕節翌日' } };
const SPRING_FESTIVAL: Holiday = { name: { en: 'the Spring Festival break', 'zh-Hans': '春节假期', 'zh-Hant': '春節假期' } };
const LUNAR_NEW_YEAR_HOLIDAY: Holiday = { name: { en: 'the Lunar New Year holiday', 'zh-Hans': '农历新年假期', 'zh-Hant': '農曆新年假期' } };
const NATIONAL_DAY: Holiday = { name: { en: 'the National Day week', 'zh-Hans': '国庆假期', 'zh-Hant': '國慶假期' } };
const TW_NATIONAL_DAY: Holiday = { name: { en: 'the National Day holiday', 'zh-Hans': '双十节假期', 'zh-Hant': '雙十節連假' } };
const HK_NATIONAL_DAY: Holiday = { name: { en: 'National Day', 'zh-Hans': '国庆日', 'zh-Hant': '國慶日' } };
const JP_NEW_YEAR: Holiday = { name: { en: 'the New Year holidays', 'zh-Hans': '新年假期', 'zh-Hant': '新年假期' } };
const GOLDEN_WEEK: Holiday = { name: { en: 'Golden Week', 'zh-Hans': '黄金周', 'zh-Hant': '黃金週' } };
/** The mainland's breaks by the State Council's notice. */
const CHINA: Readonly<Record<ChinaHoliday, Holiday>> = {
  new_year: { name: { en: 'the New Year holiday', 'zh-Hans': '元旦假期', 'zh-Hant': '元旦假期' } },
  spring_festival: SPRING_FESTIVAL,
  qingming: { name: { en: 'the Qingming holiday', 'zh-Hans': '清明假期', 'zh-Hant': '清明假期' } },
  labour_day: { name: { en: 'the Labour Day holiday', 'zh-Hans': '劳动节假期', 'zh-Hant': '勞動節假期' } },
  dragon_boat: { name: { en: 'the Dragon Boat Festival', 'zh-Hans': '端午假期', 'zh-Hant': '端午假期' } },
  mid_autumn: { name: { en: 'the Mid-Autumn Festival', 'zh-Hans': '中秋假期', 'zh-Hant': '中秋假期' } },
  national_day: NATIONAL_DAY,
};
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

/** Japan's national holidays of Golden Week (not the reader's 29 April–5 May span: 30 April and 1 May are worked). */
const isJapanGoldenWeekHoliday = (day: Date) => (day.getMonth() === 3 && day.getDate() === 29) || (day.getMonth() === 4 && day.getDate() >= 3 && day.getDate() <= 5);

/** A Golden Week day off in Japan: one of its holidays, or the substitute for one on a Sunday (the next day that is no holiday). */
function japanGoldenWeekOn(day: Date): boolean {
  if (isJapanGoldenWeekHoliday(day)) return true;
  for (let back = new Date(day.getFullYear(), day.getMonth(), day.getDate() - 1); isJapanGoldenWeekHoliday(back); back.setDate(back.getDate() - 1)) {
    if (back.getDay() === 0) return true;
  }
  return false;
}

/** The mainland's holiday on a day: the notice's when the year has one, else the rule of thumb. */
function chinaHolidayOn(day: Date): Holiday | null {
  const official = chinaOfficialHoliday(day);
  if (official !== undefined) return official && CHINA[official];
  if (day.getMonth() === 0 && day.getDate() === 1) return NEW_YEAR;
  const lunar = lunarOffset(day);
  if (lunar !== null && lunar <= 6) return SPRING_FESTIVAL;
  return day.getMonth() === 9 && day.getDate() <= 7 ? NATIONAL_DAY : null;
}

/** The public holiday the local day `at` falls on for someone who keeps the holidays of `where`; null on any other day. */
export function holidayOn(at: number, where: HolidayPlace): Holiday | null {
  const day = new Date(at);
  const month = day.getMonth();
  const date = day.getDate();
  if (where === 'cn' || where === 'zh-Hans') return chinaHolidayOn(day);
  if (month === 0 && date === 1) return NEW_YEAR;
  if (where === 'en') return month === 11 && date === 25 ? CHRISTMAS : null;
  if (where === 'jp') {
    if (month === 0 && date <= 3) return JP_NEW_YEAR;
    return japanGoldenWeekOn(day) ? GOLDEN_WEEK : null;
  }
  const lunar = lunarOffset(day);
  if (where === 'hk') {
    // (Hong Kong works the eve; its days off are the first three, and the fourth when one of them is a Sunday)
    const sundayInThree = lunar !== null && [0, 1, 2].some((d) => new Date(day.getFullYear(), month, date - lunar + d).getDay() === 0);
    if (lunar !== null && lunar >= 0 && (lunar <= 2 || (lunar === 3 && sundayInThree))) return LUNAR_NEW_YEAR_HOLIDAY;
  } else if (lunar !== null && lunar <= 3) return LUNAR_NEW_YEAR_HOLIDAY;
  if (where === 'tw') return isRegionalHolidayDay('tw_national_day', day.getFullYear(), month, date) ? TW_NATIONAL_DAY : null;
  if (where === 'hk') {
    // (a holiday on a Sunday is taken the day after: 1 October 2028, a Sunday, is off on Monday the 2nd)
    const sundayBefore = new Date(day.getFullYear(), month, date - 1).getDay() === 0;
    if (month === 9 && (date === 1 || (date === 2 && sundayBefore))) return HK_NATIONAL_DAY;
    if (month === 11 && date === 25) return CHRISTMAS;
    // (the first weekday after Christmas; and Christmas on a Sunday is taken on the second: 25 December 2033 → 26th and 27th)
    const sundayChristmas = new Date(day.getFullYear(), 11, 25).getDay() === 0;
    if (month === 11 && (date === 26 || (date === 27 && (sundayBefore || sundayChristmas)))) return BOXING_DAY;
  }
  return null;
}

/** Whether the local day is a Saturday or Sunday they do not work (a mainland make-up day, 调休, is worked). */
export function isWeekendOff(at: number, where: HolidayPlace): boolean {
  const day = new Date(at);
  return isWeekend(day) && !((where === 'cn' || where === 'zh-Hans') && chinaWorkedWeekend(day));
}

/** Whether nobody works the local day where they are: a holiday, or a Saturday or Sunday the mainland does not work in exchange. */
function isDayOff(day: Date, where: HolidayPlace): boolean {
  return holidayOn(day.getTime(), where) !== null || isWeekendOff(day.getTime(), where);
}

/**
 * A follow-up day moved off a public holiday of theirs or a Saturday or Sunday they do not work: the first
 * working day after it, with what it skipped (the holiday, else the weekend); the day itself and null when it
 * is a working day (a make-up Saturday on the mainland is one).
 */
export function workingDayFrom(at: number, where: HolidayPlace): { at: number; skipped: Holiday | null } {
  const day = new Date(at);
  if (!isDayOff(day, where)) return { at, skipped: null };
  const first = holidayOn(at, where) ?? WEEKEND;
  const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
  while (isDayOff(next, where)) next.setDate(next.getDate() + 1);
  return { at: next.getTime(), skipped: first };
}

/** The working day `days` working days after the local day of `at` (no weekend, no holiday of theirs). */
export function addWorkingDays(at: number, days: number, where: HolidayPlace): number {
  const day = new Date(at);
  const next = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  for (let left = days; left > 0; ) {
    next.setDate(next.getDate() + 1);
    if (!isDayOff(next, where)) left--;
  }
  return next.getTime();
}

/** The working day `days` working days before the local day of `at` (a bid due on a Monday is in by the Thursday before, two working days). */
export function workingDaysBefore(at: number, days: number, where: HolidayPlace): number {
  const day = new Date(at);
  const back = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  for (let left = days; left > 0; ) {
    back.setDate(back.getDate() - 1);
    if (!isDayOff(back, where)) left--;
  }
  return back.getTime();
}
