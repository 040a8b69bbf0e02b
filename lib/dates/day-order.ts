/**
 * Which way round a page writes day and month. "06/12/2026" is 6 December in London, Sydney, Berlin
 * and Hong Kong and 12 June in New York; the page itself has to say which. What it can say, most
 * telling first: the dates it prints whose order is not in doubt (a first number above 12, a month
 * written as a word before or after the day), then the locale it declares. Nothing else: never the
 * machine's locale, never a default.
 */
export type DayOrder = 'day-first' | 'month-first';

/** `06/12/2026`, `6.12.2026`, `06-12-2026`, `06/12/26`: day and month in either order, then the year. */
export const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/;
const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, 'g');
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "Dec 18, 2026", "December 5 2026": the month before the day, as US English writes it. */
const MONTH_THEN_DAY = new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'gi');
/** "18 Dec 2026", "5 January 2027": the day before the month, as the rest of English writes it. */
const DAY_THEN_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}\\b`, 'gi');

const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];
/** A weekday as a page prints it beside a date: "Sun", "Tues", "Weds", "Thursday", 周日, 星期天, 週四, 禮拜三 (never "Monthly" or "Sunrise"). */
const WEEKDAY_EN = /\b(?:(sun)(?:day)?|(mon)(?:day)?|(tue)(?:s|sday)?|(wed)(?:nesday|s)?|(thu)(?:r|rs|rsday)?|(fri)(?:day)?|(sat)(?:urday)?)\.?(?![a-z])/i;
const WEEKDAY_ZH = /(?:周|週|星期|礼拜|禮拜)([日天一二三四五六])/;

/** The weekday a text names (0 = Sunday), the first if several. */
export function weekdayNamed(text: string): number | undefined {
  const english = WEEKDAY_EN.exec(text);
  if (english) return english.slice(1).findIndex(Boolean);
  const chinese = WEEKDAY_ZH.exec(text);
  if (chinese?.[1]) return chinese[1] === '天' ? 0 : WEEKDAYS_ZH.indexOf(chinese[1]);
  return undefined;
}

/** A day and a month with no year after a weekday, as a mail list stamps this year's mail: "Wed 11/25", "Fri 27/11 15:20", 周五 27/11. */
const WEEKDAY_PAIR = new RegExp(`(?:${WEEKDAY_EN.source}|${WEEKDAY_ZH.source}),?\\s+(\\d{1,2})/(\\d{1,2})(?![\\d/.-])`, 'gi');

/** The order a weekday beside a numeric date settles: the one reading that falls on that weekday ("Sun 12/6/2026" is 6 December, a Sunday; 12 June is a Friday). */
function orderByWeekday(first: number, second: number, year: number, weekday: number): DayOrder | undefined {
  const monthFirst = new Date(year, first - 1, second);
  const dayFirst = new Date(year, second - 1, first);
  const monthFirstOk = monthFirst.getMonth() === first - 1 && monthFirst.getDay() === weekday;
  const dayFirstOk = dayFirst.getMonth() === second - 1 && dayFirst.getDay() === weekday;
  return monthFirstOk === dayFirstOk ? undefined : monthFirstOk ? 'month-first' : 'day-first';
}

/** A stamp and nothing else: a weekday, a date (its year or not), a time of day ("Sun 12/6/2026 9:14 AM", "Wed 11/25", 周五 15:20, 2026/11/27 下午 3:20). */
const STAMP_PART = new RegExp(
  String.raw`(?:${WEEKDAY_EN.source}|${WEEKDAY_ZH.source}|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?|\d{1,2}[:：]\d{2}|[ap]\.?m\.?|上午|下午|中午|晚上|凌晨|[\s,，()（）])`,
  'iy',
);

/**
 * Whether a text is a date stamp alone, as a mail list or a header prints it: what a site formatted,
 * not words someone typed (a subject's "Delivery 13/12/2026" is no stamp of the page's).
 */
export function isDateStamp(text: string): boolean {
  const value = text.normalize('NFKC').trim();
  if (value.length === 0 || value.length > 40 || !/\d{1,2}[/.-]\d{1,2}/.test(value)) return false;
  STAMP_PART.lastIndex = 0;
  while (STAMP_PART.lastIndex < value.length) {
    const at = STAMP_PART.lastIndex;
    if (!STAMP_PART.exec(value) || STAMP_PART.lastIndex === at) return false;
  }
  return true;
}

/** Which order a day/month pair must be in on its own: a number above 12 is the day. */
export function forcedOrder(first: number, second: number): DayOrder | undefined {
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return undefined;
}

/**
 * The order the dates in these texts show when they show one: numeric dates with a number above
 * 12 (`26/11/2026` day-first, `11/26/2026` month-first, `Wed 11/25` without its year; dotted dates
 * are day-first wherever they are used), a weekday beside a date that falls on it one way round
 * only (`Sun 12/6/2026`: 6 December is a Sunday, 12 June a Friday), and dates with the month as a
 * word (`Nov 26, 2026` month-first, `26 Nov 2026` day-first). undefined when they show none, or both: a page that disagrees with itself decides
 * nothing.
 */
export function dayOrderShownBy(texts: readonly string[]): DayOrder | undefined {
  const seen = new Set<DayOrder>();
  for (const raw of texts) {
    const text = raw.normalize('NFKC');
    const numeric = [...text.matchAll(NUMERIC_DATES)];
    // (a weekday settles the order only beside the one date of a stamp: "Sun 12/6/2026 9:14 AM", 12/6/2026 周日)
    const weekday = numeric.length === 1 ? weekdayNamed(text) : undefined;
    for (const match of numeric) {
      const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4]?.length === 2 ? `20${match[4]}` : match[4])];
      const order = match[2] === '.' ? 'day-first' : (forcedOrder(first, second) ?? (weekday === undefined ? undefined : orderByWeekday(first, second, year, weekday)));
      if (order) seen.add(order);
    }
    for (const match of text.matchAll(WEEKDAY_PAIR)) {
      const order = forcedOrder(Number(match[match.length - 2]), Number(match[match.length - 1]));
      if (order) seen.add(order);
    }
    if (MONTH_THEN_DAY.test(text)) seen.add('month-first');
    if (DAY_THEN_MONTH.test(text)) seen.add('day-first');
    MONTH_THEN_DAY.lastIndex = 0;
    DAY_THEN_MONTH.lastIndex = 0;
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/**
 * What a locale tag without a region (`en`) is taken to mean. Gmail and Outlook serve their US
 * English as a bare `en`, so for them it is month-first. A CRM's `lang` is the UI language, set
 * apart from the date format (Salesforce's Language and Locale, HubSpot's Language and "Date and
 * number format", Zoho's and Pipedrive's regional settings): English there says nothing of the
 * order, so `bareEnglish: 'unknown'`.
 */
export interface LocaleReading {
  bareEnglish: 'month-first' | 'unknown';
}

/**
 * The order a locale writes numeric dates in. US English (and the Philippines') is month-first; the
 * rest of English and the languages of Europe, Latin America, India and Hong Kong are day-first;
 * Canada writes both. Chinese (mainland, Taiwan), Japanese, Korean, Hungarian and Lithuanian write
 * the year first, so a date in them without it says nothing.
 */
export function dayOrderOfLocale(lang: string | null | undefined, reading: LocaleReading = { bareEnglish: 'month-first' }): DayOrder | undefined {
  const tag = (lang ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!tag) return undefined;
  const [language, ...rest] = tag.split('-');
  const region = rest.find((part) => /^[a-z]{2}$/.test(part));
  if (language === 'en') {
    if (!region) return reading.bareEnglish === 'month-first' ? 'month-first' : undefined;
    return region === 'us' || region === 'ph' ? 'month-first' : region === 'ca' ? undefined : 'day-first';
  }
  if (language === 'es' && region === 'us') return 'month-first';
  if (language === 'zh') return region === 'hk' || region === 'mo' || rest.includes('hk') ? 'day-first' : undefined;
  if (language === 'ja' || language === 'ko' || language === 'hu' || language === 'lt') return undefined;
  return language && /^[a-z]{2,3}$/.test(language) ? 'day-first' : undefined;
}

/**
 * The locale a page declares for its dates: a `data-locale` (or `data-user-locale`) on the root or
 * the body, as apps that format on the client write it, else the document's `lang`.
 */
export function declaredLocale(document: Document): string | undefined {
  // A document without a body (a frameset, a page still parsing) has `body` null at run time.
  const body = document.body as HTMLElement | null;
  for (const element of body ? [document.documentElement, body] : [document.documentElement]) {
    const locale = element.getAttribute('data-locale') ?? element.getAttribute('data-user-locale');
    if (locale?.trim()) return locale.trim();
  }
  return document.documentElement.getAttribute('lang')?.trim() || undefined;
}

/**
 * The order a page writes its ambiguous dates in: the order its other dates show (`texts`: the
 * dates the site formatted, not free text someone typed), else its declared locale, else none.
 */
export function pageDayOrder(document: Document, texts: readonly string[], reading?: LocaleReading): DayOrder | undefined {
  return dayOrderShownBy(texts) ?? dayOrderOfLocale(declaredLocale(document), reading);
}
