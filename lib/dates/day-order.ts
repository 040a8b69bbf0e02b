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

/** Which order a day/month pair must be in on its own: a number above 12 is the day. */
export function forcedOrder(first: number, second: number): DayOrder | undefined {
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return undefined;
}

/**
 * The order the dates in these texts show when they show one: numeric dates with a number above
 * 12 (`26/11/2026` day-first, `11/26/2026` month-first; dotted dates are day-first wherever they
 * are used), and dates with the month as a word (`Nov 26, 2026` month-first, `26 Nov 2026`
 * day-first). undefined when they show none, or both: a page that disagrees with itself decides
 * nothing.
 */
export function dayOrderShownBy(texts: readonly string[]): DayOrder | undefined {
  const seen = new Set<DayOrder>();
  for (const raw of texts) {
    const text = raw.normalize('NFKC');
    for (const match of text.matchAll(NUMERIC_DATES)) {
      const order = match[2] === '.' ? 'day-first' : forcedOrder(Number(match[1]), Number(match[3]));
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
