import { NUMERIC_DATE, weekdayNamed, type DayOrder } from './day-order';

/**
 * A date as a page prints it (a mail's header, a CRM's close date or activity stamp), in local time.
 * A numeric date whose day and month both read as either ("06/12/2026") is read by the weekday
 * printed beside it, else in the page's order (see `./day-order.ts`), else not at all: a date read
 * the wrong way round files a deal months away, an unread one only stays text.
 */
export type { DayOrder } from './day-order';

const YEAR_FIRST = /(\d{4})\s*[/年.-]\s*(\d{1,2})\s*[/月.-]\s*(\d{1,2})\s*日?/;
const CLOCK = /(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/i;
const AFTERNOON = /\bp\.?\s?m\b\.?|下午|晚上|午後|傍晚|夜晚/i;
const MORNING = /\ba\.?\s?m\b\.?|上午|凌晨|早上|午前/i;
const NOON = /中午/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Dec 18, 2026", "December 18th 2026", "Jun 10, 2024". */
const MONTH_DAY_YEAR = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
/** "18 Dec 2026", "6 December 2026", "5th Jan, 2027". */
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i;

function fullYear(year: string): number {
  const value = Number(year);
  return year.length === 2 ? 2000 + value : value;
}

function validDay(year: number, month: number, day: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 2200) return undefined;
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 ? date : undefined;
}

/** The hour on a 24-hour clock, from the clock's hour and the words around it (PM, 下午, 上午…). */
function hour24(hour: number, meridiem: string | undefined, around: string): number {
  const words = `${meridiem ?? ''} ${around}`;
  if (AFTERNOON.test(words) && hour < 12) return hour + 12;
  if (NOON.test(words) && hour < 11) return hour + 12;
  if (MORNING.test(words) && hour === 12) return 0;
  return hour;
}

/** The day at the time of day written after it, if any ("… 14:05", "… 04:20 PM", "… 下午3:20"). */
function withClock(date: Date, rest: string, around: string): number | undefined {
  const clock = CLOCK.exec(rest);
  if (!clock) return date.getTime();
  const hours = hour24(Number(clock[1]), clock[3], around);
  const minutes = Number(clock[2]);
  if (hours > 23 || minutes > 59) return date.getTime();
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), hours, minutes).getTime();
}

/** Both readings of a numeric day/month pair (either undefined when it is no date that way round). */
interface NumericDate {
  dayFirst: Date | undefined;
  monthFirst: Date | undefined;
  dotted: boolean;
  /** Where the date ends in the text, for the time after it. */
  end: number;
  weekday: number | undefined;
}

function numericDate(value: string): NumericDate | undefined {
  const numeric = NUMERIC_DATE.exec(value);
  if (!numeric) return undefined;
  const [first, second, year] = [Number(numeric[1]), Number(numeric[3]), fullYear(numeric[4] ?? '')];
  const end = numeric.index + numeric[0].length;
  return {
    dayFirst: validDay(year, second, first),
    monthFirst: validDay(year, first, second),
    dotted: numeric[2] === '.',
    end,
    weekday: weekdayNamed(`${value.slice(0, numeric.index)} ${value.slice(end)}`),
  };
}

/** The one reading of a numeric date the numbers, the separator, the weekday or `order` allow. */
function settle(date: NumericDate, order: DayOrder | undefined): Date | undefined {
  const { dayFirst, monthFirst, weekday } = date;
  // Dots are day-first wherever they are used (de, ru, pl, …); a number above 12 is the day.
  if (date.dotted) return dayFirst;
  if (!dayFirst || !monthFirst) return dayFirst ?? monthFirst;
  if (dayFirst.getTime() === monthFirst.getTime()) return dayFirst;
  if (weekday !== undefined && dayFirst.getDay() !== monthFirst.getDay()) return dayFirst.getDay() === weekday ? dayFirst : monthFirst.getDay() === weekday ? monthFirst : undefined;
  return order === 'day-first' ? dayFirst : order === 'month-first' ? monthFirst : undefined;
}

/**
 * A date and time in the page's words, to ms (local time): "Sun 06/12/2026 09:14", "Tue 9/3/2024
 * 10:05 AM", "06.12.2026 09:14", "2026/12/6 周日 9:14", "2026年12月6日 下午3:20", "2026-10-20 14:05",
 * "Mon, Jun 10, 2024, 9:12 AM", "Sun, 6 Dec 2026 09:14", "December 18th, 2026", "Sep 8, 2026 04:20
 * PM"; a date alone is its local midnight. An ambiguous numeric date is read in `order` unless the
 * weekday beside it says otherwise; without either it is undefined (see `dayOrMonthUnclear`).
 */
export function parsePageDate(text: string, order?: DayOrder): number | undefined {
  const value = text.normalize('NFKC').trim();
  if (!value) return undefined;
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) {
    const date = validDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return date ? withClock(date, value.slice(yearFirst.index + yearFirst[0].length), value) : undefined;
  }
  const numeric = numericDate(value);
  if (numeric) {
    const date = settle(numeric, order);
    return date ? withClock(date, value.slice(numeric.end), value) : undefined;
  }
  // A month written as a word reads one way only.
  const monthFirst = MONTH_DAY_YEAR.exec(value);
  const monthAt = monthFirst ? MONTHS.indexOf(monthFirst[1]?.toLowerCase() ?? '') : -1;
  if (monthFirst && monthAt >= 0) {
    const date = validDay(Number(monthFirst[3]), monthAt + 1, Number(monthFirst[2]));
    return date ? withClock(date, value.slice(monthFirst.index + monthFirst[0].length), value) : undefined;
  }
  const dayFirst = DAY_MONTH_YEAR.exec(value);
  const dayMonthAt = dayFirst ? MONTHS.indexOf(dayFirst[2]?.toLowerCase() ?? '') : -1;
  if (dayFirst && dayMonthAt >= 0) {
    const date = validDay(Number(dayFirst[3]), dayMonthAt + 1, Number(dayFirst[1]));
    return date ? withClock(date, value.slice(dayFirst.index + dayFirst[0].length), value) : undefined;
  }
  return undefined;
}

/**
 * Whether a text is a numeric date that reads as two different days and nothing on it settles
 * which ("06/12/2026": 6 December or 12 June). Such a date is shown as the page wrote it, marked
 * unclear, and not used for timing.
 */
export function dayOrMonthUnclear(text: string, order?: DayOrder): boolean {
  const value = text.normalize('NFKC').trim();
  if (!value || YEAR_FIRST.test(value)) return false;
  const numeric = numericDate(value);
  return numeric !== undefined && numeric.dayFirst !== undefined && numeric.monthFirst !== undefined && settle(numeric, order) === undefined;
}

/**
 * The time of one item from every place the page writes it, most exact first: a machine
 * `datetime`, then whichever of the label, title and text reads one way only, then the first that
 * reads in the page's order.
 */
export function readPageDate(candidates: readonly (string | null | undefined)[], order: DayOrder | undefined): number | undefined {
  const texts = candidates.filter((text): text is string => Boolean(text?.trim()));
  for (const text of texts) {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text.trim())) {
      const at = Date.parse(text.trim());
      if (!Number.isNaN(at)) return at;
    }
  }
  for (const text of texts) {
    const at = parsePageDate(text);
    if (at !== undefined) return at;
  }
  for (const text of texts) {
    const at = parsePageDate(text, order);
    if (at !== undefined) return at;
  }
  return undefined;
}
