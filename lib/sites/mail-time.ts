/**
 * When a mail was sent, as Gmail and Outlook on the web print it in the user's locale. A numeric
 * date with the day and month both 12 or under ("06/12/2026") reads two ways; it is read by the
 * evidence beside it (the weekday the page prints with it), then by another date on the same page
 * whose day is above 12, then by the page's locale, and otherwise not at all: a message dated
 * wrong is filed months away, one without a date is only left undated.
 */
export type DayOrder = 'day-first' | 'month-first';

const YEAR_FIRST = /(\d{4})\s*[/年.-]\s*(\d{1,2})\s*[/月.-]\s*(\d{1,2})\s*日?/;
/** `06/12/2026`, `6.12.2026`, `06-12-2026`, `06/12/26`: day and month in either order, then the year. */
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/;
const CLOCK = /(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/i;
const AFTERNOON = /\bp\.?\s?m\b\.?|下午|晚上|午後|傍晚|夜晚/i;
const MORNING = /\ba\.?\s?m\b\.?|上午|凌晨|早上|午前/i;
const NOON = /中午/;

const WEEKDAYS_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

/** The weekday a text names (0 = Sunday): "Sun", "Tuesday", "周日", "星期天", "週四", "禮拜三". */
function weekdayNamed(text: string): number | undefined {
  const english = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?(?![a-z])/i.exec(text);
  if (english?.[1]) return WEEKDAYS_EN.indexOf(english[1].toLowerCase());
  const chinese = /(?:周|週|星期|礼拜|禮拜)([日天一二三四五六])/.exec(text);
  if (chinese?.[1]) return chinese[1] === '天' ? 0 : WEEKDAYS_ZH.indexOf(chinese[1]);
  return undefined;
}

function fullYear(year: string): number {
  const value = Number(year);
  return year.length === 2 ? 2000 + value : value;
}

function validDay(year: number, month: number, day: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 ? date : undefined;
}

/** Which order a day/month pair must be in on its own: a number above 12 is the day. */
function forcedOrder(first: number, second: number): DayOrder | undefined {
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return undefined;
}

/**
 * The order of day and month the numeric dates in these texts show: some with a first number above
 * 12 (day-first) and none with a second above 12 (month-first), or the reverse; undefined when they
 * show neither or both.
 */
export function dayOrderShownBy(texts: readonly string[]): DayOrder | undefined {
  const seen = new Set<DayOrder>();
  for (const text of texts) {
    const match = NUMERIC.exec(text.normalize('NFKC'));
    if (!match) continue;
    const order = match[2] === '.' ? 'day-first' : forcedOrder(Number(match[1]), Number(match[3]));
    if (order) seen.add(order);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/**
 * The order a page's locale (`<html lang>`) writes numeric dates in. US English (and the bare
 * `en` Microsoft and Google serve it as) is month-first; the rest of English and the languages of
 * Europe, Latin America, India and Hong Kong are day-first; Canada writes both. Chinese (mainland,
 * Taiwan), Japanese and Korean write the year first, so a date in them without it says nothing.
 */
export function dayOrderOfLocale(lang: string | null | undefined): DayOrder | undefined {
  const tag = (lang ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!tag) return undefined;
  const [language, ...rest] = tag.split('-');
  const region = rest.find((part) => /^[a-z]{2}$/.test(part));
  if (language === 'en') return !region || region === 'us' || region === 'ph' ? 'month-first' : region === 'ca' ? undefined : 'day-first';
  if (language === 'es' && region === 'us') return 'month-first';
  if (language === 'zh') return region === 'hk' || region === 'mo' || rest.includes('hk') ? 'day-first' : undefined;
  if (language === 'ja' || language === 'ko' || language === 'hu' || language === 'lt') return undefined;
  return language && /^[a-z]{2,3}$/.test(language) ? 'day-first' : undefined;
}

/** The hour on a 24-hour clock, from the clock's hour and the words around it (PM, 下午, 上午…). */
function hour24(hour: number, meridiem: string | undefined, around: string): number {
  const words = `${meridiem ?? ''} ${around}`;
  if (AFTERNOON.test(words) && hour < 12) return hour + 12;
  if (NOON.test(words) && hour < 11) return hour + 12;
  if (MORNING.test(words) && hour === 12) return 0;
  return hour;
}

function withClock(date: Date, rest: string, around: string): number | undefined {
  const clock = CLOCK.exec(rest);
  if (!clock) return date.getTime();
  const hours = hour24(Number(clock[1]), clock[3], around);
  const minutes = Number(clock[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), hours, minutes).getTime();
}

/**
 * A mail's date and time in the page's words, to ms (local time): "Sun 06/12/2026 09:14",
 * "Tue 9/3/2024 10:05 AM", "06.12.2026 09:14", "2026/12/6 周日 9:14", "2026年12月6日 下午3:20",
 * "Mon, Jun 10, 2024, 9:12 AM", "Sun, 6 Dec 2026 09:14". An ambiguous numeric date is read in
 * `order` unless the weekday beside it says otherwise; without either it is undefined.
 */
export function parseMailTime(text: string, order?: DayOrder): number | undefined {
  const value = text.normalize('NFKC').trim();
  if (!value) return undefined;
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) {
    const date = validDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return date ? withClock(date, value.slice(yearFirst.index + yearFirst[0].length), value) : undefined;
  }
  const numeric = NUMERIC.exec(value);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[3]), fullYear(numeric[4] ?? '')];
    const dayFirst = validDay(year, second, first);
    const monthFirst = validDay(year, first, second);
    const weekday = weekdayNamed(value.slice(0, numeric.index) + ' ' + value.slice(numeric.index + numeric[0].length));
    // Dots are day-first wherever they are used (de, ru, pl, …); a number above 12 is the day.
    let date = numeric[2] === '.' ? dayFirst : !dayFirst ? monthFirst : !monthFirst ? dayFirst : undefined;
    if (!date && dayFirst && monthFirst) {
      if (first === second) date = dayFirst;
      else if (weekday !== undefined && dayFirst.getDay() !== monthFirst.getDay()) date = dayFirst.getDay() === weekday ? dayFirst : monthFirst.getDay() === weekday ? monthFirst : undefined;
      else date = order === 'day-first' ? dayFirst : order === 'month-first' ? monthFirst : undefined;
    }
    return date ? withClock(date, value.slice(numeric.index + numeric[0].length), value) : undefined;
  }
  // A month written as a word ("Jun 10, 2024", "6 Dec 2026"): one reading only.
  if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(value)) return undefined;
  const parsed = Date.parse(value.replace(/ at /, ' ').replace(/^(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s+/i, ''));
  return Number.isNaN(parsed) ? undefined : parsed;
}

/**
 * The time of one message from every place the page writes it, most exact first: a machine
 * `datetime`, then whichever of the label, title and text reads one way only, then the first that
 * reads in the page's order.
 */
export function readMailTime(candidates: readonly (string | null | undefined)[], order: DayOrder | undefined): number | undefined {
  const texts = candidates.filter((text): text is string => Boolean(text?.trim()));
  for (const text of texts) {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text.trim())) {
      const at = Date.parse(text.trim());
      if (!Number.isNaN(at)) return at;
    }
  }
  for (const text of texts) {
    const at = parseMailTime(text);
    if (at !== undefined) return at;
  }
  for (const text of texts) {
    const at = parseMailTime(text, order);
    if (at !== undefined) return at;
  }
  return undefined;
}
