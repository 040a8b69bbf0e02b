/**
 * Demo only: moves the dates a saved page shows by a whole number of days, so a page saved in 2019
 * or 2024 reads as if it was saved today and the product (which judges dates against today's
 * clock) sees a live account, not a lead dormant for hundreds of days.
 *
 * Every date keeps its own format (abbreviated or full month names, zero padding, order, the
 * separators and the time of day around it); a weekday written next to a full date is
 * recomputed for the new date.
 *
 * Formats present in tests/fixtures, all handled:
 * - Gmail: `title="Tue, Jun 4, 2024, 2:30 PM"` shown as `Jun 4` (no year); `Jun 10, 2024, 9:12 AM
 *   (2 days ago)`; the quote header `On Mon, Jun 10, 2024 at 9:12 AM`; Chinese UI
 *   `2019年11月5日 周二 上午10:15` (weekday after the date).
 * - Outlook: `Mon 9/2/2024 3:41 PM` (title and text, M/D/YYYY after a weekday); the reply header
 *   `Monday, September 2, 2024 3:41 PM`; in a message, `starting October 1` (no year).
 * - LinkedIn: messaging day headings `Jun 10`, `Jun 12` (no year); Sales Navigator notes
 *   `Jun 5, 2024`; experience `Mar 2021 - Present · 3 yrs 4 mos`, `Jan 2019 - Feb 2021` (month and
 *   year); education `2015 - 2020 · 5 yrs` (a range of years).
 * - Salesforce: `12/18/2026`, `3/31/2027` (M/D/YYYY, no padding); `Oct 2, 2026` with
 *   `datetime="2026-10-02T15:30:00.000Z"`; `Feb 26, 2021`.
 * - HubSpot: `Nov 30, 2026` (also inside `Amount: … · Close date: Nov 30, 2026 · …`);
 *   `Oct 1, 2026 at 10:12 AM GMT` with `datetime="2026-10-01T10:12:00.000Z"`; `Sep 24, 2026`.
 * - Zoho: `Jan 15, 2027`; `Sep 8, 2026` with `title="Sep 8, 2026 04:20 PM"`.
 * - Pipedrive: `January 29, 2027`; `September 30, 2026 1:00 PM` with
 *   `datetime="2026-09-30T13:00:00+02:00"`; classic view `06/28/2019` (padded), `May 13, 2019` with
 *   `datetime="2019-05-13T09:30:00+09:00"`.
 * - Fxiaoke: `2026-12-31`, `2026-10-20`, `2026-10-20 14:05`.
 * Also handled, though no fixture shows them yet: `18 Dec 2026`, `Tue, 18 Dec 2026`, `Dec 18th`,
 * `18.12.2026` (day first), `18/12/2026` and `05/01/2027` (day first when the page shows a first
 * number above 12, a day before a month name, or declares a day-first locale such as `en-GB`),
 * `2026/12/18`, `2026年12月18日`, `12月18日`, `2026年12月`, `(周二)`/`星期二`, and epoch seconds or
 * milliseconds in `data-*` attributes named for a time (`data-timestamp`, `data-utime`, …).
 *
 * Left as they are: relative words (`Today`, `Yesterday`, `(2 days ago)`, `3d`, `2 hours ago`,
 * `Monday 9:00 AM` without a date, `on Friday`), a time of day alone (`8:47 AM`, `上午10:15`), a
 * month alone (`in September`), a year alone (`TransportLogistic 2024`), and every id, class, URL
 * and comment (`records-record-page-2027`, message ids that encode a time).
 *
 * A date without a year (`Jun 12 8:47 AM`) is taken in the page's saved year (or the year before
 * or after, when that is nearer the saved day: `Dec 28` on a page saved Jan 3). A month and year
 * (`Mar 2021`) moves by the whole months between the saved date and the new one, a year in a
 * range (`2015 - 2020`) by the nearest whole years, so durations beside them stay true.
 */

import { dayOrderOfLocale, dayOrderShownBy, type DayOrder } from '../lib/dates/day-order';

const DAY_MS = 86_400_000;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

/** Title case and upper case, longest first: `September|SEPTEMBER|Sept|…`. */
function words(list: readonly string[]): string {
  return [...new Set(list.flatMap((w) => [w, w.toUpperCase()]))].sort((a, b) => b.length - a.length).join('|');
}
const MONTH_WORD = words([...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'Sept']);
const WEEKDAY_WORD = words([...WEEKDAYS, ...WEEKDAYS.map((d) => d.slice(0, 3)), 'Tues', 'Thur', 'Thurs']);

function monthIndex(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.findIndex((m) => m.toLowerCase() === lower || m.slice(0, 3).toLowerCase() === lower || (lower === 'sept' && m === 'September'));
}
function weekdayIndex(word: string): number {
  const lower = word.toLowerCase();
  return WEEKDAYS.findIndex((d) => d.toLowerCase() === lower || lower.startsWith(d.slice(0, 3).toLowerCase()));
}

/** Whitespace as pages write it between the parts of a date, raw or as an entity. */
const SP = '(?:[\\s\\u00a0\\u202f]|&nbsp;|&#160;|&#xa0;|&#xA0;)';
const YEAR = '(?:19|20|21)\\d{2}';
const ZH_WEEKDAY_PREFIX = '周|星期|礼拜|週|禮拜';

interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

function isValidDay({ year, month, day }: CalendarDay): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function addDays({ year, month, day }: CalendarDay, days: number): CalendarDay & { weekday: number } {
  const date = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

function pad(value: number, padded: boolean): string {
  return padded ? String(value).padStart(2, '0') : String(value);
}

function ordinal(day: number, original: string): string {
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return original === original.toUpperCase() ? suffix.toUpperCase() : suffix;
}

/** How the page writes what a single date does not say: the year of dates shown without one, and so on. */
interface PageStyle {
  days: number;
  months: number;
  years: number;
  /** The year of a date shown without one: the saved day's, or the nearest to it when the day is known. */
  savedYear: number;
  savedDay?: CalendarDay;
  /** Whether `May` stands for a page that writes full month names (`September 30, 2026`). */
  fullMonthNames: boolean;
  /** Order of `a/b/yyyy` and `a-b-yyyy` (`.` is day first unless the page shows otherwise). */
  slashDayFirst: boolean;
  dotDayFirst: boolean;
  /** Zero padding of numeric dates whose own digits do not tell (`12/18/2026`), by separator. */
  padded: Record<string, boolean>;
}

/** What one date needs to be rewritten, once the page's style is known. */
interface Found {
  start: number;
  end: number;
  /** What this date says about the page's style (counted only if the date is kept as one). */
  hints: StyleHints;
  render: (style: PageStyle) => string | null;
}

/** What a page's dates say about its style, gathered before anything is rewritten. */
interface StyleHints {
  years: number[];
  fullMonths: number;
  abbreviatedMonths: number;
  numeric: { sep: string; a: string; b: string }[];
}

type Groups = Record<string, string | undefined>;
type Spans = Record<string, [number, number] | undefined>;

interface Pattern {
  regex: RegExp;
  /** Notes what the date says about the page's style; returns how to rewrite it (new text by group name). */
  read: (groups: Groups, hints: StyleHints) => ((style: PageStyle) => Record<string, string> | null) | null;
}

function monthWord(original: string, month: number, style: PageStyle): string {
  const lower = original.toLowerCase();
  const full = lower.length > 3 && lower !== 'sept' ? true : lower === 'may' ? style.fullMonthNames : false;
  const name = MONTHS[month - 1] ?? '';
  const word = full ? name : lower === 'sept' && month === 9 ? 'Sept' : name.slice(0, 3);
  return original === original.toUpperCase() ? word.toUpperCase() : word;
}

function weekdayWord(original: string, weekday: number): string {
  const full = WEEKDAYS.some((d) => d.toLowerCase() === original.toLowerCase());
  const name = WEEKDAYS[weekday] ?? '';
  const word = full ? name : name.slice(0, 3);
  return original.length > 1 && original === original.toUpperCase() ? word.toUpperCase() : word;
}

function zhWeekday(original: string, weekday: number): string {
  return weekday === 0 && original === '天' ? '天' : (WEEKDAYS_ZH[weekday] ?? original);
}

function noteMonth(word: string, hints: StyleHints): void {
  const lower = word.toLowerCase();
  if (lower === 'may') return;
  if (lower.length > 3 && lower !== 'sept') hints.fullMonths += 1;
  else hints.abbreviatedMonths += 1;
}

/**
 * The year of a date shown without one: the saved year, or the year before or after when that puts
 * it nearer the saved day (`Dec 28` on a page saved on Jan 3 is last year's).
 */
function yearOf(month: number, day: number, style: PageStyle): number {
  const saved = style.savedDay;
  if (!saved) return style.savedYear;
  const distance = (year: number) => {
    const date = { year, month, day };
    return isValidDay(date) ? Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(saved.year, saved.month - 1, saved.day)) : Infinity;
  };
  return [saved.year, saved.year - 1, saved.year + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

/** A day shown with a month name or in Chinese: year optional, weekday optional. */
function readNamedDay(g: Groups, month: number, hints: StyleHints) {
  const dayText = g.d ?? '';
  if (g.y) hints.years.push(Number(g.y));
  return (style: PageStyle): Record<string, string> | null => {
    const from = { year: g.y ? Number(g.y) : yearOf(month, Number(dayText), style), month, day: Number(dayText) };
    if (!isValidDay(from)) return null;
    const to = addDays(from, style.days);
    const out: Record<string, string> = { d: pad(to.day, dayText.startsWith('0')) };
    if (g.y) out.y = String(to.year);
    if (g.mon) out.mon = monthWord(g.mon, to.month, style);
    if (g.mo) out.mo = pad(to.month, g.mo.startsWith('0'));
    if (g.ord) out.ord = ordinal(to.day, g.ord);
    if (g.wd) out.wd = weekdayWord(g.wd, to.weekday);
    if (g.zwd) out.zwd = zhWeekday(g.zwd, to.weekday);
    return out;
  };
}

const WD_BEFORE = `(?:(?<wd>${WEEKDAY_WORD})\\.?,?${SP}+)?`;
const ZH_WD_AFTER = `(?:${SP}*(?:${ZH_WEEKDAY_PREFIX})(?<zwd>[一二三四五六日天])|${SP}*[（(](?:${ZH_WEEKDAY_PREFIX})?(?<zwd2>[一二三四五六日天])[）)])?`;

const PATTERNS: Pattern[] = [
  // Jun 4 · Jun 10, 2024 · Tue, Jun 4, 2024 · Monday, September 2, 2024 · October 1 · Dec 18th
  {
    regex: new RegExp(`(?<![A-Za-z])${WD_BEFORE}(?<mon>${MONTH_WORD})\\.?${SP}+(?<d>\\d{1,2})(?<ord>st|nd|rd|th|ST|ND|RD|TH)?(?!\\d)(?:,?${SP}+(?<y>${YEAR})(?!\\d))?(?![A-Za-z])`, 'gd'),
    read: (g, hints) => {
      noteMonth(g.mon ?? '', hints);
      return readNamedDay(g, monthIndex(g.mon ?? '') + 1, hints);
    },
  },
  // 18 Dec 2026 · Tue, 18 Dec 2026 · 5 June
  {
    regex: new RegExp(`(?<![\\w.,/-])${WD_BEFORE}(?<d>\\d{1,2})(?<ord>st|nd|rd|th)?${SP}+(?<mon>${MONTH_WORD})\\.?(?:,?${SP}+(?<y>${YEAR})(?!\\d))?(?![A-Za-z])`, 'gd'),
    read: (g, hints) => {
      noteMonth(g.mon ?? '', hints);
      return readNamedDay(g, monthIndex(g.mon ?? '') + 1, hints);
    },
  },
  // 2019年11月5日 周二 · 12月18日 · 2026年12月18日（周五）
  {
    regex: new RegExp(`(?<!\\d)(?:(?<y>${YEAR})\\s*年\\s*)?(?<mo>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*[日号號]${ZH_WD_AFTER}`, 'gd'),
    read: (g, hints) => {
      const zwd = g.zwd ?? g.zwd2;
      const rewrite = readNamedDay({ ...g, zwd }, Number(g.mo), hints);
      return (style) => {
        const out = rewrite(style);
        if (out && g.zwd2 && out.zwd) {
          out.zwd2 = out.zwd;
          delete out.zwd;
        }
        return out;
      };
    },
  },
  // 2026-10-20 · 2026-10-01T10:12:00.000Z · 2026/12/18 · 2026-10-20 周二
  {
    regex: new RegExp(`(?<![\\w./:-])${WD_BEFORE}(?<y>${YEAR})(?<sep>[-/.])(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\d])${ZH_WD_AFTER}`, 'gd'),
    read: (g, hints) => {
      hints.years.push(Number(g.y));
      const sep = g.sep ?? '-';
      const mo = g.mo ?? '';
      const d = g.d ?? '';
      hints.numeric.push({ sep: `y${sep}`, a: mo, b: d });
      return (style) => {
        const from = { year: Number(g.y), month: Number(mo), day: Number(d) };
        if (!isValidDay(from)) return null;
        const to = addDays(from, style.days);
        const padded = sep === '-' || mo.startsWith('0') || d.startsWith('0') ? true : mo.length === 1 || d.length === 1 ? false : (style.padded[`y${sep}`] ?? true);
        const out: Record<string, string> = { y: String(to.year), mo: pad(to.month, padded), d: pad(to.day, padded) };
        if (g.wd) out.wd = weekdayWord(g.wd, to.weekday);
        if (g.zwd) out.zwd = zhWeekday(g.zwd, to.weekday);
        if (g.zwd2) out.zwd2 = zhWeekday(g.zwd2, to.weekday);
        return out;
      };
    },
  },
  // 12/18/2026 · Mon 9/2/2024 · 06/28/2019 · 18.12.2026 · 18/12/2026
  {
    regex: new RegExp(`(?<![\\w./:-])${WD_BEFORE}(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>(?<y>${YEAR})(?![\\d])`, 'gd'),
    read: (g, hints) => {
      hints.years.push(Number(g.y));
      const sep = g.sep ?? '/';
      const a = g.a ?? '';
      const b = g.b ?? '';
      hints.numeric.push({ sep, a, b });
      return (style) => {
        const year = Number(g.y);
        const monthFirst = { year, month: Number(a), day: Number(b) };
        const dayFirst = { year, month: Number(b), day: Number(a) };
        let readAsDayFirst = Number(a) > 12 ? true : Number(b) > 12 ? false : sep === '.' ? style.dotDayFirst : style.slashDayFirst;
        // A weekday beside the date settles an order the numbers leave open.
        if (g.wd && isValidDay(monthFirst) && isValidDay(dayFirst)) {
          const weekday = weekdayIndex(g.wd);
          if (weekdayOf(readAsDayFirst ? dayFirst : monthFirst) !== weekday && weekdayOf(readAsDayFirst ? monthFirst : dayFirst) === weekday) readAsDayFirst = !readAsDayFirst;
        }
        const from = readAsDayFirst ? dayFirst : monthFirst;
        if (!isValidDay(from)) return null;
        const to = addDays(from, style.days);
        const padded = a.startsWith('0') || b.startsWith('0') ? true : a.length === 1 || b.length === 1 ? false : (style.padded[sep] ?? sep === '.');
        const out: Record<string, string> = {
          a: pad(readAsDayFirst ? to.day : to.month, padded),
          b: pad(readAsDayFirst ? to.month : to.day, padded),
          y: String(to.year),
        };
        if (g.wd) out.wd = weekdayWord(g.wd, to.weekday);
        return out;
      };
    },
  },
  // Mar 2021 · Dec 2018 (a month of a year: moves by whole months)
  {
    regex: new RegExp(`(?<![A-Za-z])(?<mon>${MONTH_WORD})\\.?,?${SP}+(?<y>${YEAR})(?!\\d)`, 'gd'),
    read: (g, hints) => {
      noteMonth(g.mon ?? '', hints);
      const month = monthIndex(g.mon ?? '');
      return (style) => {
        const index = Number(g.y) * 12 + month + style.months;
        return { y: String(Math.floor(index / 12)), mon: monthWord(g.mon ?? '', (index % 12) + 1, style) };
      };
    },
  },
  // 2021年3月 (not followed by a day)
  {
    regex: new RegExp(`(?<!\\d)(?<y>${YEAR})\\s*年\\s*(?<mo>\\d{1,2})\\s*月(?!\\s*\\d)`, 'gd'),
    read: (g) => {
      const month = Number(g.mo);
      if (month < 1 || month > 12) return null;
      return (style) => {
        const index = Number(g.y) * 12 + month - 1 + style.months;
        return { y: String(Math.floor(index / 12)), mo: pad((index % 12) + 1, (g.mo ?? '').startsWith('0')) };
      };
    },
  },
  // 2015 - 2020 · 2019 – Present · 2021 - 至今 (a range of years, as résumés print them)
  {
    regex: new RegExp(`(?<![\\w./-])(?<y1>${YEAR})${SP}*[-–—]${SP}*(?:(?<y2>${YEAR})|Present|present|PRESENT|Now|now|至今|现在|現在)(?![\\w\\d])`, 'gd'),
    read: (g) => (style) => ({ y1: String(Number(g.y1) + style.years), ...(g.y2 ? { y2: String(Number(g.y2) + style.years) } : {}) }),
  },
];

/** A stretch of the page's text (a text node or an attribute value) and the dates in it. */
interface Segment {
  text: string;
  found: Found[];
}

function noHints(): StyleHints {
  return { years: [], fullMonths: 0, abbreviatedMonths: 0, numeric: [] };
}

function findDates(text: string, hints: StyleHints): Found[] {
  const all: Found[] = [];
  for (const { regex, read } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const groups = (match.groups ?? {}) as Groups;
      const own = noHints();
      const rewrite = read(groups, own);
      if (!rewrite) continue;
      const start = match.index;
      const end = start + match[0].length;
      const spans = (match.indices?.groups ?? {}) as Spans;
      const matched = match[0];
      all.push({
        start,
        end,
        hints: own,
        render: (style) => {
          const out = rewrite(style);
          if (!out) return null;
          // Splice each rewritten group into the match, everything between them kept as written.
          const parts = Object.entries(out)
            .map(([name, value]) => ({ span: spans[name], value }))
            .filter((p): p is { span: [number, number]; value: string } => p.span !== undefined)
            .sort((x, y) => x.span[0] - y.span[0]);
          let result = '';
          let at = start;
          for (const { span, value } of parts) {
            result += matched.slice(at - start, span[0] - start) + value;
            at = span[1];
          }
          return result + matched.slice(at - start);
        },
      });
    }
  }
  // Where two readings overlap, the one starting first wins, then the longer.
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const chosen: Found[] = [];
  let taken = 0;
  for (const found of all) {
    if (found.start < taken) continue;
    chosen.push(found);
    taken = found.end;
    hints.years.push(...found.hints.years);
    hints.numeric.push(...found.hints.numeric);
    hints.fullMonths += found.hints.fullMonths;
    hints.abbreviatedMonths += found.hints.abbreviatedMonths;
  }
  return chosen;
}

function renderSegment(segment: Segment, style: PageStyle): string {
  let out = '';
  let at = 0;
  for (const found of segment.found) {
    const text = found.render(style);
    if (text === null) continue;
    out += segment.text.slice(at, found.start) + text;
    at = found.end;
  }
  return out + segment.text.slice(at);
}

/** Attributes whose values are shown or read as dates; ids, classes and URLs are never touched. */
const DATE_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'aria-description', 'aria-valuetext', 'datetime', 'value', 'placeholder', 'content', 'label']);
const ID_LIKE = /(?:id|ids|urn|key|hash|token|uuid|guid)$/i;
const TIME_NAMED = /date|time|stamp|epoch|created|updated|modified|when|(?:^|-)at$/i;

function shiftEpoch(value: string, days: number): string {
  const ms = value.length === 13 ? Number(value) : Number(value) * 1000;
  const date = new Date(ms);
  // Whole local days: the same wall-clock time on the new date.
  const moved = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds()).getTime();
  return value.length === 13 ? String(moved) : String(Math.floor(moved / 1000));
}

/** Comments, script and style bodies, tags (attribute values quoted or not), doctype. */
const MARKUP = /<!--[\s\S]*?-->|<(script|style|template)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>|<![^>]*>/g;
const ATTRIBUTE = /(\s)([^\s"'>/=]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

export interface ShiftOptions {
  /**
   * The day the page was saved (local date). It gives the year of dates shown without one and the
   * whole months a month-and-year moves by; without it, the most common year among the page's
   * full dates (else this year) and `days` in average months.
   */
  saved?: Date;
}

/**
 * The page with every date it shows, as text and in attributes (`title`, `datetime`, `aria-label`,
 * `data-*`), moved by `days` whole days, each in its own format; weekdays beside a date recomputed.
 */
export function shiftPageDates(html: string, days: number, options: ShiftOptions = {}): string {
  if (!Number.isInteger(days)) throw new RangeError(`shiftPageDates: a whole number of days, not ${String(days)}`);
  if (days === 0) return html;
  const hints = noHints();

  // The page as a list of pieces: markup kept, text and date-bearing attribute values read.
  const pieces: (string | Segment | (() => string))[] = [];
  const texts: string[] = [];
  const segment = (text: string): void => {
    texts.push(text);
    pieces.push({ text, found: findDates(text, hints) });
  };
  let at = 0;
  for (const match of html.matchAll(MARKUP)) {
    if (match.index > at) segment(html.slice(at, match.index));
    at = match.index + match[0].length;
    const tag = match[0];
    if (tag.startsWith('<!') || tag.startsWith('</') || match[1] !== undefined) {
      pieces.push(tag);
      continue;
    }
    let last = 0;
    for (const attr of tag.matchAll(ATTRIBUTE)) {
      const [whole, space = '', rawName = '', equals = '', dq, sq, bare] = attr;
      const name = rawName.toLowerCase();
      const value = dq ?? sq ?? bare ?? '';
      const dataAttribute = name.startsWith('data-') && !ID_LIKE.test(name);
      if (!DATE_ATTRIBUTES.has(name) && !dataAttribute) continue;
      const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
      pieces.push(tag.slice(last, attr.index) + space + rawName + equals + quote);
      if (dataAttribute && TIME_NAMED.test(name) && /^(?:\d{10}|\d{13})$/.test(value)) pieces.push(() => shiftEpoch(value, days));
      else segment(value);
      pieces.push(quote);
      last = attr.index + whole.length;
    }
    pieces.push(tag.slice(last));
  }
  if (at < html.length) segment(html.slice(at));

  // Day and month that read both ways move as the product reads them (lib/dates/day-order.ts): by
  // the page's other dates, else by the locale it declares.
  const lang = /<html\b[^>]*?\slang=["']?([\w-]+)/i.exec(html)?.[1];
  const order = dayOrderShownBy(texts) ?? dayOrderOfLocale(lang);
  const style = pageStyle(days, hints, options.saved, order);
  return pieces.map((piece) => (typeof piece === 'string' ? piece : typeof piece === 'function' ? piece() : renderSegment(piece, style))).join('');
}

/** Rounds half away from zero, so moving back undoes moving forth. */
function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

function pageStyle(days: number, hints: StyleHints, saved: Date | undefined, order: DayOrder | undefined): PageStyle {
  let savedYear = new Date().getFullYear();
  let months = roundHalfAway(days / (365.2425 / 12));
  if (saved) {
    savedYear = saved.getFullYear();
    const target = new Date(saved.getFullYear(), saved.getMonth(), saved.getDate() + days);
    months = (target.getFullYear() - saved.getFullYear()) * 12 + target.getMonth() - saved.getMonth();
  } else if (hints.years.length > 0) {
    const counts = new Map<number, number>();
    for (const year of hints.years) counts.set(year, (counts.get(year) ?? 0) + 1);
    savedYear = [...counts].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0]?.[0] ?? savedYear;
  }
  const slash = hints.numeric.filter((n) => n.sep === '/' || n.sep === '-');
  const dot = hints.numeric.filter((n) => n.sep === '.');
  const padded: Record<string, boolean> = {};
  for (const { sep, a, b } of hints.numeric) {
    if (a.startsWith('0') || b.startsWith('0')) padded[sep] = true;
    else if ((a.length === 1 || b.length === 1) && padded[sep] === undefined) padded[sep] = false;
  }
  return {
    days,
    months,
    ...(saved ? { savedDay: { year: saved.getFullYear(), month: saved.getMonth() + 1, day: saved.getDate() } } : {}),
    years: roundHalfAway(months / 12),
    savedYear,
    fullMonthNames: hints.fullMonths > hints.abbreviatedMonths,
    slashDayFirst: slash.some((n) => Number(n.a) > 12) ? !slash.some((n) => Number(n.b) > 12) : !slash.some((n) => Number(n.b) > 12) && order === 'day-first',
    dotDayFirst: !dot.some((n) => Number(n.b) > 12),
    padded,
  };
}

/** The day a fixture was saved, from its name (`<kind>--<scenario>--YYYY-MM-DD.html`), local midnight; null when the name has none. */
export function savedDateOf(file: string): Date | null {
  const match = /--(\d{4})-(\d{2})-(\d{2})\.html?$/i.exec(file);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day) ? new Date(day.year, day.month - 1, day.day) : null;
}

/** Whole days from one local date to another (DST-proof: counted on the calendar, not in hours). */
export function localDaysBetween(from: Date, to: Date): number {
  return Math.round((Date.UTC(to.getFullYear(), to.getMonth(), to.getDate()) - Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())) / DAY_MS);
}

/** The fixture page as if saved on `today` (local date); unchanged when the file name carries no date. */
export function shiftForToday(html: string, file: string, today: Date): string {
  const saved = savedDateOf(file);
  return saved ? shiftPageDates(html, localDaysBetween(saved, today), { saved }) : html;
}
