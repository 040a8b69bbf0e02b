/**
 * The day a prospect names for the next contact, read from their last message: "reach out in
 * September", "下个季度再说", "過完年再聯絡", "after the trade fair in March", "Q3", "I'm out until
 * Jan 5". English, Simplified and Traditional Chinese (and Cantonese usage), and the common Japanese ones ("来週の金曜日までに",
 * "月末まで", "ゴールデンウィーク明けに", "来月中旬", "年明けに": {@link JA_RULES}).
 *
 * How it reads, in four passes over the reply's own words (quoted history, quote headers and the
 * signature dropped; the text folded so that case, full width and Traditional characters do not
 * matter, every index still an index of the original):
 *
 * 1. Find: each kind of date words has its rule (a pattern built from a table of words, and a
 *    reader turning a match into a period of days). A period is resolved lazily: a month name is a
 *    period in any year, "20号" one in any month, "next week" one relative to today.
 * 2. Compose: neighbours join ("明年" + "3月", "Q3" + "2027", "next week" + "on Tuesday", "Dec 20" +
 *    "–" + "Jan 3"), parts apply ("early October", "下个月中", "月底前"), and "after …" moves to the
 *    day after the period ("after the trade fair in March" → April 1, "国庆后" → October 8).
 * 3. Weigh: a date counts only when its words are about re-contact, return or when to talk (see
 *    {@link CUES} and {@link weigh}).
 * 4. Resolve: against `now` (local time); a period whose words put it in the past is next year's
 *    (next month's for "20号").
 *
 * A named period that has already begun: a month, a week or a part of one named explicitly ("in
 * September" said on September 15, "this week", "early December" on December 4) means the rest of
 * it, from tomorrow; a quarter, a half, a season, a holiday, and "月初" / "月中" / "年初" on their own
 * mean the next one ("Q3" said in September is next year's Q3, "月初" said on the 4th is next
 * month's 1st), as their first day is no longer ahead. "end of the month" / "年底" are still ahead.
 *
 * Rules chosen for the ambiguous cases (the tests pin each one):
 * - "next Tuesday" is the next Tuesday after today; "Tuesday next week" / "下周二" is the Tuesday of
 *   the week after this one (weeks start on Monday).
 * - early / mid / late / end of a month: the 1st / 15th / 25th / last day; of a week: Monday /
 *   Wednesday / Friday / Friday; of a quarter or a year: its first, middle, last-quarter and last
 *   month (end of the year → December 1).
 * - "after X" is the day after X ends: a bare month → the 1st of the following month, "after the
 *   15th" → the 16th, "after next week" → the Monday after it. Chinese "X以后/之后" reads the same.
 * - Chinese New Year: lunar new year's day + 8 ("after CNY", "年后", "過完年"); "年前" its eve; 元宵 its
 *   15th day; Easter from the computus (after it: the Tuesday after Easter Monday); National Day: Oct 8;
 *   "after the holidays": January 5 (from September to January 4), September 1 (June to August),
 *   nothing otherwise (which holidays would be a guess).
 * - Away for a period ("I'm on leave next week", "这周出差", "no budget this year", "休假至1月3日")
 *   means the day after it; "until X" / "back on X" / "returning X" means X.
 * - A range ("Dec 20 – Jan 3") in an away sentence means the day after its end, elsewhere its start.
 * - A month, weekday or explicit date needs a cue in its sentence (re-contact verb, deferral,
 *   availability, away), or to be the whole sentence ("September." / "下个季度吧"). Words that are
 *   forward by themselves ("next quarter", "in two weeks", "after CNY") need only a future word.
 *   A date in a clause about the past or about something else ("we met in September", "thanks for
 *   Monday's call", "our fiscal year starts in April", "every Monday") is not read, unless that
 *   clause also has a re-contact verb, or its sentence has one pointing back at it ("our fiscal
 *   year starts in April, reach out then").
 * - A start named as a constraint is the day to come back: "nothing can start before Q3", "can't
 *   start until March", "the earliest we could go live is June", "要到九月才能开始", "三季度之前动不了"
 *   mean the first day of that period; "not before October" / "no sooner than Q2" read like "until"
 *   (October 1, April 1), not like "after". Without a constraint a start is a description ("the
 *   project starts in April").
 * - Several dates: the one with a re-contact verb in its own clause, then the best weighed, then
 *   the nearest to its verb, then the later one. Two days offered as alternatives ("next Tues or
 *   Weds", 周二或者周三): the first.
 * - A day named by its event ("next week's board meeting", "Thursday's review", 下禮拜嘅董事會) is
 *   that day, weighed as a bare date (a cue in its sentence; the meetings of those who decide
 *   count as a deferral), unless its clause is about the past ("thanks for Friday's demo").
 * - Weeks counted from a day: "Monday week" / "a week on Monday" (British), "a week from Monday"
 *   (American) are seven days after the next Monday; "the week of the 14th" is that day's week,
 *   from its Monday; "the Nth week of a month" (一月第二周) counts Monday-started weeks, the first being the one with four or more of its
 *   days in the month, clipped to it (the second week of January 2027 starts on Monday the 11th); "this time next week" today + 7.
 * - A day of a month named relatively joins it ("下个月10号", "the 10th of next month").
 * - EOD / COB is today (unless a day follows: "EOD Friday"); EOQ / 季末 / 季底 the end of this quarter.
 * - Not dates: "24/7", a fraction ("3/4 of"), a rate ("7 days a week", "$1,200/12 months"), the
 *   working week beside its hours ("Mon–Fri, 9–17", "Monday to Friday, office hours"), a period labelling a report ("Q3 results",
 *   三季度财报; "after our Q3 results are out" waits for them: a month after the quarter closes), a day every month (每个月10号).
 */
import { JA_PLEASE, PLEASE } from '../nlp/please';
import { cleanReply } from '../nlp/reply';

export interface NamedDate {
  /** Local midnight (ms since epoch) of the day the prospect asked to be contacted again / will be back. */
  at: number;
  /** The words that named it, as in the original text, with offsets (end exclusive). */
  text: string;
  start: number;
  end: number;
  /** The day something is moved to ("could we move Thursday to the following Monday?", 会议改到下下周一): the new day, not the one left. */
  moved?: true;
  /**
   * A deadline, not a time to come back: the end of a period said with "by" or "before" ("we need it signed by EOQ",
   * "before quarter end", 季末前要签), its last working day, with no word of coming back in its sentence ("we should
   * have sign-off by EOQ, circle back then" is a time to come back, on that day). Something is due by then: the
   * follow-up lands before it.
   */
  deadline?: true;
  /** A holiday whose days differ by country, as it was taken ("after Golden Week": Japan's, or China's October week). */
  holiday?: RegionalHoliday;
  /**
   * The earliest day the work can start, with no word of talking then ("we can't start anything until our ERP goes live in
   * March", 最快四月才能开始): when the service would begin. Once terms are on the table it is a term to agree now (sign now,
   * start then), not a time they asked to be contacted.
   */
  starts?: true;
  /**
   * Local midnight of the last day of the period the words name, when it is longer than a month ("next year": 31 December;
   * "Q3": 30 September; "next spring"): how far "sometime then" reaches.
   */
  ends?: number;
  /**
   * Local midnight of the last day of the period the words name, when it is longer than the day itself and no longer than a
   * month ("next week": its Sunday; "later this week": this Sunday; "early January": the 10th; "月底前": the month's last day).
   * Someone promising to come back then has until it ends.
   */
  through?: number;
}

/**
 * Where the customer keeps their holidays, when anything tells (`lib/situation/holiday-region.ts` reads the contact; the
 * words themselves tell otherwise: {@link regionOfWords}): mainland China, Hong Kong, Taiwan or Japan.
 */
export type HolidayRegion = 'cn' | 'hk' | 'tw' | 'jp';

/**
 * Holidays whose name means other days in another country: Golden Week (Japan's, 29 April to 5 May; China's, the
 * National Day week of 1–7 October) and National Day, 国庆 / 國慶 (the week from 1 October on the mainland; 1 October
 * alone in Hong Kong; 10 October, 雙十, in Taiwan).
 */
export const REGIONAL_HOLIDAYS = ['jp_golden_week', 'cn_national_day', 'hk_national_day', 'tw_national_day'] as const;
export type RegionalHoliday = (typeof REGIONAL_HOLIDAYS)[number];

// ————————————————————————————————————————— calendar days —————————————————————————————————————————

const DAY_MS = 86_400_000;

/** A calendar day as a whole number of days since 1970-01-01 (no time zone: pure calendar arithmetic). */
type Day = number;

/** A stretch of days and the one day it stands for (`at`, usually `from`). */
interface Period {
  from: Day;
  to: Day;
  at: Day;
}

/** The day of a (year, month 0–11, day) triple; out-of-range parts roll over as `Date.UTC` does. */
function dayOf(year: number, month: number, date: number): Day {
  return Math.round(Date.UTC(year, month, date) / DAY_MS);
}

/** Year, month (0–11), day of month and weekday (0 = Sunday) of a day. */
function dateOf(day: Day): { y: number; m: number; d: number; weekday: number } {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), weekday: t.getUTCDay() };
}

function period(from: Day, to: Day = from, at: Day = from): Period {
  return { from, to, at };
}

const monthPeriod = (y: number, m: number): Period => period(dayOf(y, m, 1), dayOf(y, m + 1, 0));
const yearPeriod = (y: number): Period => period(dayOf(y, 0, 1), dayOf(y, 11, 31));
/** Quarter 0–3 of a year. */
const quarterPeriod = (y: number, q: number): Period => period(dayOf(y, q * 3, 1), dayOf(y, q * 3 + 3, 0));
/** Half 0–1 of a year. */
const halfPeriod = (y: number, h: number): Period => period(dayOf(y, h * 6, 1), dayOf(y, h * 6 + 6, 0));

/** The same day of the month `months` later, or the month's last day when it is shorter. */
function addMonths(day: Day, months: number): Day {
  const { y, m, d } = dateOf(day);
  return Math.min(dayOf(y, m + months, d), dayOf(y, m + months + 1, 0));
}

/** Reading context: today and where it sits in the calendar. */
interface Ctx {
  today: Day;
  year: number;
  month: number;
  weekday: number;
  /** Monday of the current week. */
  monday: Day;
}

function contextOf(now: number): Ctx {
  const t = new Date(now);
  const today = dayOf(t.getFullYear(), t.getMonth(), t.getDate());
  const weekday = t.getDay();
  return { today, year: t.getFullYear(), month: t.getMonth(), weekday, monday: today - ((weekday + 6) % 7) };
}

/** The next given weekday (0 = Sunday) after today: 1 to 7 days ahead. */
function nextWeekday(ctx: Ctx, weekday: number): Day {
  return ctx.today + (((weekday - ctx.weekday + 7) % 7) || 7);
}

/** A weekday (0 = Sunday) of the week starting on `monday`. */
function weekdayIn(monday: Day, weekday: number): Day {
  return monday + ((weekday + 6) % 7);
}

/**
 * Lunar New Year's day (正月初一), 2024–2040, as [month 0–11, day]. Computed the way the Chinese
 * calendar defines it: the day (in Beijing time, UTC+8) of the new moon that begins the first
 * month, the new moons from Meeus, "Astronomical Algorithms", ch. 49 (the test recomputes them),
 * giving the dates the almanacs publish (2026-02-17, 2027-02-06, 2028-01-26, …). Not from ICU:
 * its Chinese calendar (Intl `zh-u-ca-chinese`) says Feb 7 for 2027 and Feb 2 for 2030, where the
 * new moon falls minutes from midnight in Beijing (23:56 on Feb 6, 2027; 00:07 on Feb 3, 2030).
 */
export const LUNAR_NEW_YEAR: Readonly<Record<number, readonly [number, number]>> = {
  2024: [1, 10], 2025: [0, 29], 2026: [1, 17], 2027: [1, 6], 2028: [0, 26], 2029: [1, 13], 2030: [1, 3], 2031: [0, 23], 2032: [1, 11],
  2033: [0, 31], 2034: [1, 19], 2035: [1, 8], 2036: [0, 28], 2037: [1, 15], 2038: [1, 4], 2039: [0, 24], 2040: [1, 12],
};

/** Days from new year's day to the first working day after the Spring Festival break ("after CNY"). */
const CNY_RETURN_DAYS = 8;

// ————————————————————————————————————————— what is found —————————————————————————————————————————

/**
 * How a found date becomes a period: once for a given year ("September", "Q3", "after CNY"), for a
 * given month ("20号", "月底"), or directly from today ("next week", "in two weeks").
 */
type Resolver =
  | { cycle: 'year'; inYear: (year: number) => readonly Period[] }
  | { cycle: 'month'; inMonth: (year: number, month: number) => Period | null }
  | { cycle: 'none'; get: (ctx: Ctx) => Period | null };

/** Whether the words alone point forward ("next quarter", "in two weeks", "after CNY"), name a date ("September", "Monday"), or only qualify a neighbour ("2027"). */
type Reading = 'forward' | 'absolute' | 'qualifier';

/** What the part words ("early October", "下个月中", "end of the month") select. */
type Part = 'early' | 'mid' | 'late' | 'end';

interface Found {
  /** Offsets in the folded text. */
  start: number;
  end: number;
  resolver: Resolver;
  reading: Reading;
  /** Whether early / mid / late / end can apply (a month, a week, a quarter: not a day). */
  partable: boolean;
  /** For a year on its own: which year (it may fix a neighbour's year: "明年3月", "Q3 2027"). */
  year: ((ctx: Ctx) => number) | null;
  /** For a bare weekday (0 = Sunday), and for a week, how many weeks ahead: "next week on Tuesday". */
  weekday: number | null;
  weeksAhead: number | null;
  /** Whether it already means the day after its period ("after X", "through X"). */
  after: boolean;
  /** Said after "until" / "till": the day itself, even in an away sentence. */
  until: boolean;
  /** Said after 至 / 到 ("休假至1月3日"): in an away sentence, the day after. */
  through: boolean;
  /**
   * A quarter, a half, a season or a holiday: named while it is under way, it means the next one
   * ("Q3" said in September is next year's Q3). A month named in that month means later this month.
   */
  strict: boolean;
  /** Whether it names one calendar day ("Dec 20", "20号", "2027-01-15"): a weekday next to it only labels it. */
  isDate: boolean;
  /** Nothing to read before this (it belongs to a quote header or a contact line). */
  ignored?: true;
  /** "the following Monday": the first such weekday after the day named before it in the sentence ("move Thursday to the following Monday"). */
  following?: true;
  /** "the week after": the Monday of the week after the day named before it ("out next week, the week after?"). */
  weekAfter?: true;
  /** A month named relative to this one ("next month", 下个月): a day of the month beside it is that month's ("下个月10号", "the 10th of next month"). */
  monthsAhead?: number;
  /** A day of the month with no month ("the 15th", "15号"): the number, for a month named beside it. */
  dayOfMonth?: number;
  /** A stretch of weekdays ending on a Friday ("from Monday to Friday"): the day after it is the working day after, the Monday. */
  toFriday?: true;
  /** A holiday whose days differ by country: which one its words name where ({@link regionalized} sets the days). */
  regional?: (region: HolidayRegion | null) => RegionalHoliday;
  /** The one it was taken as. */
  holiday?: RegionalHoliday;
  /** The end of a period ("EOQ", 季末, "the end of the year", "month-end"): as a deadline, its last working day. */
  closing?: true;
  /** Said as a deadline ("by EOQ", 季末前): the day something must be done by, no time to come back. */
  deadline?: true;
  /** A holiday's days off ("National Day", 国庆, 春节, Christmas; not a season): before it is the last working day before them. */
  daysOff?: true;
  /** A day of the month said with 以降 ("今月は立て込んでおり、5日以降でしたら…"): the day they mean, before the month beside it. */
  fromDay?: true;
  /** A day said with "by" or 前 ("by Friday", 下週五前, 周三前): a deadline when its sentence asks something of us ({@link weigh}). */
  byDay?: true;
}

type FoundInit = Pick<Found, 'resolver' | 'reading'> & Partial<Omit<Found, 'start' | 'end' | 'resolver' | 'reading'>>;

function found(start: number, end: number, init: FoundInit): Found {
  return { start, end, partable: false, year: null, weekday: null, weeksAhead: null, after: false, until: false, through: false, strict: false, isDate: false, ...init };
}

const fixed = (get: (ctx: Ctx) => Period | null): Resolver => ({ cycle: 'none', get });
const yearly = (inYear: (year: number) => readonly Period[]): Resolver => ({ cycle: 'year', inYear });
const monthly = (inMonth: (year: number, month: number) => Period | null): Resolver => ({ cycle: 'month', inMonth });

/** The same resolver with each period changed by `change` (a part, a fixed year). */
function mapResolver(resolver: Resolver, change: (p: Period) => Period | null): Resolver {
  switch (resolver.cycle) {
    case 'year':
      return yearly((y) => resolver.inYear(y).flatMap((p) => change(p) ?? []));
    case 'month':
      return monthly((y, m) => {
        const p = resolver.inMonth(y, m);
        return p && change(p);
      });
    case 'none':
      return fixed((ctx) => {
        const p = resolver.get(ctx);
        return p && change(p);
      });
  }
}

/**
 * The period a resolver stands for, seen from today: the first one that is not over (this year's
 * September, or next year's when this one has passed; this month's 20th, or next month's); with
 * `strict`, the first whose day is still ahead (next year's Q3 once this one has begun).
 */
function resolve(resolver: Resolver, ctx: Ctx, strict = false): Period | null {
  switch (resolver.cycle) {
    case 'year': {
      for (let y = ctx.year - 1; y <= ctx.year + 3; y++) {
        const next = resolver.inYear(y).find((p) => (strict ? p.at : p.to) >= ctx.today);
        if (next) return next;
      }
      return null;
    }
    case 'month': {
      for (let k = 0; k < 3; k++) {
        const p = resolver.inMonth(ctx.year, ctx.month + k);
        if (p && (strict ? p.at : p.to) >= ctx.today) return p;
      }
      return null;
    }
    case 'none':
      return resolver.get(ctx);
  }
}

/** Early, middle, late or end part of a period: of a week, of a month, or of several months. */
function partOf(p: Period, part: Part): Period {
  if (p.to - p.from < 7) {
    if (part === 'early') return period(p.from, Math.min(p.from + 1, p.to));
    if (part === 'mid') return period(Math.min(p.from + 2, p.to), Math.min(p.from + 3, p.to));
    return period(Math.min(p.from + 4, p.to), p.to);
  }
  const a = dateOf(p.from);
  const b = dateOf(p.to);
  const months = (b.y - a.y) * 12 + b.m - a.m + 1;
  if (months === 1) {
    const last = b.d;
    if (part === 'early') return period(dayOf(a.y, a.m, 1), dayOf(a.y, a.m, 10));
    if (part === 'mid') return period(dayOf(a.y, a.m, 11), dayOf(a.y, a.m, 20), dayOf(a.y, a.m, 15));
    if (part === 'late') return period(dayOf(a.y, a.m, 21), p.to, dayOf(a.y, a.m, 25));
    return period(dayOf(a.y, a.m, 21), p.to, dayOf(a.y, a.m, last));
  }
  const month = (i: number) => monthPeriod(a.y, a.m + i);
  const quarter = Math.ceil(months / 4);
  if (part === 'early') return period(month(0).from, month(quarter - 1).to);
  if (part === 'mid') return month(Math.floor(months / 2));
  if (part === 'late') return period(month(months - quarter).from, p.to);
  return period(month(months - 1).from, p.to);
}

// ————————————————————————————————————————— word tables —————————————————————————————————————————

/** English month words (with common short forms and typos), January first. */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janurary', 'januray'],
  ['february', 'feb', 'febuary', 'feburary', 'februrary'],
  ['march', 'mar'],
  ['april', 'apr', 'aprl'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep', 'septmber', 'septemeber', 'setpember'],
  ['october', 'oct', 'ocotber', 'octobre'],
  ['november', 'nov', 'novmber', 'novemeber'],
  ['december', 'dec', 'decmber', 'decemeber'],
];
/** Month words that are also ordinary words ("may", "march", "Jan" the name): read only with a preposition before them or a day or year after. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan']);
/** Words before an ambiguous month word that make it a month. */
const MONTH_PREPOSITION = /[^a-z](?:in|by|until|till|after|before|from|since|early|mid|late|end of|beginning of|start of|middle of|next|this|coming|of|around|during|through|thru)[\s-]*$/;

/** English weekday words (0 = Sunday). "sat" and "sun" are left out: ordinary words first. */
const WEEKDAY_WORDS: readonly (readonly string[])[] = [
  ['sunday'],
  ['monday', 'mon', 'mondy'],
  ['tuesday', 'tue', 'tues', 'tusday'],
  ['wednesday', 'wed', 'weds', 'wensday', 'wednsday', 'wedensday'],
  ['thursday', 'thu', 'thur', 'thurs', 'thrusday', 'thursay'],
  ['friday', 'fri', 'firday'],
  ['saturday'],
];
/** Chinese weekday characters after 周 / 星期 / 礼拜 (0 = Sunday). */
const ZH_WEEKDAY: Readonly<Record<string, number>> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 0 };

/** Number words in English. */
const EN_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  couple: 2, 'a couple': 2, 'a couple of': 2, 'couple of': 2, few: 3, 'a few': 3, several: 3, 'a week or two': 2,
};
/** Chinese digits. */
const ZH_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Vague Chinese counts: 几 "a few", 一两 "one or two" (the larger is taken). */
const ZH_VAGUE_NUMBERS: Readonly<Record<string, number>> = { 几: 3, 半: 0.5, 一两: 2, 两三: 3, 三四: 4, 三五: 5 };

type DurationUnit = 'day' | 'week' | 'month' | 'year' | 'quarter';
/** Units of a duration ("in two weeks", "两个月后"). */
const DURATION_UNITS: readonly { words: readonly string[]; unit: DurationUnit }[] = [
  { words: ['days', 'day', '天', '日'], unit: 'day' },
  { words: ['weeks', 'week', 'wks', 'wk', '周', '星期', '个星期', '礼拜', '个礼拜', '个周'], unit: 'week' },
  { words: ['months', 'month', 'mos', 'mths', 'mnths', 'mo', '个月'], unit: 'month' },
  { words: ['quarters', 'quarter', '季度', '个季度', '个季'], unit: 'quarter' },
  { words: ['years', 'year', 'yrs', 'yr', '年'], unit: 'year' },
];
const FORTNIGHT = 'fortnight';

/** Weeks: how many weeks ahead (0 = this one), or the weekend of that week. */
const WEEK_PHRASES: readonly { words: readonly string[]; weeksAhead: number; weekend?: true; current?: true }[] = [
  // (Japanese as folded: 来週 → 来周, 再来週 → 再来周; 今週中 "within this week")
  { words: ['next week', 'nxt week', 'next wk', 'nxt wk', 'the following week', 'the coming week', 'coming week', '下周', '下个星期', '下星期', '下礼拜', '下个礼拜', '下一周', '下个周', '下一个星期', '来周', '翌周', '来周中'], weeksAhead: 1 },
  { words: ['the week after next', 'week after next', '下下周', '下下个星期', '下下星期', '下下礼拜', '下下个礼拜', '再来周'], weeksAhead: 2 },
  { words: ['this week', 'the week', '这周', '本周', '这个星期', '这星期', '这礼拜', '这个礼拜', '今个礼拜', '今个星期', '今周', '呢个礼拜', '呢个星期', '今周中'], weeksAhead: 0, current: true },
  { words: ['this weekend', 'the weekend', 'over the weekend', '周末', '这周末', '本周末', '这个周末', '今周末'], weeksAhead: 0, weekend: true, current: true },
  { words: ['next weekend', '下周末', '下个周末', '来周末'], weeksAhead: 1, weekend: true },
];

/** Months relative to this one. */
const MONTH_PHRASES: readonly { words: readonly string[]; monthsAhead: number; current?: true }[] = [
  { words: ['next month', 'nxt month', 'next mth', 'the following month', 'the coming month', '下个月', '下月', '下一个月', '下个月份', '下一月', '来月', '翌月'], monthsAhead: 1 },
  { words: ['the month after next', '下下个月', '下下月', '再来月'], monthsAhead: 2 },
  { words: ['this month', 'the month', '这个月', '本月', '这月', '今个月', '呢个月', '今月'], monthsAhead: 0, current: true },
];

/** A part of the month on its own (this month's, or next month's once it has passed). */
const MONTH_PART_PHRASES: readonly { words: readonly string[]; part: Part }[] = [
  { words: ['end of the month', 'end of month', 'month end', 'month-end', 'eom', '月底', '月尾', '月末', '下旬', '月内'], part: 'end' },
  { words: ['beginning of the month', 'start of the month', 'beginning of month', 'start of month', '月初', '月头', '上旬'], part: 'early' },
  { words: ['middle of the month', 'mid-month', 'mid month', '月中', '中旬'], part: 'mid' },
];
/** Before a Chinese month part word: it belongs to the month word before it ("下个月底", "12月底"), not to this month. */
const ZH_MONTH_PART_GUARD = /[个下本这今月份\d〇零一二三四五六七八九十]$/;

/** Quarters relative to this one. */
const QUARTER_PHRASES: readonly { words: readonly string[]; quartersAhead: number; current?: true }[] = [
  { words: ['next quarter', 'nxt quarter', 'next qtr', 'the following quarter', 'the coming quarter', '下个季度', '下季度', '下季', '下一季', '下一季度', '下一个季度', '下个季', '下一个季'], quartersAhead: 1 },
  { words: ['this quarter', 'the quarter', '本季度', '这个季度', '这季度', '本季', '今个季度', '呢个季度'], quartersAhead: 0, current: true },
];
const ORDINAL_WORDS: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/** Years relative to this one; "this year" alone counts only with a cue (it is mostly "this year we …"). */
const YEAR_PHRASES: readonly { words: readonly string[]; yearsAhead: number; current?: true }[] = [
  { words: ['next year', 'nxt year', 'the following year', 'the coming year', '明年', '下一年', '出年', '下年', '来年', '明年度', '下年度', '翌年'], yearsAhead: 1 },
  { words: ['the year after next', '后年', '再来年'], yearsAhead: 2 },
  { words: ['this year', 'the year', '今年', '本年', '今年度', '本年度'], yearsAhead: 0, current: true },
];
/** A part of the year on its own (this year's, or next year's once it has passed). */
const YEAR_PART_PHRASES: readonly { words: readonly string[]; part: Part }[] = [
  { words: ['year end', 'year-end', 'the year end', 'eoy', '年底', '年末', '年尾', '年内'], part: 'end' },
  { words: ['年初', '开年初', '年头'], part: 'early' },
  { words: ['mid-year', 'midyear', 'mid year', '年中'], part: 'mid' },
];
const ZH_YEAR_PART_GUARD = /[明今后去出下来本这那\d〇零一二三四五六七八九十年]$/;

/** Days relative to today. */
const DAY_PHRASES: readonly { words: readonly string[]; daysAhead: number; current?: true }[] = [
  { words: ['tomorrow', 'tmr', 'tmrw', 'tmw', 'tomorow', 'tommorow', 'tommorrow', 'tomorrrow', '2moro', '2morrow', '明天', '明日', '明儿', '听日', '明早', '明晚', '听朝', '听晚'], daysAhead: 1 },
  { words: ['the day after tomorrow', 'day after tomorrow', '后天', '后日', '明后日'], daysAhead: 2 },
  { words: ['大后天', '大后日'], daysAhead: 3 },
  { words: ['this time next week', 'same time next week', '下周这个时候', '下星期这个时候', '下礼拜这个时候', '下个礼拜呢个时候', '下星期呢个时候'], daysAhead: 7 },
  { words: ['today', 'later today', 'this afternoon', 'tonight', 'this evening', '今天', '今日', '今晚', '今天下午', '今日下昼', '本日'], daysAhead: 0, current: true },
];

/** The end of today's business ("by EOD", "COB", "by end of play"); not "at the end of the day" (ultimately), nor before a day it ends ("EOD Friday"). */
const END_OF_DAY = ['eod', 'cob', 'eob', 'end of day', 'end of business', 'close of business', 'end of play', 'close of play', 'end of today', '今天下班前', '今日放工前'];
/** A day right after "EOD" / "COB": the day named is the one ("by EOD Friday"). */
const DAY_AFTER_END_OF_DAY = /^\s*(?:on\s+|this\s+|next\s+)?(?:[a-z]+day|tomorrow|tmrw?|the\s+\d|\d)/;
/** The end of this quarter ("by EOQ", "quarter-end", 季末, 季度末, Taiwan's 季底). */
const QUARTER_END = ['eoq', 'end of quarter', 'quarter end', 'quarter-end', 'qtr end', 'end of qtr', '季末', '季度末', '季底', '季尾', '季度底'];
/** Before 季末 / 季底: it belongs to the quarter word before it ("下季度末", "第三季底"). */
const ZH_QUARTER_END_GUARD = /[个下本这今上第一二三四1-4]$/;

/** A holiday or season: its periods in a year. */
interface Occasion {
  words: readonly string[];
  inYear: (y: number) => readonly Period[];
  /** Only when "after" / "过完" / "后" is said with it (a number otherwise: "十一" is also eleven). */
  onlyWithAfter?: true;
  /** A season: early / mid / late apply. */
  season?: true;
}
/** The Spring Festival break: from new year's eve to the 7th day; "after" it is new year's day + 8. */
function springFestival(y: number): readonly Period[] {
  const date = LUNAR_NEW_YEAR[y];
  if (!date) return [];
  const newYear = dayOf(y, date[0], date[1]);
  return [period(newYear - 1, newYear + CNY_RETURN_DAYS - 1, newYear)];
}
/**
 * The Mid-Autumn Festival (八月十五), 2024–2040, as [month 0–11, day], from the published almanacs;
 * the holiday is its day (and the weekend beside it): "过完中秋" is the day after.
 */
const MID_AUTUMN: Readonly<Record<number, readonly [number, number]>> = {
  2024: [8, 17], 2025: [9, 6], 2026: [8, 25], 2027: [8, 15], 2028: [9, 3], 2029: [8, 22], 2030: [8, 12], 2031: [9, 1], 2032: [8, 19],
  2033: [8, 8], 2034: [8, 27], 2035: [8, 16], 2036: [9, 4], 2037: [8, 24], 2038: [8, 13], 2039: [9, 2], 2040: [8, 20],
};
function midAutumn(y: number): readonly Period[] {
  const date = MID_AUTUMN[y];
  return date ? [period(dayOf(y, date[0], date[1]))] : [];
}
/** The Lantern Festival (元宵, the 15th day of the first lunar month): "过完元宵再说" is the day after it. */
function lanternFestival(y: number): readonly Period[] {
  const date = LUNAR_NEW_YEAR[y];
  return date ? [period(dayOf(y, date[0], date[1]) + 14)] : [];
}
/**
 * 开春, early spring, as business means it: after the Spring Festival and its 元宵, in March (spring as 春季 reads it here,
 * March to May): 1 March, or the day after 元宵 when the festival runs into March (5 March 2034: the 6th). Through March.
 */
function earlySpring(y: number): readonly Period[] {
  const lantern = lanternFestival(y)[0];
  const march = dayOf(y, 2, 1);
  return [period(Math.max(march, lantern ? lantern.at + 1 : march), dayOf(y, 2, 31))];
}
/** Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher), the year's Easter as the Western churches keep it. */
function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayOf(y, Math.floor(n / 31) - 1, (n % 31) + 1);
}
/** The Easter holiday, Good Friday to Easter Monday: "after Easter" is the Tuesday. */
function easter(y: number): readonly Period[] {
  const sunday = easterSunday(y);
  return [period(sunday - 2, sunday + 1, sunday)];
}
/** Easter Monday alone: "after Easter Monday" is the Tuesday, "on Easter Monday" the Monday itself (not next week's Monday). */
const easterMonday = (y: number): readonly Period[] => [period(easterSunday(y) + 1)];
/** The year-end holidays (Christmas to January 4): "after the holidays" is January 5. */
const yearEndHolidays = (y: number): readonly Period[] => [period(dayOf(y, 11, 24), dayOf(y + 1, 0, 4))];
const summerBreak = (y: number): readonly Period[] => [period(dayOf(y, 6, 1), dayOf(y, 7, 31))];
/** US Thanksgiving (the fourth Thursday of November) to the Sunday after. */
function thanksgiving(y: number): readonly Period[] {
  const first = dayOf(y, 10, 1);
  const day = first + ((4 - dateOf(first).weekday + 7) % 7) + 21;
  return [period(day, day + 3)];
}
const fixedDays = (month: number, from: number, to: number) => (y: number): readonly Period[] => [period(dayOf(y, month, from), dayOf(y, month, to))];
/**
 * Taiwan's National Day, 雙十 (10 October), with the days off around it: the Friday before when it falls on a Saturday,
 * the Monday after when on a Sunday, the weekend after when on a Friday. The working day after it is the one after these.
 */
function taiwanNationalDay(y: number): readonly Period[] {
  const day = dayOf(y, 9, 10);
  const weekday = dateOf(day).weekday;
  return [period(weekday === 6 ? day - 1 : day, weekday === 5 ? day + 2 : weekday === 6 || weekday === 0 ? day + 1 : day)];
}
const seasonMonths = (firstMonth: number) => (y: number): readonly Period[] => [period(dayOf(y, firstMonth, 1), dayOf(y, firstMonth + 3, 0))];

const OCCASIONS: readonly Occasion[] = [
  { words: ['chinese new year', 'lunar new year', 'cny', 'spring festival', 'the spring festival', 'chinese ny', '春节', '农历新年', '农历年', '旧历新年', '旧历年', '新春', '过年', '春节假期', '春节长假', '春节假'], inYear: springFestival },
  // (Golden Week, National Day, 国庆 and 黄金周: REGIONAL_OCCASIONS, their days by country)
  { words: ['国庆黄金周', '十一长假', '十一假期', '十一黄金周'], inYear: fixedDays(9, 1, 7) },
  { words: ['十一'], inYear: fixedDays(9, 1, 7), onlyWithAfter: true },
  // Taiwan's National Day (雙十, 10 October) with its days off; not 双十一 (11 November's shopping day) nor 双十二.
  { words: ['双十', '双十节', '双十国庆', '国庆日连假'], inYear: taiwanNationalDay, onlyWithAfter: true },
  // The shopping festivals (11 November, 12 December): "双十一之后再联系", busy until then.
  { words: ['双十一', '双11'], inYear: (y) => [period(dayOf(y, 10, 11))] },
  { words: ['双十二', '双12'], inYear: (y) => [period(dayOf(y, 11, 12))] },
  // Taiwan's Peace Memorial Day (28 February) and its long weekend: "228連假後".
  { words: ['228', '二二八', '和平纪念日'], inYear: fixedDays(1, 28, 28), onlyWithAfter: true },
  { words: ['劳动节', '五一假期', '五一长假', '五一黄金周', 'may day', 'labour day holiday'], inYear: fixedDays(4, 1, 5) },
  { words: ['五一'], inYear: fixedDays(4, 1, 5), onlyWithAfter: true },
  { words: ['元旦', '元旦假期', "new year's day"], inYear: fixedDays(0, 1, 3) },
  { words: ['元宵', '元宵节', 'lantern festival', 'the lantern festival'], inYear: lanternFestival },
  { words: ['easter monday'], inYear: easterMonday },
  { words: ['easter', 'the easter break', 'easter break', 'the easter holidays', 'easter holidays', 'the easter weekend', 'easter weekend'], inYear: easter },
  { words: ['清明', '清明节', '清明假期'], inYear: fixedDays(3, 4, 6) },
  { words: ['中秋', '中秋节', '中秋假期', '中秋连假', '中秋长假', 'mid-autumn festival', 'mid-autumn', 'the mid-autumn festival', 'moon festival'], inYear: midAutumn },
  { words: ['canton fair', 'the canton fair', '广交会'], inYear: (y) => [period(dayOf(y, 3, 15), dayOf(y, 4, 5)), period(dayOf(y, 9, 15), dayOf(y, 10, 4))] },
  { words: ['the new year', 'new year', "new year's", 'new years'], inYear: fixedDays(0, 1, 4) },
  // 新年 (the calendar's new year; the lunar one is 过年 / 农历新年), only with "after": "过咗新年先再倾", "新年后再联系", "過完新年再約".
  { words: ['新年', '新历年', '阳历年'], inYear: fixedDays(0, 1, 4), onlyWithAfter: true },
  { words: ['christmas', 'xmas', 'x-mas', 'the festive season', 'the christmas break', 'the year-end holidays', '圣诞', '圣诞节', '圣诞假期'], inYear: yearEndHolidays },
  { words: ['thanksgiving', 'thanksgiving break', 'the thanksgiving holiday', 'thanksgiving weekend'], inYear: thanksgiving },
  { words: ['summer holidays', 'summer holiday', 'summer break', 'summer vacation', 'the summer holidays', 'the summer break', '暑假'], inYear: summerBreak },
  { words: ['spring', 'the spring', '春天', '春季'], inYear: seasonMonths(2), season: true },
  { words: ['summer', 'the summer', '夏天', '夏季'], inYear: seasonMonths(5), season: true },
  { words: ['autumn', 'the autumn', 'the fall', 'this fall', '秋天', '秋季'], inYear: seasonMonths(8), season: true },
  { words: ['winter', 'the winter', '冬天', '冬季'], inYear: seasonMonths(11), season: true },
];
/** The days of each holiday that differs by country. */
const REGIONAL_DAYS: Readonly<Record<RegionalHoliday, (y: number) => readonly Period[]>> = {
  // 昭和の日 (29 April) to こどもの日 (5 May)
  jp_golden_week: (y) => [period(dayOf(y, 3, 29), dayOf(y, 4, 5))],
  cn_national_day: fixedDays(9, 1, 7),
  hk_national_day: fixedDays(9, 1, 1),
  // (as 雙十 above: 10 October with its days off)
  tw_national_day: taiwanNationalDay,
};

/** Whether a local day (month 0–11) is one of a regional holiday's days ("tw_national_day" in 2026: Friday 9 to Sunday 11 October). */
export function isRegionalHolidayDay(holiday: RegionalHoliday, year: number, month: number, date: number): boolean {
  const day = dayOf(year, month, date);
  return REGIONAL_DAYS[holiday](year).some((p) => day >= p.from && day <= p.to);
}

/** Mainland China and its cities by name, in English and Chinese (`lib/situation/holiday-region.ts` reads a contact's place by them too). */
export const CHINA_PLACES = /\b(?:china|prc|beijing|shanghai|shenzhen|guangzhou|hangzhou|suzhou|chengdu|wuhan|nanjing|tianjin|xiamen|dongguan)\b|中国|中國|北京|上海|深圳|广州|廣州|杭州|苏州|蘇州|成都|武汉|南京|天津|厦门|東莞|东莞/i;
/** China named beside Golden Week ("Golden Week in China", "the October Golden Week", "mainland's National Day"): its October week. */
const CHINA_CUE = new RegExp(`${CHINA_PLACES.source}|\\b(?:chinese|mainland|october|oct)\\b|十一|国庆`, 'i');
/** Whether China is named in a text, read once a text (a text naming Golden Week many times asked it for every one). */
let chinaCueSeen: { text: string; named: boolean } | null = null;
function namesChina(text: string): boolean {
  if (chinaCueSeen?.text !== text) chinaCueSeen = { text, named: CHINA_CUE.test(text) };
  return chinaCueSeen.named;
}

/**
 * Holidays whose name means other days in another country, and which they are where. English "Golden Week" with nothing
 * about China is most often Japan's (the English name is Japan's; Chinese speakers say 黄金周 or National Day); 黄金周 in
 * Chinese is the mainland's unless the customer is in Japan; National Day and 国庆 are 1 October except in Taiwan (雙十).
 */
const REGIONAL_OCCASIONS: readonly { words: readonly string[]; holiday: (region: HolidayRegion | null, text: string) => RegionalHoliday }[] = [
  { words: ['golden week', 'the golden week', 'golden week holiday', 'golden week holidays', 'the golden week holidays', 'the golden week break', 'golden week break'], holiday: (region, text) => (region === 'jp' || (region === null && !namesChina(text)) ? 'jp_golden_week' : 'cn_national_day') },
  { words: ['october golden week', 'the october golden week', 'the national day golden week', 'national day golden week', 'china golden week', "china's golden week"], holiday: () => 'cn_national_day' },
  { words: ['黄金周', '黄金周假期', '黄金周长假'], holiday: (region) => (region === 'jp' ? 'jp_golden_week' : 'cn_national_day') },
  { words: ['ゴールデンウィーク', 'ゴールデンウイーク', 'gw'], holiday: () => 'jp_golden_week' },
  { words: ['national day', 'the national day holiday', 'national day holiday', 'the national day holidays', 'national day holidays', '国庆', '国庆节', '国庆假期', '国庆长假', '国庆连假'], holiday: (region) => (region === 'tw' ? 'tw_national_day' : region === 'hk' ? 'hk_national_day' : 'cn_national_day') },
];

/**
 * Where the words themselves say the writer keeps their holidays: Japanese kana, Japan's; Cantonese (嘅, 咗, 哋, 唔…), Hong
 * Kong's; Traditional characters with no Cantonese, Taiwan's (Hong Kong's formal written Chinese reads as Taiwan's here:
 * the contact's place, when known, decides); Simplified or none, nothing said.
 */
/** Japanese kana (hiragana, katakana): a Japanese writer's, never Chinese. */
export const KANA = /[\u3040-\u309f\u30a0-\u30ff]/;

export function regionOfWords(text: string): HolidayRegion | null {
  if (KANA.test(text)) return 'jp';
  if (/[嘅咗哋唔啲嚟喺冇佢噉咁乜嘢]|再傾|傾下|傾吓/.test(text)) return 'hk';
  return /[國慶們這說會來對過時為與請個後還週開聯絡約談與覆幾點號發給謝]/.test(text) && !/[国们这说会来对过时为与请个还开联络约谈几点号发给谢]/.test(text) ? 'tw' : null;
}

/** A regional holiday's find with its days as the region has them (a find of any other kind as it was). */
function regionalized(f: Found, region: HolidayRegion | null): Found {
  if (!f.regional) return f;
  const holiday = f.regional(region);
  return { ...f, holiday, resolver: yearly(REGIONAL_DAYS[holiday]) };
}

/** "the holidays": the year-end ones from September to January 4, the summer ones from June to August, unknown otherwise. */
const THE_HOLIDAYS = ['the holidays', 'the holiday season', 'holiday season', 'the hols', 'holidays'];

/** Chinese ways of saying "after the (lunar) new year" in one word. */
const ZH_AFTER_NEW_YEAR = ['过完年', '过了年', '过咗年', '过晒年', '开年后', '开年', '年后', '年过后'];
/** Before 年后 / 年前: a number ("两年后" is in two years), a vague count (数年前, 若干年前, 早年) or another year word. */
const ZH_NEW_YEAR_GUARD = /[\d〇零一二两兩三四五六七八九十几幾半明今去后前多每个個过過本新历曆数數早干]$/;

/** English words just before a date that make it "after" it. */
const EN_AFTER = /[^a-z](?:after|post|following|once|beyond|not until after|until after|till after)[\s-]*(?:the\s+)?$/;
/** "after the trade fair in March", "after our board meeting on the 20th": an event, then its date. */
const EN_AFTER_EVENT = /[^a-z]after\s+(?:the\s+|our\s+|my\s+|their\s+|this\s+|that\s+|his\s+|her\s+|a\s+)?(?:[a-z0-9'&-]+\s+){0,5}?(?:in|on|at|during|which is|that is|scheduled for|planned for)\s+(?:the\s+)?$/;
/**
 * "until our fiscal year closes on 31 January", "once the freeze ends in March", "till the audit is over
 * on the 20th": a period of theirs that ends on that day, so the day after it is meant (like "after").
 */
const EN_UNTIL_ENDS = /[^a-z](?:until|till|til|'til|not until|not till|once|when|after)\s+(?:the\s+|our\s+|my\s+|their\s+|this\s+|that\s+|his\s+|her\s+)?(?:[a-z0-9'&-]+\s+){0,4}?(?:closes|ends|is over|wraps up|finishes|is closed|has closed|has ended|is done|is complete|completes|runs out|expires|lifts|is lifted)\s+(?:on|in|at|by)?\s*(?:the\s+)?$/;
/**
 * "until X", and the start of X as the earliest day: "not before October", "no sooner than Q3" mean
 * October 1 and July 1 (the first day it may happen), not the day after X.
 */
const EN_UNTIL = /[^a-z](?:until|till|til|'til|untill|up until|up to|not until|not till|no earlier than|not before|no sooner than|not any earlier than)\s+(?:the\s+)?$/;
const EN_THROUGH = /[^a-z](?:through|thru|throughout|to the end of|through to)\s+(?:the\s+)?$/;
/** Words before a date that only point at it: absorbed into the span. */
const EN_POINT = /[^a-z](?:next|this coming|the coming|coming|this)\s+$/;
/** After a period: the words of its end ("once the quarter closes", "when Q4 wraps up"). */
const EN_ENDS_AFTER = /^\s+(?:closes|ends|is over|wraps up|winds down|finishes|is done|is closed|has closed|has ended|is finished|comes to an end)(?![a-z])/;
/** "when" before a period that ends ("when the quarter closes"): after it (never "when" alone: "when in January?"). */
const EN_WHEN = /[^a-z](?:when|as soon as)\s+(?:the\s+)?$/;
/** 一月第二周, 下个月第一个礼拜, 1月的最后一周 (folded): a week of the month before it. */
const ZH_NTH_WEEK_AFTER = /^的?第?([一二三四1-4]|最后)(?:一)?[个]?(?:周|星期|礼拜)(?![一二三四五六日天1-7末])/;

/**
 * The nth week of a month (0: its last), as weeks start on Monday: the first is the first Monday-started week with four or
 * more of its days in the month (the one holding its first Thursday, as ISO 8601 counts a year's weeks), the last the one
 * holding its last Thursday; its days clipped to the month. The second week of January 2027 is Monday 11 to Sunday 17 (Friday
 * 1 January falls in the week of 28 December); the first week of December 2026 is Tuesday 1 to Sunday 6.
 */
function weekOfMonth(p: Period, n: number): Period {
  const firstThursday = p.from + ((4 - dateOf(p.from).weekday + 7) % 7);
  const lastThursday = p.to - ((dateOf(p.to).weekday - 4 + 7) % 7);
  const monday = n === 0 ? lastThursday - 3 : firstThursday - 3 + 7 * (n - 1);
  if (monday > p.to) return period(p.to);
  return period(Math.max(monday, p.from), Math.min(monday + 6, p.to));
}

/** Before a day, the week it begins or is in: "w/c 14th", "w/b 11 January", "wc the 14th", "week beginning 14 December". */
const WEEK_OF_BEFORE = /(?:^|[^a-z/])(?:w\/[cb]|wc|wb|wk (?:of|commencing|beginning)|week (?:commencing|beginning|starting))\.?:?\s+(?:the\s+)?$/;
/** After a day, the week it is in: 14号那周, 14號嗰個禮拜, 14日那一週, 15号那个星期 (folded). */
const ZH_WEEK_OF_AFTER = /^\s*(?:的|嘅)?(?:那|嗰|呢|这)(?:一)?(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天1-7])/;
/** "the first week of", "the last week in": a week of the month after it. */
const NTH_WEEK_OF = /[^a-z](?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+week\s+(?:of|in)\s+(?:the\s+)?$/;
/** "first thing" before a day ("first thing Monday"): the day itself, absorbed. */
const FIRST_THING = /[^a-z]first thing(?:\s+on)?\s+$/;
/** English part words before a date. */
const EN_PARTS: readonly { pattern: RegExp; part: Part }[] = [
  { pattern: /[^a-z](?:early|earlier|early in|the beginning of|beginning of|the start of|start of|first thing)[\s-]*(?:in\s+)?(?:the\s+)?$/, part: 'early' },
  { pattern: /[^a-z](?:mid|middle of|the middle of|the middle|midway through)[\s-]*(?:the\s+)?$/, part: 'mid' },
  { pattern: /[^a-z](?:late|later in|the latter part of|latter part of|late in)[\s-]*(?:the\s+)?$/, part: 'late' },
  { pattern: /[^a-z](?:end of|the end of|towards? the end of|around the end of|by the end of|at the end of|close to the end of|the tail end of|the back end of|back end of)\s+(?:the\s+)?$/, part: 'end' },
];
/** Chinese part words after a date ("10月初", "下个月中", "明年年初"). */
const ZH_PART_AFTER = /^的?(?:年)?(初|上旬|中旬|下旬|中(?![国文心间午])|底|末|尾|头(?![发脑条号等先]))/;
const ZH_PART: Readonly<Record<string, Part>> = { 初: 'early', 头: 'early', 上旬: 'early', 中旬: 'mid', 中: 'mid', 下旬: 'late', 底: 'end', 末: 'end', 尾: 'end' };
/** Chinese "before" after a date ("月底前"): the date stays; the words join the span. */
const ZH_BEFORE_AFTER = /^(?:之前|以前|前(?!后))/;
/** Japanese "by" after a date ("月末までに", "来週の金曜日までに", "GWまでに"): a deadline, as 前; the words join the span. */
const JA_BY_AFTER = /^(?:の)?(?:まで|迄)に/;
/** Japanese "until" after a date ("月末まで出張", "来週まで不在"): through it; the words join the span. */
const JA_UNTIL_AFTER = /^(?:の)?(?:まで|迄)(?!に)/;
/** Japanese "after" after a date ("年末年始明け", "来週以降", "お盆の後"): the day after it (以降, "from", only after a holiday). */
const JA_AFTER_AFTER = /^(?:明け|あけ|の后|过ぎ)/;
/** English words of a deadline just before a date, or opening its span ("by the end of the quarter"): "by", "before", "no later than". */
const DEADLINE_BEFORE = /[^a-z](?:by|before|no later than|not later than|ahead of|prior to|in time for|latest by|at the latest by)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$|^\s*(?:by|before|ahead of|prior to)\s/;
/** A clause that says nothing happens before the date ("nothing will move before", "we can't sign before"): a wait for it. */
const NOT_BEFORE = /(?:^|[^a-z])(?:nothing|not|no|never|won't|wont|can't|cant|cannot|don't|dont|doesn't|isn't|aren't|unlikely|impossible)(?![a-z])|n't(?![a-z])/;
const ZH_NOT_BEFORE = /^(?:之前|以前|前)[^。！？!?，,；;]{0,6}?(?:不|没|沒|无|無|难|難|别|別|唔|冇)/;
/** The words from the start of the clause a date is in up to it. */
function clauseBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 80), at);
  return head.slice(Math.max(...['.', '!', '?', ';', ',', '\n', '。', '！', '？', '；', '，'].map((c) => head.lastIndexOf(c))) + 1);
}
/**
 * A period's end as a deadline: the period first (the one not over yet), then its last working day, or today when that
 * day has passed and the period has not (a month that ends on a weekend, read on its Saturday: due today, not next month's).
 */
function byLastWorkingDay(resolver: Resolver): Resolver {
  return fixed((ctx) => {
    const p = resolve(resolver, ctx);
    return p && period(Math.max(lastWorkingDay(p.to), ctx.today));
  });
}
/**
 * A holiday as a deadline: the next one whose first day off is still ahead, then the last working day before that day
 * (today when that has passed: "before National Day" said on the Saturday before it).
 */
function byLastWorkingDayBefore(resolver: Resolver): Resolver {
  return fixed((ctx) => {
    const p = resolve(resolver, ctx, true);
    return p && period(Math.max(lastWorkingDay(p.from - 1), ctx.today));
  });
}
/** The last Monday-to-Friday day on or before `day`. */
function lastWorkingDay(day: Day): Day {
  const weekday = dateOf(day).weekday;
  return weekday === 6 ? day - 1 : weekday === 0 ? day - 2 : day;
}
/** Chinese "after" after a date, maybe with an event in between ("国庆后", "3月展会后", "20号董事会开完之后"). */
const ZH_AFTER_AFTER = /^(?:的)?(?:[^\s\d,.!?;:"'()再联说谈]{0,6}?(?:展会|展览|博览会|交易会|会议|董事会|年会|大会|开会|评审|审批|假期|长假|出差|活动|发布会|峰会|论坛|培训|盘点|审计|招标|投标|连假|会))?(?:结束|开完|完)?(?:之后|以后|过后|后)(?![天日面])|^(?:节)?(?:假期)?过(?:完|了|咗)(?!年)/;
/** Chinese "after" before a date ("过完国庆", "等十一过后"). */
const ZH_AFTER_BEFORE = /(?:过完|过了|过咗|过埋|忙完|等过完)$/;
/** After a duration: it is a rate ("7 days a week", "24 hours a day"). */
const RATE_AFTER = /^\s*(?:a|an|per|each|every)\s+(?:day|week|month|year)(?![a-z])/;
/** Before "for <n> <unit>": the length of what they would sign, not a wait. */
const CONTRACT_LENGTH = /(?:sign|signed|signing|contract|contracted|commit|committed|committing|subscribe|subscription|licen[cs]e|licen[cs]ed|term|plan|deal|agreement|renew|renewal|lock(?:ed)? (?:in|ourselves in)|pay|paid|prepay|prepaid|billed)\s+(?:\w+\s+){0,3}for\s+$/;

/** Chinese "until / through" before a date ("休假至1月3日", "到下周五"). */
const ZH_THROUGH_BEFORE = /(?:至|到|直到|一直到)$/;
/** Before a date: it is in the past ("last Monday", "上周五", "去年9月"). */
const PAST_BEFORE = /(?:[^a-z](?:last|past|previous|since)\s+(?:the\s+)?|上个?|上一个?|上个?月|去年|前年)$/;

/** Between a year and the date it qualifies: "明年3月", "明年的第一季度", "March 2027", "Q3 of next year". */
const YEAR_JOIN = /^[\s,]*(?:of\s+|in\s+|的)?$/;
/** Between a week and a weekday: "next week on Tuesday", "Tuesday next week". */
const WEEK_JOIN = /^[\s,]*(?:on\s+)?(?:the\s+)?$/;
/** Between the two ends of a range: "Dec 20 – Jan 3", "12月20日至1月3日", "from Monday to Wednesday". */
const RANGE_JOIN = /^\s*(?:-|–|—|~|to|至|到)\s*(?:the\s+)?$/;

// ————————————————————————————————————————— cues —————————————————————————————————————————

type CueKind = 'recontact' | 'return' | 'deferral' | 'away' | 'future' | 'past' | 'movingOn' | 'timing' | 'anaphor' | 'begin';

/**
 * Words around a date that say what it is about. `recontact`: a verb of talking again or a
 * suggestion of a time; `return`: being back (also blocks the away reading); `deferral`: putting
 * it off; `away`: away or unavailable for the period (the day after it is meant); `future`: a
 * plain future word (enough only for forward words); `past`: the date is history or a description
 * (the clause is not read, unless it also has a re-contact verb, or the sentence has one pointing
 * back at it: "our fiscal year starts in April, reach out then"); `timing`: the whole message says
 * "not now" (a small weight for every date in it); `anaphor`: "then", "到时", pointing back.
 */
const CUES: Readonly<Record<CueKind, readonly string[]>> = {
  recontact: [
    'reach out', 'reach back', 'reach me', 'circle back', 'follow up', 'followup', 'follow-up', 'get back', 'get in touch', 'be in touch', 'keep in touch', 'touch base',
    'talk', 'speak', 'chat', 'revisit', 'contact', 'call', 'ring me', 'ping', 'email me', 'e-mail me', 'mail me', 'message me', 'text me', 'drop me', 'write to me',
    'write me', 'shoot me', 'hit me up', 'reconnect', 'check in', 'check back', 'catch up', 'connect', 'discuss', 'meet', 'see you', 'hear from', 'let you know',
    'come back', 'revert', 'pick this up', 'pick it up', 'pick things up', 'resume', 'reopen', 're-engage', 'look at this again', 'look at it again', 'take another look',
    'reconsider', 'try again', 'try me', 'bug me', 'remind me', 'nudge me', 'decide', 'decision', 'answer', 'respond', 'reply', 'update you', 'keep you posted', 'keep you updated', 'present to', 'presenting to', 'back to you', 'schedule', 'book', 'hear back',
    // their step that comes back to us that day (我周一跟老板汇报一下, 下週跟主管請示)
    '汇报', '请示',
    // (and in English: "I will take it to our GM on Friday", "we'll run it by the board Thursday": the working day after it)
    'take it to', 'take this to', 'take it up with', 'bring it to', 'bring this to', 'bring it up with', 'present it to', 'present this to', 'pitch it to',
    'put it to', 'put this to', 'put it before', 'run it by', 'run this by', 'raise it with', 'raise this with',
    'taking it to', 'taking this to', 'bringing it to', 'presenting it to', 'presenting this to', 'running it by',
    // ("I'm checking with the CFO on Monday", "we're meeting with legal Thursday": their step that day, an answer after it)
    'checking with', 'checking in with', 'check with', 'run it past', 'running it past', 'meeting with', 'sitting down with',
    // something of ours due to them that day ("they need our security questionnaire back by the 18th", 要求我们18号前提交问卷)
    'need our', 'needs our', 'need your', 'needs your', 'submit', '提交', '交返', '交回', '回传', '填好',
    // a day's deadline ("by EOD Friday", "COB Monday"): something is due to or from us that day
    'eod', 'cob', 'eob', 'end of day', 'end of business', 'close of business', '下班前', '下班之前', '收工前', '放工前',
    // something of theirs promised for that day ("I'll send the redlines over tomorrow", 明天把修改意见发给你): their move until then
    "i'll send", 'i will send', "we'll send", 'we will send', 'send them over', 'send it over', 'send you', '发给你', '发给您', '寄给你', '寄给您', '传给你', '传给您', '发过来', '发过去',
    // a rep's note of a promise either way ("he will send the questionnaire by Friday", 我周二把报价发给她): that day is the one to check
    "he'll send", 'he will send', "she'll send", 'she will send', "they'll send", 'they will send', '发给她', '发给他', '寄给她', '寄给他', '传给她', '传给他', '发给客户', '发给对方',
    // (a rep's shorthand: "We promised them a pilot plan by Monday", "need to send over the SOC 2 report by Wednesday", 我下週二回電)
    // (a promise to send named by whoever makes it: "Jonas will send the signed NDA Monday", "she'll get it back to us Monday")
    'will send', "'ll send", '’ll send', 'back to us', 'promised them', 'promised him', 'promised her', 'owe them', 'owe him', 'owe her', 'need to send', 'send over', '回电', '回電',
    // their answer expected by a day ("expect comments by the 18th", "you should have our feedback by the 15th", 18号前会给意见, 會俾返意見)
    'expect comments', 'expect feedback', 'expect redlines', 'expect an answer', 'expect a reply', 'expect a response', 'expect word', 'expect to hear', 'comments back',
    'feedback back', 'redlines back', 'have our feedback', 'have our comments', 'have feedback', 'have comments', 'get you our feedback', 'get you our comments', 'get you feedback',
    'get you comments', '给意见', '给反馈', '反馈意见', '给回复', '给答复', '俾意见', '俾返意见', '出意见',
    // hearing from us again then ("open to hearing from us in a year", "happy to talk again in the spring")
    'hearing from', 'hearing back', 'talking again', 'speaking again', 'chatting again', 'reconnecting',
    // a day agreed ("Monday at 11 is fine")
    'is fine', 'fine for me', 'fine with me', 'fine by me', 'fine for us', 'would work', 'work for you', 'works for you', 'would suit', 'suit you', 'suits you', 'suit me', '没问题', '没有问题',
    'set up', 'available', "i'm free", 'i am free', 'are you free', 'you free', 'free on', 'free next', 'works for me', 'work for me', 'works for us', 'works',
    'suits', 'good for me', 'convenient', 'can do', 'could do', 'am free', 'are free', "we're free", 'free at', "i'm around", 'how about', 'what about', 'shall we', 'can we', 'could we', "let's", 'lets', 'let us', 'regroup', 'sync', 'demo',
    '联系', '联络', '再说', '再谈', '再聊', '再议', '再看', '再考虑', '再讨论', '再沟通', '再约', '再定', '再决定', '再跟进', '跟进', '沟通', '找我', '找你', '揾我', '揾你',
    '揾返', '回复', '回覆', '答复', '答覆', '回你', '覆你', '覆佢', '回复佢', '答复佢', '通知你', '告诉你', '打电话', '打给', '致电', '约', '见面', '见个面', '聊聊', '聊一下', '谈谈', '谈一下', '倾', '讲',
    '有空', '得闲', '方便', '安排', '可以吗', '行吗', '方便吗', '好吗', '可不可以', '得唔得', 'ok吗', '行不行', '开个会', '碰一下', '碰个头', '过来', '来找', '拜访', '上门', '演示', '再倾', '再讲', '再算', '见',
    // Japanese, as folded (連絡 → 连络, 相談 → 相谈, 見積 → 见积): contact, reply, meet, send
    'ご连络', '连络', 'ご返信', '返信', '返事', 'ご回答', 'ご相谈', '打ち合わせ', '打合せ', 'ミーティング', '面谈', 'お电话', 'ご提案', 'お送り', '送付', 'ご提出',
    'ご案内', 'ご报告', 'お知らせ', 'お伺い', 'お见积', 'ご确认', '改めて', '再度',
  ],
  return: [
    'back', 'return', 'returning', 'returns', "i'll be back", 'be back', 'back in the office', 'back at work', 'back in office', 'resume work', 'resuming',
    'reopen', 'reopens', 'reopening',
    '回来', '返回', '回到', '返到', '上班', '返工', '复工', '恢复办公', '恢复上班', '返嚟', '返来', '回公司', '回国', '回办公室', '返公司',
    '戻り', '复帰', '出社',
  ],
  deferral: [
    'not now', 'not right now', 'not at the moment', 'not yet', 'not a good time', 'bad time', 'not the right time', 'maybe', 'perhaps', 'probably', 'possibly',
    'later', 'wait', 'hold off', 'hold on', 'on hold', 'pause', 'paused', 'no sooner', 'not before', 'until', 'till', 'timing', 'budget', 'funding', 'approval',
    // The body that decides meets then ("the board meets in January", "董事会一月才开会").
    'meets', 'convenes', 'board meeting', 'committee meeting', '开会', '董事会',
    'exec meeting', 'executive meeting', 'leadership meeting', 'leadership offsite', 'management meeting', 'partners meeting', "partners' meeting", 'steering committee',
    'investment committee', 'budget meeting', 'budget review', 'board review', 'offsite', 'agm', 'qbr', '例会', '周会', '管理层会议', '高管会', '办公会', '评审会',
    'closer to', 'around', 'sometime', 'some time', 'revisit', 're-evaluate', 'reevaluate', 'evaluate', 'consider', 'review', 'then', 'after that', 'give us', 'give me', 'give it', 'give them', 'at that point', 'by then', 'ideally', 'hopefully', 'earliest', 'no earlier',
    '现在不是时候', '不是时候', '暂时', '暂不', '先不', '目前', '等', '到时', '届时', '再', '之后', '以后', '后面', '预算', '考虑', '看看', '评估', '计划', '规划',
    '吧', '先', '迟些', '迟啲', '稍后', '晚点', '晚些', '才', '左右', '前后', '大概', '可能', '也许', '或者', '最好', '最早', '争取',
    // (Japanese: 検討, 見送り, 以降, 頃)
    '検讨', '见送', '保留', '以降', '顷', 'ごろ', '落ち着', '先送り',
  ],
  away: [
    'out of office', 'out of the office', 'ooo', 'away', 'on leave', 'annual leave', 'maternity leave', 'paternity leave', 'parental leave', 'sick leave',
    'on vacation', 'on holiday', 'on holidays', 'on pto', 'pto', 'traveling', 'travelling', 'on the road', 'on a trip', 'business trip', 'off work', 'day off',
    'days off', 'time off', "i'm off", 'i am off', "we're off", 'we are off', "i'm out", 'i am out', "we're out", 'we are out', 'offline', 'unavailable',
    'not available', 'busy', 'swamped', 'slammed', 'hectic', 'crazy', 'tied up', 'closed', 'no budget', 'budget is frozen', 'budget freeze', 'vacation', 'no time',
    '出差', '休假', '放假', '度假', '年假', '请假', '产假', '病假', '不在', '外出', '忙', '没空', '没时间', '唔得闲', '冇时间', '放紧假', '唔喺', '没预算', '没有预算',
    '冇预算', '预算冻结', '休息', '封账', '停工', '出国',
    '休暇', '出张', '休み', '休业', '立て込', 'バタバタ',
  ],
  future: [
    'will', "'ll", 'going to', 'gonna', 'would', 'could', 'can', 'should', 'might', 'plan to', 'want to', 'hope to', 'expect', 'shall', 'need to', 'have to',
    '会', '要', '可以', '打算', '准备', '想', '希望', '预计', '应该', '得',
    'します', 'いたします', '予定', 'つもり', 'させていただきます',
  ],
  past: [
    'met', 'was', 'were', 'had', 'did', 'went', 'ago', 'yesterday', 'thanks for', 'thank you for', 'thx for', 'thanks again for', 'enjoyed', 'tried', 'piloted', 'trialled', 'trialed', 'tested', 'started',
    'starts', 'start', 'begins', 'began', 'ends', 'ended', 'launched', 'launching', 'launch', 'released', 'founded', 'joined', 'happened', 'spoke', 'talked',
    'visited', 'attended', 'saw', 'sent', 'received', 'signed', 'finished', 'fiscal year', 'financial year', 'fiscal', 'birthday', 'anniversary', 'every',
    'each', 'weekly', 'monthly', 'usually', 'always', 'back then', 'used to', 'remember', 'recall', 'delivered', 'shipped', 'paid', 'invoiced', 'expired',
    'renews', 'renewal', 'hiring', 'moving', 'relocating', 'born', 'since',
    '上次', '上回', '去年', '刚才', '刚刚', '已经', '见过', '聊过', '谈过', '联系过', '沟通过', '开过', '去过', '来过', '用过', '讨论过', '说过', '发过', '开始', '成立',
    '财年', '财务年度', '会计年度', '每', '生日', '周年', '那次', '当时', '那时', '昨天', '前天', '搬家', '上线了', '到期',
  ],
  // Someone moving on, described: the day they move is no day to talk ("他下个月调去集团总部", "she transfers to Singapore in January"),
  // unless we go on after it ({@link GOES_ON_AFTER}: "新CIO一月上任后我们再推进", "retires in March; after that his successor decides").
  movingOn: [
    'transferring', 'transfers', 'transferred', 'relocates', 'retiring', 'retires', 'takes over', 'taking over', 'hands over', 'handing over',
    '调去', '调到', '调往', '调任', '调职', '调岗', '转岗', '离职', '辞职', '退休', '入职', '上任', '接任', '升任', '外派', '派驻', '跳槽', '过档', '接手',
  ],
  // Starting the work: with a constraint in its clause ({@link BEGIN_CONSTRAINT}) the date is when it can begin, the day to come back
  // ("nothing can start before Q3", "can't start until March", "最快四月才能开始", "三季度之前动不了").
  begin: [
    'start', 'begin', 'kick off', 'kickoff', 'kick things off', 'go live', 'go-live', 'roll out', 'rollout', 'roll it out', 'onboard', 'onboarding', 'implement',
    'implementation', 'get started', 'get going', 'move forward', 'will move', 'can move', 'moves', 'happen', 'happens', 'move ahead', 'proceed', 'ready', 'launch', 'take this on', 'take it on', 'look at new tools',
    '开始', '开工', '动工', '启动', '上线', '实施', '落地', '推进', '动', '开不了', '搞', '做', '弄', '签', '用', '换',
  ],
  anaphor: ['then', 'at that point', 'by then', 'at that time', 'around then', 'after that', '到时', '到时候', '届时', '那时候再', '那个时候再', 'その际', 'その顷'],
  timing: ['not now', 'not a good time', 'bad timing', 'not the right time', 'not right now', '现在不是时候', '不是时候', '暂时不', '先不', '目前不', '现在没空', '现在没时间', '迟啲先', '唔得闲'],
};

/**
 * In a clause with a {@link CUES} `begin` word, a constraint makes the date the earliest day the work
 * can start ("nothing can start before Q3", "we can't begin until March", "the earliest we could go
 * live is June", "要到九月才能开始", "9月前都动不了", "唔会喺三月之前开始"): that day is the day to come back.
 */
const BEGIN_CONSTRAINT = /(?<![a-z])(?:can'?t|cannot|can not|won'?t|will not|wouldn'?t|not|nothing|no one|nobody|unable|impossible|earliest|only|no way)(?![a-z])|不了|不能|没法|没办法|不会|唔会|唔得|不可能|动不了|开不了|才能|才可以|才会|才开始|才|最快|最早|之前|以前|前都/;

/** Words that may stand around a date in a sentence that is only the date ("Maybe September.", "下个季度吧"). */
const FILLER = [
  'maybe', 'perhaps', 'probably', 'possibly', 'around', 'about', 'sometime', 'some time', 'then', 'ok', 'okay', 'sure', 'try', 'in', 'on', 'at', 'by', 'the',
  'please', 'pls', 'plz', 'thx', 'thanks', 'thank you', 'how about', 'what about', 'hmm', 'well', 'so', 'yes', 'yeah', 'yep', 'no', 'nope', 'not now', 'not yet',
  'and', 'or', 'i think', 'i guess', 'earliest', 'at the earliest', 'at the latest', 'ideally', 'sounds good', 'fine', 'good', 'cool', 'great', 'hi', 'hey',
  'early', 'sometime in', 'more like', 'rather', 'prob', 'mb', 'lets say', "let's say", 'say',
  '吧', '啦', '呢', '啊', '呀', '哦', '嗯', '好', '好的', '先', '再', '左右', '前后', '的时候', '时候', '到时', '可以', '那就', '就', '要不', '或者', '最早', '最快', '大概',
  '可能', '也许', '估计', '应该', '啰', '喇', '咯', '罢', '先啦', '啩', '嘅', '喔', '噢', '吗', '行', '看看', '试试', '等', '到', '在',
];

// ————————————————————————————————————————— pattern helpers —————————————————————————————————————————

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const WORD_CHAR = /[a-z0-9]/;

/** One table word as a pattern: spaces match any run of spaces or a hyphen; latin words match whole words only. */
function wordSource(word: string): string {
  const body = word.replace(ESCAPE, '\\$&').replace(/ /g, '[\\s-]+');
  const head = WORD_CHAR.test(word.charAt(0)) ? '(?<![a-z0-9])' : '';
  const tail = WORD_CHAR.test(word.charAt(word.length - 1)) ? '(?![a-z0-9])' : '';
  return `${head}${body}${tail}`;
}

/** A table of words as one alternation, longest first. */
function wordsSource(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(wordSource).join('|');
}

/** The key a matched phrase is looked up by: spaces and hyphens as one space. */
const keyOf = (text: string): string => text.replace(/[\s-]+/g, ' ');

/**
 * Up to `n` characters before `index`, with a space in front when they reach the start of the
 * text: patterns ending in `$` see a word boundary there, and never half a word.
 */
function lookBack(text: string, index: number, n = 60): string {
  return (index <= n ? ' ' : '') + text.slice(Math.max(0, index - n), index);
}

/** A lookup from every word of a table (by {@link keyOf}) to its entry. */
function indexWords<T extends { words: readonly string[] }>(table: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const entry of table) for (const word of entry.words) index.set(keyOf(word), entry);
  return index;
}

/** The number a Chinese or English number word stands for ("十二", "两", "a couple of", "3"). */
function numberOf(word: string): number | null {
  const key = keyOf(word.trim());
  if (/^\d+(?:\.5)?$/.test(key)) return Number(key);
  const english = EN_NUMBERS[key];
  if (english !== undefined) return english;
  const vague = ZH_VAGUE_NUMBERS[key];
  if (vague !== undefined) return vague;
  const digit = ZH_DIGITS[key];
  if (digit !== undefined) return digit;
  const tens = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(key);
  if (tens) return (tens[1] ? (ZH_DIGITS[tens[1]] ?? 1) : 1) * 10 + (tens[2] ? (ZH_DIGITS[tens[2]] ?? 0) : 0);
  if (key.startsWith('廿')) return 20 + (ZH_DIGITS[key.slice(1)] ?? 0);
  return null;
}

// ————————————————————————————————————————— rules —————————————————————————————————————————

/** One kind of date words: a pattern, and a reader from a match to what it found (null: not a date after all). */
interface Rule {
  name: string;
  pattern: RegExp;
  read: (match: RegExpExecArray, text: string) => FoundInit | null;
}

const ZH_NUM = '\\d{1,2}|[〇零一二三四五六七八九十廿]{1,3}';
/** A dot after a short month or weekday word belongs to it ("Sept.", "Tue."); after a full one it ends the sentence. */
const SHORT_MONTHS = '(?<![a-z])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const SHORT_WEEKDAYS = '(?<![a-z])(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)';
const MONTH_INDEX = new Map(MONTH_WORDS.flatMap((words, month) => words.map((w) => [w, month] as const)));
const EN_MONTH = `(?<month>${[...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|')})(?:(?<=${SHORT_MONTHS})\\.)?`;
const ORD = '(?:st|nd|rd|th)?';
const WEEKDAY_INDEX = new Map(WEEKDAY_WORDS.flatMap((words, weekday) => words.map((w) => [w, weekday] as const)));

/** A day of a month in a year, or nothing when the month has no such day (February 30). */
function dayInMonth(y: number, m: number, d: number): Day | null {
  const day = dayOf(y, m, d);
  return d >= 1 && dateOf(day).m === ((m % 12) + 12) % 12 ? day : null;
}

/** A month, or some days of it ("December", "Dec 20", "20–24 December"), in a year. */
function monthDays(month: number, from: number | null, to: number | null): (y: number) => readonly Period[] {
  return (y) => {
    if (from === null) return [monthPeriod(y, month)];
    const start = dayInMonth(y, month, from);
    const end = to === null ? start : dayInMonth(y, month, to);
    return start !== null && end !== null && end >= start ? [period(start, end)] : [];
  };
}

/** A month word with its day: once a year, or in the year written next to it. */
function monthInit(month: number, from: number | null, to: number | null, year: number | null): FoundInit {
  const inYear = monthDays(month, from, to);
  return {
    resolver: year === null ? yearly(inYear) : fixed(() => inYear(year)[0] ?? null),
    reading: 'absolute',
    partable: from === null,
    isDate: from !== null && to === null,
  };
}

const twoDigitYear = (text: string | undefined): number | null => (text ? yearNumber(text) : null);
/** A year as written: "27" is 2027, and three digits are Taiwan's 民國 years (民國元年 is 1912: 115 is 2026). */
function yearNumber(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : text.length === 3 ? 1911 + Number(text) : Number(text);
}

/** Builds a rule over a table of phrases, each entry turned into what it finds. */
function phraseRule<T extends { words: readonly string[] }>(
  name: string,
  table: readonly T[],
  make: (entry: T) => FoundInit | null,
  guard?: (text: string, match: RegExpExecArray, entry: T) => boolean,
): Rule {
  const index = indexWords(table);
  return {
    name,
    pattern: new RegExp(wordsSource(table.flatMap((e) => e.words)), 'g'),
    read: (match, text) => {
      const entry = index.get(keyOf(match[0]));
      if (!entry || (guard && !guard(text, match, entry))) return null;
      return make(entry);
    },
  };
}

const REGIONAL_BY_WORDS = indexWords(REGIONAL_OCCASIONS);

/** Japanese weekday characters before 曜 / 曜日 (0 = Sunday). */
const JA_WEEKDAY: Readonly<Record<string, number>> = { 日: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6 };
/** Japan's fiscal year, April to March: the one `day` is in, as the year it starts. */
const fiscalYearOf = (ctx: Ctx): number => (ctx.month >= 3 ? ctx.year : ctx.year - 1);
const fiscalPeriod = (y: number): Period => period(dayOf(y, 3, 1), dayOf(y + 1, 2, 31));

/**
 * The common Japanese time words of business mail, as folded (週 → 周, 後 → 后), beside the tables above that take the
 * ones Chinese shares (来月, 来年, 月末, 中旬, 年内, 明日): a weekday (来週の金曜日, 金曜), the start of next week (週明け,
 * 来週頭), the days after the New Year (年明け), the year-end and Obon holidays (年末年始, お盆), Japan's fiscal year (来年度,
 * 年度末, 年度内: April to March, in Japanese only) and a count of days, weeks or months from today (2週間後, 3ヶ月後, 10日後:
 * in Japanese only, where 10日後 is ten days on, not after the 10th). The particles after them (までに "by", まで "until",
 * 明け "after", 以降 "from") are read in {@link modify}.
 */
const JA_RULES: readonly Rule[] = [
  {
    name: 'japanese weekday',
    pattern: /(?<rel>再来周|来周|翌周|今周)?(?:の)?(?<wd>[月火水木金土日])曜(?:日)?/g,
    read: (m, text) => {
      const weekday = JA_WEEKDAY[m.groups?.['wd'] ?? ''];
      // (毎週月曜日: every Monday, a habit)
      if (weekday === undefined || /[每毎]周?$/.test(text.slice(0, m.index))) return null;
      const rel = m.groups?.['rel'];
      if (rel === '今周') return { resolver: fixed((ctx) => period(thisWeekday(ctx, weekday))), reading: 'absolute' };
      if (rel) {
        const ahead = rel === '再来周' ? 2 : 1;
        return { resolver: fixed((ctx) => period(weekdayIn(ctx.monday + 7 * ahead, weekday))), reading: 'forward' };
      }
      return { resolver: fixed((ctx) => period(nextWeekday(ctx, weekday))), reading: 'absolute', weekday };
    },
  },
  {
    // 週明け, 来週明け, 来週頭, 来週早々: the start of next week, its Monday.
    name: 'japanese start of next week',
    pattern: /(?:来周|翌周)(?:明け|あけ|头|早々|早早)|周明け/g,
    read: () => ({ resolver: fixed((ctx) => period(ctx.monday + 7)), reading: 'forward' }),
  },
  {
    // 年明け: once the New Year's days (1–3 January) are over; 年始 alone, those days.
    name: 'japanese new year',
    pattern: /年明け|年あけ|新年明け/g,
    read: () => ({ resolver: yearly(fixedDays(0, 1, 3)), reading: 'forward', after: true }),
  },
  {
    // 年末年始 (29 December to 3 January) and お盆 (13–16 August): days off, read like any holiday ("年末年始明け", "お盆前に").
    name: 'japanese holidays',
    pattern: /年末年始|お盆|旧盆/g,
    read: (m) => ({
      resolver: yearly(m[0] === '年末年始' ? (y) => [period(dayOf(y, 11, 29), dayOf(y + 1, 0, 3))] : fixedDays(7, 13, 16)),
      reading: 'absolute',
      strict: true,
      daysOff: true,
    }),
  },
  {
    name: 'japanese fiscal year',
    pattern: /来年度|次年度|来期|年度末|年度内|期末/g,
    read: (m, text) => {
      if (!KANA.test(text)) return null;
      if (m[0] === '年度末' || m[0] === '期末' || m[0] === '年度内') {
        return { resolver: fixed((ctx) => period(fiscalPeriod(fiscalYearOf(ctx)).to)), reading: 'absolute', closing: true };
      }
      return { resolver: fixed((ctx) => fiscalPeriod(fiscalYearOf(ctx) + 1)), reading: 'forward' };
    },
  },
  {
    name: 'japanese duration',
    pattern: /(?<![\d〇零一二三四五六七八九十])(?<n>\d{1,2}|[一二三四五六七八九十]{1,3}|数)(?<unit>日|周间|ヶ月|か月|カ月|ヵ月|箇月|个月|年)(?:ほど|程)?(?:后|以内|以降)/g,
    read: (m, text) => {
      if (!KANA.test(text)) return null;
      const n = m.groups?.['n'] === '数' ? 3 : numberOf(m.groups?.['n'] ?? '');
      const word = m.groups?.['unit'] ?? '';
      if (n === null) return null;
      // (N日以降 is "from the Nth", a day of the month: 20日以降にお電話します is the 20th, not 20 days on; 3日後, 10日以内 count days)
      if (word === '日' && m[0].endsWith('以降')) return null;
      const unit: DurationUnit = word === '日' ? 'day' : word === '周间' ? 'week' : word === '年' ? 'year' : 'month';
      return { resolver: fixed((ctx) => period(addDuration(ctx.today, n, unit))), reading: 'forward' };
    },
  },
];

const RULES: readonly Rule[] = [
  {
    name: 'iso date',
    // (and Taiwan's 民國 years, 115 = 2026: "115/12/15", "115年12月15日", "民國115年12月15日")
    pattern: /(?<![\d.])(?:民国\s*)?(20\d{2}|1[0-2]\d|130)[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?![\d])/g,
    read: (m) => {
      const [y, mo, d] = [yearNumber(m[1] ?? ''), Number(m[2]) - 1, Number(m[3])];
      const day = mo >= 0 && mo <= 11 ? dayInMonth(y, mo, d) : null;
      return day === null ? null : { resolver: fixed(() => period(day)), reading: 'absolute', isDate: true };
    },
  },
  {
    name: 'chinese month',
    pattern: new RegExp(`(?<![\\d〇零一二三四五六七八九十第])(?:(?:民国\\s*)?(?<year>20\\d{2}|1[0-2]\\d|130)年)?(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(?<from>${ZH_NUM})(?:日|号)?(?:\\s*(?:-|–|~|至|到)\\s*(?<to>${ZH_NUM})(?:日|号))?)?(?![\\d个])`, 'g'),
    read: (m) => {
      const month = numberOf(m.groups?.['month'] ?? '');
      const from = m.groups?.['from'] ? numberOf(m.groups['from']) : null;
      const to = m.groups?.['to'] ? numberOf(m.groups['to']) : null;
      if (month === null || month < 1 || month > 12) return null;
      // "3月20" needs 日/号 unless it is digits; a bare number after 月 could be a count.
      if (from !== null && !/[日号]/.test(m[0]) && !/^\d/.test(m.groups?.['from'] ?? '')) return null;
      return monthInit(month - 1, from, to, twoDigitYear(m.groups?.['year']));
    },
  },
  {
    name: 'english month',
    pattern: new RegExp(
      `(?<![a-z0-9])(?:(?:the\\s+)?(?<d1>\\d{1,2})${ORD}(?:\\s*(?:-|–|to)\\s*(?<e1>\\d{1,2})${ORD})?\\s+(?:of\\s+)?)?${EN_MONTH}(?![a-z])(?:\\s+(?:the\\s+)?(?<d2>\\d{1,2})${ORD}(?![\\d:])(?:\\s*(?:-|–|to)\\s*(?<e2>\\d{1,2})${ORD}(?![\\d:]))?)?(?:,?\\s+(?<year>20\\d{2})(?!\\d)|\\s*'(?<yy>\\d{2})(?!\\d))?`,
      'g',
    ),
    read: (m, text) => {
      const word = m.groups?.['month'] ?? '';
      const month = MONTH_INDEX.get(word);
      if (month === undefined) return null;
      const day = m.groups?.['d1'] ?? m.groups?.['d2'];
      const end = m.groups?.['e1'] ?? m.groups?.['e2'];
      const year = twoDigitYear(m.groups?.['year'] ?? m.groups?.['yy']);
      if (AMBIGUOUS_MONTHS.has(word) && day === undefined && year === null && !MONTH_PREPOSITION.test(lookBack(text, m.index, 24))) return null;
      // "may" before a verb or pronoun is the modal ("we may talk"), even after a preposition.
      if (word === 'may' && day === undefined && /^\s+(?:i|we|you|he|she|they|it|be|have|not|also|still|need|want|take|get|do|go|come|see|well)\b/.test(text.slice(m.index + m[0].length))) return null;
      const from = day === undefined ? null : Number(day);
      if (from !== null && (from < 1 || from > 31)) return null;
      return monthInit(month, from, end === undefined ? null : Number(end), year);
    },
  },
  {
    name: 'slash date',
    pattern: /(?<![\d/.:$€£¥])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/%])/g,
    read: (m, text) => {
      // "24/7" (always), "3/4 of the seats", "1/2 off": no dates.
      if (m[0] === '24/7' || /^\s*(?:of|off)(?![a-z])/.test(text.slice(m.index + m[0].length))) return null;
      let [month, date] = [Number(m[1]), Number(m[2])];
      if (month > 12 && date <= 12) [month, date] = [date, month];
      if (month < 1 || month > 12 || date < 1 || date > 31) return null;
      return monthInit(month - 1, date, null, twoDigitYear(m[3]));
    },
  },
  {
    name: 'english weekday',
    pattern: new RegExp(
      // (a week counted from a day: "a week on Friday" (British), "a week from Monday" (American), "Monday week" (British))
      `(?<![a-z'])(?:(?<weeks>a|one|two|three|2|3)\\s+weeks?\\s+(?:on|from)\\s+(?:this\\s+)?|(?<rel>next|nxt|this|this coming|coming|on|the following|following)\\s+)?(?<wd>${[...WEEKDAY_INDEX.keys()].sort((a, b) => b.length - a.length).join('|')})(?:(?<=${SHORT_WEEKDAYS})\\.)?(?![a-z])(?:,?\\s+(?<wk>next week|this week|nxt week|the week after next|after next)|\\s+(?<wkafter>week)(?![a-z'-]|\\s+(?:of|after|before|to|and|or|in|is|was|will)(?![a-z])))?`,
      'g',
    ),
    read: (m) => {
      const weekday = WEEKDAY_INDEX.get(m.groups?.['wd'] ?? '');
      if (weekday === undefined) return null;
      const rel = m.groups?.['rel'];
      const week = m.groups?.['wk'];
      const weeks = m.groups?.['weeks'] ? (numberOf(m.groups['weeks']) ?? 1) : m.groups?.['wkafter'] ? 1 : 0;
      if (weeks > 0) return { resolver: fixed((ctx) => period(nextWeekday(ctx, weekday) + 7 * weeks)), reading: 'forward' };
      if (week) {
        const ahead = week.includes('after') ? 2 : week.startsWith('this') ? 0 : 1;
        return { resolver: fixed((ctx) => period(weekdayIn(ctx.monday + 7 * ahead, weekday))), reading: 'forward' };
      }
      if (rel === 'this') return { resolver: fixed((ctx) => period(thisWeekday(ctx, weekday))), reading: 'absolute' };
      // "the following Monday": that weekday of next week, unless a day named before it anchors it (see findNamedDate).
      if (rel?.endsWith('following')) return { resolver: fixed((ctx) => period(weekdayIn(ctx.monday + 7, weekday))), reading: 'forward', following: true };
      const bare = !rel || rel === 'on';
      return { resolver: fixed((ctx) => period(nextWeekday(ctx, weekday))), reading: bare ? 'absolute' : 'forward', weekday: bare ? weekday : null };
    },
  },
  {
    name: 'chinese weekday',
    // (not 这周一直在出差, "all this week": 一直 is "all along", no Monday)
    pattern: /(?<rel>下下个?|下一?个?|这一?个?|本|今个|呢个|隔)?(?:周|星期|礼拜)(?<wd>[一二三四五六日天1-7])(?![\d个]|(?<=一)直)/g,
    read: (m, text) => {
      const weekday = ZH_WEEKDAY[m.groups?.['wd'] ?? ''];
      if (weekday === undefined) return null;
      const rel = m.groups?.['rel'] ?? '';
      // "周一" inside "每周一" (every Monday) or "上周一" (last Monday) is not ahead.
      if (!rel && /[每上]$/.test(text.slice(0, m.index))) return null;
      // 隔週一 (Taiwan): the Monday of the week after; after a day named before it ("週四…改到隔週一"), the Monday after that day.
      if (rel === '隔') return { resolver: fixed((ctx) => period(weekdayIn(ctx.monday + 7, weekday))), reading: 'forward', following: true };
      if (rel.startsWith('下')) {
        const ahead = rel.startsWith('下下') ? 2 : 1;
        return { resolver: fixed((ctx) => period(weekdayIn(ctx.monday + 7 * ahead, weekday))), reading: 'forward' };
      }
      if (rel) return { resolver: fixed((ctx) => period(thisWeekday(ctx, weekday))), reading: 'absolute' };
      return { resolver: fixed((ctx) => period(nextWeekday(ctx, weekday))), reading: 'absolute', weekday };
    },
  },
  phraseRule('week', WEEK_PHRASES, (entry) => ({
    resolver: fixed((ctx) => {
      const monday = ctx.monday + 7 * entry.weeksAhead;
      return entry.weekend ? period(monday + 5, monday + 6) : period(monday, monday + 6);
    }),
    reading: entry.current ? 'absolute' : 'forward',
    partable: !entry.weekend,
    weeksAhead: entry.weekend ? null : entry.weeksAhead,
  })),
  phraseRule('month', MONTH_PHRASES, (entry) => ({
    resolver: fixed((ctx) => monthPeriod(ctx.year, ctx.month + entry.monthsAhead)),
    reading: entry.current ? 'absolute' : 'forward',
    partable: true,
    monthsAhead: entry.monthsAhead,
  })),
  phraseRule(
    'part of the month',
    MONTH_PART_PHRASES,
    // Early and mid parts named once under way mean next month's ("月初" said on the 4th); the end is always ahead.
    (entry) => ({ resolver: monthly((y, m) => partOf(monthPeriod(y, m), entry.part)), reading: 'absolute', strict: entry.part !== 'end', ...(entry.part === 'end' ? { closing: true as const } : {}) }),
    (text, m) => !ZH_MONTH_PART_GUARD.test(text.slice(0, m.index)),
  ),
  phraseRule('quarter', QUARTER_PHRASES, (entry) => ({
    resolver: fixed((ctx) => quarterPeriod(ctx.year, Math.floor(ctx.month / 3) + entry.quartersAhead)),
    reading: entry.current ? 'absolute' : 'forward',
    partable: true,
  })),
  {
    name: 'named quarter',
    pattern: /(?<![a-z0-9])(?:q(?<q>[1-4])|(?:the\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)(?![a-z0-9])|第(?<zq>[一二三四1-4])(?:个)?季度?|(?<![第\d一二三四])(?<zq2>[一二三四1-4])季度/g,
    read: (m) => {
      const g = m.groups ?? {};
      const q = g['q'] ? Number(g['q']) : g['ord'] ? (ORDINAL_WORDS[g['ord']] ?? null) : numberOf(g['zq'] ?? g['zq2'] ?? '');
      if (q === null || q < 1 || q > 4) return null;
      return { resolver: yearly((y) => [quarterPeriod(y, q - 1)]), reading: 'absolute', partable: true, strict: true };
    },
  },
  {
    name: 'half year',
    pattern: /(?<![a-z0-9])(?:h(?<h>[12])|(?:the\s+)?(?<ord>first|second|1st|2nd|latter|back)\s+half(?:\s+of\s+(?:the|this)\s+year)?)(?![a-z0-9])|(?<zh>上|下)半年/g,
    read: (m, text) => {
      const g = m.groups ?? {};
      // "second half" alone is often of a match or a month: only with "of the year" or a year next to it.
      if (g['ord'] && !/year/.test(m[0]) && !/^\s+of\s+(?:next year|20\d{2})/.test(text.slice(m.index + m[0].length))) return null;
      const half = g['h'] ? Number(g['h']) - 1 : g['zh'] ? (g['zh'] === '上' ? 0 : 1) : /first|1st/.test(g['ord'] ?? '') ? 0 : 1;
      return { resolver: yearly((y) => [halfPeriod(y, half)]), reading: 'absolute', partable: true, strict: true };
    },
  },
  phraseRule('year', YEAR_PHRASES, (entry) => ({
    resolver: fixed((ctx) => yearPeriod(ctx.year + entry.yearsAhead)),
    reading: entry.current ? 'absolute' : 'forward',
    partable: true,
    year: (ctx) => ctx.year + entry.yearsAhead,
  })),
  phraseRule(
    'part of the year',
    YEAR_PART_PHRASES,
    (entry) => ({ resolver: yearly((y) => [partOf(yearPeriod(y), entry.part)]), reading: 'absolute', strict: entry.part !== 'end', ...(entry.part === 'end' ? { closing: true as const } : {}) }),
    (text, m) => !ZH_YEAR_PART_GUARD.test(text.slice(0, m.index)),
  ),
  {
    name: 'numbered year',
    // (民國115年: Taiwan's year 115, 2026; only with 民國, or with 年 and a month after it (115年12月): 120年历史, 130年一遇 are counts)
    pattern: /(?<![\d.,$€£¥'])(?:(20[2-9]\d)(?:年)?|民国\s*(1[0-2]\d|130)年|(?<!民国\s*)(1[0-2]\d|130)年(?=\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月))(?![\d%])/g,
    read: (m, text) => {
      const year = m[1] ? Number(m[1]) : yearNumber(m[2] ?? m[3] ?? '');
      const standalone = m[0].endsWith('年') || /[^a-z](?:in|by|until|till|through|thru|after|early|mid|late|end of|beginning of|start of|during)[\s-]+$/.test(lookBack(text, m.index, 16));
      return { resolver: fixed(() => yearPeriod(year)), reading: standalone ? 'absolute' : 'qualifier', partable: true, year: () => year };
    },
  },
  {
    name: 'english duration',
    pattern: new RegExp(
      `(?<![a-z0-9])(?:(?<pre>(?:in|within|over|during) the next|the next|in|after|within|another|a further|for another)\\s+)?(?<n>\\d{1,2}(?:\\.5)?|a couple of|a couple|couple of|a few|few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?<=next\\s+)(?=fortnight))(?:\\s*(?:-|–|to|or)\\s*(?<n2>\\d{1,2}|two|three|four|five|six))?\\s*(?:more\\s+)?(?<unit>${wordsSource(DURATION_UNITS.flatMap((u) => u.words.filter((w) => /^[a-z]/.test(w))).concat(FORTNIGHT, 'fortnights'))})(?:'s?)?(?<more>\\s+or\\s+(?:two|so)|\\s+(?:from now|from today|later|out|time|'s time|hence|down the line|down the road))?`,
      'g',
    ),
    read: (m, text) => {
      const g = m.groups ?? {};
      const before = lookBack(text, m.index, 24);
      const forward = g['pre'] !== undefined || /[^a-z](?:give (?:it|me|us|them)|wait|wait for|for|another)\s+$/.test(before) || /from|later|time|hence|out|down/.test(g['more'] ?? '');
      // ("the next fortnight": one)
      const n = g['n'] === '' ? 1 : numberOf(g['n2'] ?? g['n'] ?? '');
      const unitWord = g['unit'] ?? '';
      // "a day" / "a week" with nothing forward around it is a rate or a length ("twice a week").
      if (n === null || (!forward && /^(?:a|an)$/.test(g['n'] ?? ''))) return null;
      // A rate or a price's period ("open 7 days a week", "$1,200/12 months", "per 12 months") is no day to come back.
      if (RATE_AFTER.test(text.slice(m.index + m[0].length)) || /(?:\/|[^a-z]per)\s*$/.test(before)) return null;
      // A contract's length ("can we sign for one year first?", "a licence for two years") is no day to come back.
      if (!g['pre'] && CONTRACT_LENGTH.test(before)) return null;
      const count = /or two/.test(g['more'] ?? '') ? Math.max(n, 2) : n;
      const unit = unitWord.startsWith(FORTNIGHT) ? 'fortnight' : (DURATION_UNITS.find((u) => u.words.includes(unitWord.replace(/s$/, '')) || u.words.includes(unitWord))?.unit ?? null);
      if (!unit) return null;
      return { resolver: fixed((ctx) => period(addDuration(ctx.today, count, unit))), reading: forward ? 'forward' : 'absolute' };
    },
  },
  {
    name: 'chinese duration',
    pattern: new RegExp(
      `(?<![\\d])(?<pre>(?:再过|过|等|迟|晚|隔)多?)?(?<n>一两|两三|三四|三五|\\d{1,2}|[〇零一二两三四五六七八九十几半]{1,3})(?<ge>个)?(?<half>半)?(?<unit>个星期|个礼拜|个季度|个季|个月|星期|礼拜|季度|周|天|日|年)(?<post>之后|以后|过后|后|左右|之内|以内|内)?`,
      'g',
    ),
    read: (m, text) => {
      const g = m.groups ?? {};
      if (!g['pre'] && !g['post']) return null;
      const n = numberOf(g['n'] ?? '');
      const unitWord = g['unit'] ?? '';
      if (n === null) return null;
      // 日 after digits is a date ("20日后" is after the 20th), 年 after four digits a year.
      if (unitWord === '日' && /^\d/.test(g['n'] ?? '')) return null;
      // "三天" inside "周三天" / "星期三天气" is a weekday, and 月 needs 个 ("3月后" is after March).
      if (/[周期拜]$/.test(text.slice(0, m.index))) return null;
      const unit = DURATION_UNITS.find((u) => u.words.includes(unitWord))?.unit;
      if (!unit) return null;
      const count = n + (g['half'] ? 0.5 : 0);
      return { resolver: fixed((ctx) => period(addDuration(ctx.today, count, unit))), reading: 'forward' };
    },
  },
  phraseRule('day', DAY_PHRASES, (entry) => ({
    resolver: fixed((ctx) => period(ctx.today + entry.daysAhead)),
    reading: 'absolute',
  })),
  {
    name: 'end of the day',
    pattern: new RegExp(wordsSource(END_OF_DAY), 'g'),
    read: (m, text) => (DAY_AFTER_END_OF_DAY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) ? null : { resolver: fixed((ctx) => period(ctx.today)), reading: 'absolute' }),
  },
  {
    name: 'end of the quarter',
    pattern: new RegExp(wordsSource(QUARTER_END), 'g'),
    read: (m, text) =>
      ZH_QUARTER_END_GUARD.test(text.slice(0, m.index))
        ? null
        : { resolver: fixed((ctx) => partOf(quarterPeriod(ctx.year, Math.floor(ctx.month / 3)), 'end')), reading: 'absolute', closing: true },
  },
  {
    name: 'day of the month',
    pattern: /(?<![a-z0-9])(?:the\s+)?(?<d>\d{1,2})(?<ord>st|nd|rd|th)(?![a-z0-9])|(?<![\d〇零一二三四五六七八九十第])(?<!(?<![个下本这今呢])月)(?<zd>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:号|日)(?![元币本子常])/g,
    read: (m, text) => {
      const g = m.groups ?? {};
      const after = text.slice(m.index + m[0].length);
      // "the 3rd option", "our 20th anniversary": an ordinal before a noun is no date.
      if (g['d'] && /^\s+(?!(?:of|at|or|and|then|works|work|would|is|please|pls|if|when|so|maybe|to|through|thru|till|until|in|on|for|will|could|can|should|shall|next|this|we|i|you|they|let's|lets|let|sounds|suits|onwards|ok|okay|fine|is|as|because|but|the|ideally|latest|earliest|at the latest)\b)[a-z]/.test(after)) return null;
      if (g['d'] && /^\s+of\s+(?!(?:the|this|next)\s+month)/.test(after)) return null;
      const date = g['d'] ? Number(g['d']) : numberOf(g['zd'] ?? '');
      if (date === null || date < 1 || date > 31) return null;
      // "每个月10号结账", "on the 10th of every month": a day that recurs each month is a habit, no one day to come back on.
      if (/(?:每个?月|每個?月|每月)\s*$/.test(text.slice(0, m.index)) || /^\s+of\s+(?:each|every)\s+month/.test(after)) return null;
      return { resolver: monthly((y, mo) => { const day = dayInMonth(y, mo, date); return day === null ? null : period(day); }), reading: 'absolute', isDate: true, dayOfMonth: date };
    },
  },
  phraseRule(
    'holiday',
    OCCASIONS,
    (entry) => ({ resolver: yearly(entry.inYear), reading: 'absolute', partable: entry.season === true, strict: true, ...(entry.season ? {} : { daysOff: true as const }) }),
    (text, m, entry) => {
      if (!entry.onlyWithAfter) return true;
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + m[0].length);
      // 十一 / 五一 as holidays only with "after" or "before" words and not as numbers ("十一月", "第十一", "五一二").
      return !/[\d〇零一二三四五六七八九十第月]$/.test(before) && !/^[月号日点个\d〇零一二三四五六七八九十]/.test(after) && (ZH_AFTER_AFTER.test(after) || ZH_AFTER_BEFORE.test(before) || ZH_BEFORE_AFTER.test(after) || /^(?:假期|长假|连假|黄金周)/.test(after));
    },
  ),
  {
    name: 'holiday by country',
    pattern: new RegExp(wordsSource(REGIONAL_OCCASIONS.flatMap((e) => e.words)), 'g'),
    read: (m, text) => {
      const entry = REGIONAL_BY_WORDS.get(keyOf(m[0]));
      // ("GW" is Golden Week in Japanese only: GW明け)
      if (!entry || (m[0] === 'gw' && !KANA.test(text))) return null;
      // (the days are set once the region is known: `regionalized`; China's until then) ゴールデンウィーク明け: after it.
      const after = /^(?:明け|あけ|以降|の後|後)/.test(text.slice(m.index + m[0].length));
      return { resolver: yearly(REGIONAL_DAYS.cn_national_day), reading: 'absolute', strict: true, daysOff: true, regional: (region) => entry.holiday(region, text), ...(after ? { after: true } : {}) };
    },
  },
  {
    name: 'the holidays',
    pattern: new RegExp(wordsSource(THE_HOLIDAYS), 'g'),
    // "holidays" without "the" only right after "after" ("on holidays" is being away).
    read: (m, text) => m[0] !== 'holidays' || EN_AFTER.test(lookBack(text, m.index, 24)) ? ({
      resolver: fixed((ctx) => {
        if (ctx.month >= 5 && ctx.month <= 7) return summerBreak(ctx.year)[0] ?? null;
        if (ctx.month >= 8) return yearEndHolidays(ctx.year)[0] ?? null;
        const last = yearEndHolidays(ctx.year - 1)[0];
        return last && last.to >= ctx.today ? last : null;
      }),
      reading: 'absolute',
    }) : null,
  },
  {
    name: 'after the new year',
    pattern: new RegExp(wordsSource(ZH_AFTER_NEW_YEAR), 'g'),
    read: (m, text) => {
      if (/^年/.test(m[0]) && ZH_NEW_YEAR_GUARD.test(text.slice(0, m.index))) return null;
      return { resolver: yearly(springFestival), reading: 'forward', after: true };
    },
  },
  {
    // 年前: before the (lunar) new year, by its eve (除夕): "年前给你答复"; not "两年前" (two years ago) nor 过年前 (the holiday's own rule).
    name: 'before the new year',
    pattern: /年前(?![后後])/g,
    read: (m, text) => (ZH_NEW_YEAR_GUARD.test(text.slice(0, m.index)) ? null : { resolver: yearly((y) => springFestival(y).map((p) => period(p.from))), reading: 'absolute', strict: true }),
  },
  {
    // 开春 / 開春 (early spring, once the new year is over; "开春以后再看", "等開春之後再約"): {@link earlySpring}. Not 开春节联欢会, 开春季订货会.
    name: 'early spring',
    pattern: /(?:一|等)?开春(?![节季茶])(?:以后|之后|过后|后|了)?/g,
    read: () => ({ resolver: yearly(earlySpring), reading: 'forward' }),
  },
  {
    // "the week after" (not "the week after next"): the week after the day named before it, else the week after this one.
    name: 'the week after',
    pattern: /(?<![a-z])(?:the|a) week after(?!\s+(?:next|that|the|our|my|their|this|\w+ing)\b)(?![a-z])|隔周(?![一二三四五六日天1-7])/g,
    read: () => ({ resolver: fixed((ctx) => period(ctx.monday + 7)), reading: 'forward', following: true, weekAfter: true }),
  },
  {
    // 节后 / 節後 / 过完节 with no holiday named: the holiday ahead or under way, by when it is said (late January: the
    // Spring Festival, not 年底; late September: National Day; late December: 元旦); nothing when none is near.
    name: 'after the holiday',
    pattern: /(?:节后|節後|节日后|節日後|过完节|過完節|过了节|過了節|放完假|假期结束后|假期結束後|收假后|收假後)/g,
    read: (m, text) => (ZH_NAMED_HOLIDAY_BEFORE.test(text.slice(0, m.index)) ? null : { resolver: fixed(holidayAhead), reading: 'forward', after: true }),
  },
  ...JA_RULES,
];

/** A holiday named before 节后 ("春节后", "国庆节后"): that rule reads it. */
const ZH_NAMED_HOLIDAY_BEFORE = /(?:春|国庆|國慶|中秋|圣诞|聖誕|劳动|勞動|清明|端午|元宵|元旦|感恩|重阳|重陽|七夕|情人|母亲|母親|父亲|父親|儿童|兒童|妇女|婦女|五一|十一)$/;

/** The holiday a bare "after the holiday" (节后) means: the one ahead or under way, within weeks of today; null when none is near. */
function holidayAhead(ctx: Ctx): Period | null {
  const newYearsDay = (y: number) => period(dayOf(y, 0, 1), dayOf(y, 0, 3));
  if (ctx.month === 11 && ctx.today >= dayOf(ctx.year, 11, 15)) return newYearsDay(ctx.year + 1);
  if (ctx.today <= dayOf(ctx.year, 0, 3)) return newYearsDay(ctx.year);
  for (const y of [ctx.year, ctx.year + 1]) {
    const spring = springFestival(y)[0];
    if (spring && ctx.today >= spring.at - 45 && ctx.today <= spring.to) return spring;
  }
  const nationalDay = period(dayOf(ctx.year, 9, 1), dayOf(ctx.year, 9, 7));
  if (ctx.today >= dayOf(ctx.year, 8, 10) && ctx.today <= nationalDay.to) return nationalDay;
  const mayDay = period(dayOf(ctx.year, 4, 1), dayOf(ctx.year, 4, 5));
  if (ctx.today >= dayOf(ctx.year, 3, 15) && ctx.today <= mayDay.to) return mayDay;
  return null;
}


/** This week's given weekday, or the next one when it has passed. */
function thisWeekday(ctx: Ctx, weekday: number): Day {
  const day = weekdayIn(ctx.monday, weekday);
  return day >= ctx.today ? day : day + 7;
}

/** Today plus a duration. */
function addDuration(today: Day, count: number, unit: DurationUnit | 'fortnight'): Day {
  switch (unit) {
    case 'day':
      return today + Math.round(count);
    case 'week':
      return today + Math.round(count * 7);
    case 'fortnight':
      return today + Math.round(count * 14);
    case 'month':
      return Number.isInteger(count) ? addMonths(today, count) : addMonths(today, Math.floor(count)) + 15;
    case 'quarter':
      return addMonths(today, Math.round(count * 3));
    case 'year':
      return addMonths(today, Math.round(count * 12));
  }
}

// ————————————————————————————————————————— finding and composing —————————————————————————————————————————

/** Every match of every rule, the longer kept where they overlap. */
function findAll(text: string): Found[] {
  const all: Found[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const init = rule.read(match, text);
      if (init) all.push(found(match.index, match.index + match[0].length, init));
    }
  }
  return keepLongest(all);
}

/** Drops what overlaps a longer find (the earlier one wins between equals). */
function keepLongest(all: readonly Found[]): Found[] {
  const kept: Found[] = [];
  for (const f of [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Between two days offered as alternatives: "Tuesday or Wednesday", "Tue/Wed", 周二或周三. */
const ALTERNATIVE = /^\s*(?:or|\/|或|或者|还是)\s*$/;

/** Joins neighbours: a year with its month / quarter / half, a week with its weekday, the two ends of a range. */
function join(text: string, finds: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of finds) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, f.start) : '';
    // "next Tues or Weds", 周二或者周三: the first day offered (the nearer, as people order them); the other is an alternative.
    if (prev && prev.reading !== 'qualifier' && f.reading !== 'qualifier' && ALTERNATIVE.test(between)) continue;
    const joined = prev && (joinYear(prev, f, between) ?? joinWeek(prev, f, between) ?? joinWeekOf(prev, f, between, text) ?? joinMonthDay(prev, f, between) ?? joinLabel(prev, f, between) ?? joinRange(prev, f, between, text));
    if (prev && joined) out[out.length - 1] = joined;
    else out.push(f);
  }
  return out;
}

/** "明年3月", "2027年第三季度", "March next year", "Q3 2027". */
function joinYear(a: Found, b: Found, between: string): Found | null {
  if (!YEAR_JOIN.test(between)) return null;
  const year = a.year && !b.year ? a : b.year && !a.year ? b : null;
  const date = year === a ? b : a;
  const yearOfCtx = year?.year;
  if (!year || !yearOfCtx || date.resolver.cycle !== 'year') return null;
  const resolver = date.resolver;
  return {
    ...date,
    start: a.start,
    end: b.end,
    resolver: fixed((ctx) => resolver.inYear(yearOfCtx(ctx))[0] ?? null),
    reading: year.reading === 'forward' ? 'forward' : 'absolute',
    year: null,
  };
}

/** "next week on Tuesday", "Tuesday next week". */
function joinWeek(a: Found, b: Found, between: string): Found | null {
  if (!WEEK_JOIN.test(between)) return null;
  const week = a.weeksAhead !== null && b.weekday !== null ? a : b.weeksAhead !== null && a.weekday !== null ? b : null;
  const day = week === a ? b : a;
  const ahead = week?.weeksAhead;
  const weekday = day.weekday;
  if (!week || ahead === null || ahead === undefined || weekday === null) return null;
  return { ...day, start: a.start, end: b.end, resolver: fixed((ctx) => period(weekdayIn(ctx.monday + 7 * ahead, weekday))), reading: week.reading, weekday: null, weeksAhead: null };
}

/** The Monday of a day's week. */
const mondayOf = (day: Day): Day => day - ((dateOf(day).weekday + 6) % 7);

/** "the week of the 14th", "the week commencing 11 January": the week that day is in, from its Monday. */
function joinWeekOf(a: Found, b: Found, between: string, text: string): Found | null {
  if (!/^\s+(?:of|commencing|beginning|starting)\s+$/.test(between) || !b.isDate || !/^(?:the|this) week$/.test(text.slice(a.start, a.end))) return null;
  const resolver = b.resolver;
  const strict = b.strict;
  return {
    ...b,
    start: a.start,
    resolver: fixed((ctx) => {
      const p = resolve(resolver, ctx, strict);
      return p && period(mondayOf(p.at), mondayOf(p.at) + 6);
    }),
    isDate: false,
  };
}

/** "下个月10号", "这个月15号", "the 10th of next month", "next month on the 10th": that day of the month named. */
function joinMonthDay(a: Found, b: Found, between: string): Found | null {
  const month = a.monthsAhead !== undefined && b.dayOfMonth !== undefined ? a : b.monthsAhead !== undefined && a.dayOfMonth !== undefined ? b : null;
  const day = month === a ? b : a;
  const ahead = month?.monthsAhead;
  const date = day.dayOfMonth;
  if (!month || ahead === undefined || date === undefined) return null;
  if (!(month === a ? /^\s*(?:的|on\s+)?$/ : /^\s+of\s+$/).test(between)) return null;
  return {
    ...day,
    start: a.start,
    end: b.end,
    resolver: fixed((ctx) => {
      const d = dayInMonth(ctx.year, ctx.month + ahead, date);
      return d === null ? null : period(d);
    }),
    reading: month.reading,
  };
}

/** "Monday 11 January", "1月11日（周一）": the date, the weekday only labelling it. */
function joinLabel(a: Found, b: Found, between: string): Found | null {
  if (!/^[\s,(]*$/.test(between)) return null;
  const date = a.weekday !== null && b.isDate ? b : b.weekday !== null && a.isDate ? a : null;
  return date && { ...date, start: a.start, end: b.end };
}

/**
 * The range between two calendar dates that is under way today (its start passed, its end not yet):
 * its start is looked for up to a year back. Null when none is (the range is then the next one).
 */
function ongoingRange(left: Resolver, right: Resolver, ctx: Ctx): Period | null {
  if (left.cycle === 'none' || right.cycle === 'none') return null;
  const l = resolve(left, { ...ctx, today: ctx.today - 366 });
  if (!l || l.from > ctx.today) return null;
  // The latest start not after today (a month's "1号" is this month's, not last year's).
  let start = l;
  for (let next = resolve(left, { ...ctx, today: start.to + 1 }); next && next.from <= ctx.today && next.from > start.from; next = resolve(left, { ...ctx, today: next.to + 1 })) start = next;
  const r = resolve(right, { ...ctx, today: start.from });
  return r && r.to >= ctx.today ? period(start.from, r.to) : null;
}

/** Hours beside a working week: "9–17", "9am", "10:00", "office hours", 营业时间, 9点. */
const WORKING_HOURS = /\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–—~至到]\s*\d{1,2}(?!\d)|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\d{1,2}:\d{2}|\b(?:office|business|working|opening|support) hours\b|\bhours\b|营业|營業|办公时间|辦公時間|上班时间|上班時間|工作时间|工作時間|\d{1,2}\s*[点點]/i;

/** "Dec 20 – Jan 3", "12月20日至1月3日", "from Monday to Wednesday": one period from the start of one to the end of the other. */
function joinRange(a: Found, b: Found, between: string, text: string): Found | null {
  if (!RANGE_JOIN.test(between) || a.reading === 'qualifier' || b.reading === 'qualifier') return null;
  // "to" between two dates is a range only when it reads as one ("from … to …", "… – …", "至").
  if (/to/.test(between) && !/(?:from|between)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, a.start - 14), a.start))) return null;
  const [left, right] = [a.resolver, b.resolver];
  // "Mon–Fri 9–17", "Monday to Friday, office hours", 周一至周五 9:00-18:00: the working week beside its hours (a signature's), no day;
  // "out of office from Monday to Friday" is that week.
  const workingWeek = a.weekday === 1 && b.weekday === 5 && WORKING_HOURS.test(`${lookBack(text, a.start, 30)} ${text.slice(b.end, b.end + 30)}`);
  return {
    ...a,
    ...(workingWeek ? { ignored: true as const } : {}),
    ...(b.weekday === 5 ? { toFriday: true as const } : {}),
    end: b.end,
    resolver: fixed((ctx) => {
      // A range under way is the one meant: "12月1日至12月10日休假" written on 5 December is this December's, not next year's.
      const ongoing = ongoingRange(left, right, ctx);
      if (ongoing) return ongoing;
      const l = resolve(left, ctx);
      const r = l && resolve(right, { ...ctx, today: l.from });
      return l && r ? period(l.from, r.to) : null;
    }),
    reading: a.reading === 'forward' || b.reading === 'forward' ? 'forward' : 'absolute',
    weekday: null,
    weeksAhead: null,
    partable: false,
  };
}

/** Words around a find that change it: parts, "after", "until", "through", "next", "before". */
function modify(text: string, f: Found): Found {
  let g = f;
  const before = () => lookBack(text, g.start);
  const after = () => text.slice(g.end, g.end + 40);
  // Parts: "early October", "mid next month", "end of the year"; "10月初", "下个月中", "明年年初".
  if (g.partable) {
    const zh = ZH_PART_AFTER.exec(after());
    const part = zh ? ZH_PART[zh[1] ?? ''] : undefined;
    if (zh && part) g = withPart(g, part, g.start, g.end + zh[0].length);
    else {
      for (const { pattern, part: p } of EN_PARTS) {
        const m = pattern.exec(before());
        if (m) {
          const skip = m[0].length - 1;
          g = withPart(g, p, g.start - skip, g.end);
          break;
        }
      }
    }
  }
  // "the first week of February", "the last week of next month", 一月第二周, 下個月最後一個禮拜: that week of the month.
  const nth = g === f && g.partable ? NTH_WEEK_OF.exec(before()) : null;
  const zhNth = g === f && g.partable && !nth ? ZH_NTH_WEEK_AFTER.exec(after()) : null;
  if (nth || zhNth) {
    const word = nth ? (nth[1] ?? '') : (zhNth?.[1] ?? '');
    const n = word === 'last' || word === '最后' ? 0 : (ORDINAL_WORDS[word] ?? ZH_DIGITS[word] ?? (Number(word) || 1));
    const resolver = mapResolver(g.resolver, (p) => (p.to - p.from > 31 || p.to - p.from < 27 ? null : weekOfMonth(p, n)));
    g = nth ? { ...g, start: g.start - (nth[0].length - 1), resolver, partable: false, year: null } : { ...g, end: g.end + (zhNth?.[0].length ?? 0), resolver, partable: false };
  }
  // "w/c 14th", "wc 11 Jan", "week beginning the 14th" (British shorthand), 14号那周, 14號嗰個禮拜: the week that day is in, from its Monday.
  const weekOf = g === f && g.isDate ? WEEK_OF_BEFORE.exec(before()) : null;
  const zhWeekOf = g === f && g.isDate && !weekOf ? ZH_WEEK_OF_AFTER.exec(after()) : null;
  if (weekOf || zhWeekOf) {
    const { resolver, strict } = g;
    const week = fixed((ctx) => {
      const p = resolve(resolver, ctx, strict);
      return p && period(mondayOf(p.at), mondayOf(p.at) + 6);
    });
    g = weekOf ? { ...g, start: g.start - (weekOf[0].length - 1), resolver: week, isDate: false, strict: false } : { ...g, end: g.end + (zhWeekOf?.[0].length ?? 0), resolver: week, isDate: false, strict: false };
  }
  // "first thing Monday", "first thing tomorrow": the day itself.
  const firstThing = g === f && !g.partable ? FIRST_THING.exec(before()) : null;
  if (firstThing) g = { ...g, start: g.start - (firstThing[0].length - 1) };
  // "next September", "this coming Friday": absorbed, and forward (not after a part: "revisit this late October").
  const point = g === f ? EN_POINT.exec(before()) : null;
  if (point && g.reading === 'absolute' && g.weekday === null) {
    const skip = point[0].length - 1;
    g = { ...g, start: g.start - skip, reading: /this/.test(point[0]) && !/coming/.test(point[0]) ? g.reading : 'forward' };
  }
  // The end of a period as a deadline ("signed by EOQ", "before quarter end", "no later than the end of the year", 季末前要签):
  // its last working day, not the first day of its last month (what "at the end of the quarter" comes back on). A deadline
  // needs no other cue; "after the quarter closes" is after it (below).
  // ("nothing will move before the end of Q1", 季末之前不会有预算: not before it, a wait, not a deadline)
  // (年内, 月内, 年度内: "within" the period, by its end)
  if (g.closing && (DEADLINE_BEFORE.test(before()) || DEADLINE_BEFORE.test(` ${text.slice(g.start, g.end)}`) || ZH_BEFORE_AFTER.test(after()) || JA_BY_AFTER.test(after()) || /内$/.test(text.slice(g.start, g.end))) && !NOT_BEFORE.test(clauseBefore(text, g.start).replace(/\bnot? later than\b/g, '')) && !ZH_NOT_BEFORE.test(after())) {
    g = { ...g, reading: 'forward', deadline: true, strict: false, resolver: byLastWorkingDay(g.resolver) };
  }
  // Before a holiday ("国庆前", "before National Day", "ahead of Chinese New Year", 雙十前): by the last working day before
  // its days off, wherever they start (the mainland's and Hong Kong's 1 October: 30 September; Taiwan's 雙十 on a Saturday:
  // the Thursday before its Friday off), not the first day off. ("nothing moves before CNY" is a wait, as above.)
  if (g.daysOff && !g.after && (DEADLINE_BEFORE.test(before()) || ZH_BEFORE_AFTER.test(after()) || JA_BY_AFTER.test(after())) && !NOT_BEFORE.test(clauseBefore(text, g.start)) && !ZH_NOT_BEFORE.test(after())) {
    g = { ...g, reading: 'forward', deadline: true, resolver: byLastWorkingDayBefore(g.resolver) };
  }
  // Any other day with "by" or 前 ("by Friday", 下週五前, 周三前): a deadline if they ask something of us by it (weighed with its
  // sentence), else a plain day ("we are out before Friday" is no request).
  if (!g.deadline && !g.after && (DEADLINE_BEFORE.test(before()) || ZH_BEFORE_AFTER.test(after()) || JA_BY_AFTER.test(after())) && !NOT_BEFORE.test(clauseBefore(text, g.start)) && !ZH_NOT_BEFORE.test(after())) {
    g = { ...g, byDay: true };
  }
  // Japanese particles after it: までに (by) and まで (until) join the span; 明け after a holiday or a week is after it.
  const jaBy = JA_BY_AFTER.exec(after());
  if (jaBy) return { ...g, end: g.end + jaBy[0].length };
  const jaUntil = JA_UNTIL_AFTER.exec(after());
  if (jaUntil) return { ...g, end: g.end + jaUntil[0].length, through: true };
  const jaAfter = JA_AFTER_AFTER.exec(after());
  if (jaAfter && !g.after) return { ...g, end: g.end + jaAfter[0].length, after: true, reading: 'forward' };
  const jaFrom = g.daysOff && !g.after ? /^以降/.exec(after()) : null;
  if (jaFrom) return { ...g, end: g.end + jaFrom[0].length, after: true, reading: 'forward' };
  // A day of the month with 以降 ("5日以降", "from the 5th"): that day, the earliest, even beside 忙しい or 立て込んで (not the day
  // after a busy spell); 以降 stays outside the span, a cue of putting it off ({@link weigh} prefers it to 今月 beside it).
  if (g.dayOfMonth !== undefined && !g.after && /^以降/.test(after())) return { ...g, until: true, fromDay: true };
  // Before: "月底前" stays the date.
  const zhBefore = ZH_BEFORE_AFTER.exec(after());
  if (zhBefore) return { ...g, end: g.end + zhBefore[0].length };
  // After: "国庆后", "3月展会后", "过完国庆", "after the trade fair in March", "after CNY".
  const zhAfter = ZH_AFTER_AFTER.exec(after());
  if (zhAfter && !g.after) return { ...g, end: g.end + zhAfter[0].length, after: true, reading: 'forward' };
  const zhAfterBefore = ZH_AFTER_BEFORE.exec(before());
  if (zhAfterBefore) return { ...g, start: g.start - zhAfterBefore[0].length, after: true, reading: 'forward' };
  const event = EN_AFTER_EVENT.exec(before()) ?? EN_UNTIL_ENDS.exec(before()) ?? EN_AFTER.exec(before());
  // "once the quarter closes", "when Q4 wraps up", "after the month ends": the words of its end join the span.
  const ends = EN_ENDS_AFTER.exec(after());
  if (event) {
    const skip = event[0].length - 1;
    return { ...g, start: g.start - skip, end: g.end + (ends && /(?:once|after)[\s-]*(?:the\s+)?$/.test(event[0]) ? ends[0].length : 0), after: true, reading: 'forward' };
  }
  const when = ends ? EN_WHEN.exec(before()) : null;
  if (when && ends) return { ...g, start: g.start - (when[0].length - 1), end: g.end + ends[0].length, after: true, reading: 'forward' };
  const through = EN_THROUGH.exec(before());
  if (through) return { ...g, after: true };
  if (EN_UNTIL.test(before())) return { ...g, until: true };
  if (ZH_THROUGH_BEFORE.test(before())) return { ...g, through: true };
  return g;
}

function withPart(f: Found, part: Part, start: number, end: number): Found {
  const reading = f.reading === 'qualifier' ? 'absolute' : f.reading;
  return { ...f, start, end, reading, resolver: mapResolver(f.resolver, (p) => partOf(p, part)), partable: false, weeksAhead: null, year: null, strict: false, ...(part === 'end' ? { closing: true as const } : {}) };
}

/** Finds in the past by the word before them ("last Monday", "上周五", "去年9月"). */
function inThePast(text: string, f: Found): boolean {
  return PAST_BEFORE.test(lookBack(text, f.start, 12));
}

// ————————————————————————————————————————— weighing —————————————————————————————————————————

interface Stretch {
  start: number;
  end: number;
}

const CUE_PATTERNS = Object.fromEntries(
  (Object.keys(CUES) as CueKind[]).map((kind) => [kind, new RegExp(cueSource(kind), 'g')]),
) as Record<CueKind, RegExp>;

/** A cue list as a pattern; Chinese verbs in the experiential past (见过, 聊过) are not re-contact. */
function cueSource(kind: CueKind): string {
  const source = wordsSource(CUES[kind]);
  return kind === 'recontact' ? `(?:${source})(?![过了])` : source;
}

/** A day asked about, a meeting proposed: "Does Thursday work?", "would the 14th at 3pm suit you?", "Is Monday any good for your team?". */
/**
 * After a day, the day taken, in Chinese: the weekday in brackets and the hour may stand between ("115/12/15（二）下午2:00可以",
 * "12月15日下午两点没问题", "禮拜五三點得"); not a period's "可以再" nor a question ("可以吗" is a cue of its own).
 */
const ZH_DAY_TAKEN_AFTER = /^\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:(?:上午|下午|早上|晚上|中午|下昼|朝早)?\s*[0-9一二两兩三四五六七八九十]{1,3}(?:[:：.][0-5]\d|\s*[点點](?:半|[0-9一二三四五]{1,2}分?)?)?)?\s*(?:可以(?![再吗嗎])|没问题|沒問題|冇问题|冇問題|方便(?![吗嗎])|得(?=[，,。！!\s]|$))/;
const DAY_ASKED_AFTER = /^\s*(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*)?(?:work|suit|do|ok|okay|good|any good)(?:\s+for\s+[a-z' ]{1,30}?)?\s*\?/;
/** …not one gone by: "Did Thursday work for you?". */
const DID_BEFORE = /[^a-z]did\s+(?:the\s+)?$/;

/** Before a re-contact word: it is a noun ("Monday's call", "the demo", "our chat"), not a verb. */
const NOUN_BEFORE = /(?:[^a-z](?:the|a|an|our|your|my|their|his|her|this|that|today|yesterday)|'s)\s+$/;
/** A decision or an answer they will have for us is a coming back, noun or not ("we'll have a decision for you by Friday"). */
// (and one wanted from us by a day: "wants an answer by Wednesday", "she needs our reply by the 11th")
const DECIDING_BEFORE = /[^a-z](?:have|make|reach|give you|get you|come to|send you|wants?|needs?|would like|expects?|asked for|asking for|waiting for|waiting on|awaiting)\s+(?:a|an|our|the|my|their|your)\s+$/;

const FILLER_PATTERN = new RegExp(`(?:${wordsSource(FILLER)})`, 'g');

/** Sentence ends: . ! ? ; and line breaks (a dot only before a space, a line end or Chinese). */
const SENTENCE_END = /[!?;\n]|\.(?=\s|$|[\u0080-\uffff])/g;
/** Clause ends inside a sentence as well: commas, colons, dashes, "but". */
const CLAUSE_END = /[!?;\n,:]|\.(?=\s|$|[\u0080-\uffff])|\s[-–—]\s|(?<![a-z])but(?![a-z])|但是|不过|可是|但/g;

/** The stretches between ends, the finds' own words never cutting one ("Sept. 15", "Dec 20, 2027"). */
function stretches(text: string, ends: RegExp, finds: readonly Found[]): Stretch[] {
  const out: Stretch[] = [];
  let start = 0;
  for (const m of text.matchAll(ends)) {
    if (finds.some((f) => m.index >= f.start && m.index < f.end)) continue;
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

const within = (s: Stretch, f: Stretch): boolean => f.start >= s.start && f.end <= s.end;
const overlaps = (a: Stretch, b: Stretch): boolean => a.start < b.end && b.start < a.end;

interface Weighed {
  found: Found;
  /** Whether a re-contact or return word is in its own clause ("prefer the one attached to the verb"). */
  attached: boolean;
  score: number;
  /**
   * Characters to the nearest re-contact or return word in the sentence (tie-break), doubled on
   * the side a date is not usually said on (English says it after the verb, Chinese before).
   */
  distance: number;
  /** Whether the date is the end of an away period (the day after it is meant). */
  away: boolean;
  /** Whether something is moved to it ("move Thursday to the following Monday", 改到下下周一). */
  moved: boolean;
  /** Whether it counts only as the earliest day the work can start ("can't start until the ERP goes live in March"), no word of talking then. */
  begins?: boolean;
}

/** A verb that moves a meeting or a decision ("could we move…", "push", "reschedule", 改, 挪, 推迟…). */
const MOVE_VERB = /(?<![a-z])(?:move|moving|moved|push|pushing|pushed|shift|shifting|reschedul[a-z]*|postpon[a-z]*|bump|change|switch|delay|bring it forward)(?![a-z])|改|挪|换|调|延|推|移/;
/** Just before the date: the day it is moved to ("… to the following Monday", "改到", "推迟到"). */
const MOVE_TO = /(?:[^a-z](?:to|until|till)|改到|改成|改在|挪到|换到|换成|调到|调整到|延到|延后到|推到|推迟到|移到|改期到|延期到|顺延到)\s*$/;

/**
 * How much a date reads as "when to contact again": re-contact or return words in its clause (4)
 * or sentence (2), deferral words (3 / 1), away words in its clause (3), the sentence being only
 * the date (3), a "not now" elsewhere in the message (1). Dates in a clause about the past (or with
 * a possessive: "Monday's call") are dropped unless the clause has a re-contact word. Forward words
 * count with any cue, a future word included; others need 2.
 */
function weigh(text: string, finds: readonly Found[]): Weighed[] {
  const sentences = stretches(text, SENTENCE_END, finds);
  const clauses = stretches(text, CLAUSE_END, finds);
  const cues = Object.fromEntries(
    (Object.keys(CUE_PATTERNS) as CueKind[]).map((kind) => [
      kind,
      [...text.matchAll(CUE_PATTERNS[kind])]
        .filter((m) => kind !== 'recontact' || !NOUN_BEFORE.test(lookBack(text, m.index, 16)) || DECIDING_BEFORE.test(lookBack(text, m.index, 24)))
        // (见 in 意见, 看见, 可见, 预见 is no meeting: "上个月18号的意见我们已经收到了")
        .filter((m) => kind !== 'recontact' || m[0] !== '见' || !/[意看可预遇听偏]$/.test(text.slice(0, m.index)))
        .map((m) => ({ start: m.index, end: m.index + m[0].length })),
    ]),
  ) as Record<CueKind, Stretch[]>;
  // (a cue inside a date is none of its own: found once, by the dates sorted with their furthest end so far, not per date)
  const byStart = [...finds].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const d of byStart) furthest.push(Math.max(furthest.at(-1) ?? -1, d.end));
  const insideADate = (c: Stretch): boolean => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byStart[mid]?.start ?? Infinity) <= c.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] ?? -1) >= c.end;
  };
  const inside = new Set(Object.values(cues).flat().filter(insideADate));
  const ownable = Object.fromEntries(Object.entries(cues).map(([kind, list]) => [kind, list.filter((c) => !inside.has(c))])) as Record<CueKind, Stretch[]>;
  const out: Weighed[] = [];
  // (a calendar invitation's "When:" line is the meeting itself, however bare: "时间：2026年12月9日 14:00-15:00")
  const whenLines: Stretch[] = [];
  if (CALENDAR_INVITE.test(text)) {
    let start = 0;
    for (const line of text.split('\n')) {
      if (WHEN_LINE.test(line) || CALENDAR_INVITE.test(line)) whenLines.push({ start, end: start + line.length });
      start += line.length + 1;
    }
  }
  for (const each of finds) {
    let f = each;
    if (f.ignored) continue;
    const invited = whenLines.some((l) => within(l, f));
    const sentence = sentences.find((s) => within(s, f)) ?? { start: 0, end: text.length };
    const clause = clauses.find((c) => within(c, f)) ?? sentence;
    const own = (c: Stretch) => !overlaps(c, f) && !inside.has(c);
    const has = (kind: CueKind, where: Stretch) => ownable[kind].some((c) => within(where, c) && own(c));
    // "could we move Thursday to the following Monday?": the day moved to is the one they mean, the other the one left.
    const moved = MOVE_TO.test(lookBack(text, f.start, 12)) && MOVE_VERB.test(text.slice(sentence.start, f.start));
    // "Back in March we tried a pilot", "that was back in March": the past, not a return ("back in January" in an away note is one).
    const pastInClause = has('past', clause) || (has('movingOn', clause) && !GOES_ON_AFTER.test(/^[^.。!?！？\n]*/.exec(text.slice(f.end, f.end + 120))?.[0] ?? ''));
    const returnInClause = cues.return.some((c) => within(clause, c) && own(c) && !(pastInClause && c.end <= f.start && /^\s+in\s+(?:the\s+)?$/.test(text.slice(c.end, f.start))));
    const recontactInClause = has('recontact', clause) || returnInClause || moved || invited || ((DAY_ASKED_AFTER.test(text.slice(f.end, f.end + 40)) || ZH_DAY_TAKEN_AFTER.test(text.slice(f.end, f.end + 24))) && !DID_BEFORE.test(lookBack(text, f.start, 12)));
    const possessive = /^'s(?![a-z])/.test(text.slice(f.end, f.end + 3));
    const pointedBack = has('recontact', sentence) && has('anaphor', sentence);
    // "nothing can start before Q3": a start the constraint puts at that date is not a description of the past.
    const beginsAt = has('begin', clause) && BEGIN_CONSTRAINT.test(text.slice(clause.start, clause.end));
    // A day they want something of ours by ("Please send the revised quote by Friday", 請於下週五前提供報價單): a deadline,
    // no history, and the day the request is about.
    const askedBy = f.byDay === true && !f.deadline && ASKS_OF_US.test(text.slice(sentence.start, sentence.end));
    if (askedBy) f = { ...f, deadline: true };
    // (a deadline is no history: "we need it signed by EOQ" has a participle, not the past)
    if (!recontactInClause && !pointedBack && !beginsAt && pastInClause && !f.deadline) continue;
    // A count with its horizon, "possibly nine by spring", "we expect 200 users by Q3", 明年可能开到8家: a forecast, no time to talk.
    if (!recontactInClause && !pointedBack && !beginsAt && !askedBy && !has('away', clause) && forecastIn(text, clause, f, finds)) continue;
    // A label, not a time: "our Q3 results", "Q4 numbers", 三季度财报; unless they wait for it: "after our Q3 results are out", 三季度财报出来以后.
    if (LABEL_AFTER.test(text.slice(f.end, f.end + 24))) {
      if (!f.after && !LABEL_AWAITED_BEFORE.test(lookBack(text, f.start, 24)) && !LABEL_AWAITED_AFTER.test(text.slice(f.end, f.end + 24))) continue;
      f = resultsOut(f);
    }
    let score = beginsAt || f.fromDay ? 3 : askedBy ? 2 : 0;
    score += recontactInClause ? 4 : has('recontact', sentence) || has('return', sentence) ? 2 : 0;
    score += has('deferral', clause) ? 3 : has('deferral', sentence) ? 1 : 0;
    const away = has('away', clause);
    if (away) score += 3;
    if (onlyTheDate(text, sentence, f)) score += 3;
    if (cues.timing.some((c) => !within(sentence, c))) score += 1;
    // "We won't decide this week, the board meets in January": the period they write in, negated, is not the day.
    if (CURRENT_FIND.test(text.slice(f.start, f.end)) && NEGATED.test(text.slice(clause.start, clause.end))) score -= 4;
    // (a period's end said as a deadline is read by itself: "we need it signed by EOQ")
    const future = has('future', clause) || f.deadline ? 1 : 0;
    // An event's day ("Thursday's board meeting", "next week's offsite") weighs as a bare date does: forward words alone are not enough.
    if (f.reading === 'forward' && !possessive ? score + future < 1 : score < 2) continue;
    const near = [...cues.recontact, ...cues.return].filter((c) => within(sentence, c) && own(c));
    const distance = Math.min(Infinity, ...near.map((c) => distanceTo(text, c, f)));
    // "back on Jan 4", "returning Monday", "1月4日回来": the day itself is the return, not the end of an absence.
    // ("be back in the office on Monday 4th January", "back at my desk on the 4th": the place between the return and its day)
    const returnDay = cues.return.some((c) => (c.end <= f.start && (f.start - c.end <= 12 || RETURN_AT_PLACE.test(text.slice(c.end, f.start)))) || (c.start >= f.end && c.start - f.end <= 1));
    out.push({ found: f, attached: recontactInClause, score, distance, away: away && !returnDay && !moved, moved, begins: beginsAt && !recontactInClause && !pointedBack });
  }
  return out;
}

/**
 * After a move's date, what we do once it is done: "上任后我们再推进", "到时候由他拍板", "after that his successor decides",
 * "nothing moves before then", 接手以后再说: the day of the move is when to come back (not a handover told: 之後由林經理接手).
 */
const GOES_ON_AFTER = /(?<![a-z])(?:then|after that|afterwards|thereafter|once (?:he|she|they)|(?:his|her|their) successor|decides?|will decide)(?![a-z])|[后後](?:[，,\s]*(?:我们|我們|我哋|再|就|才))|到时|到時|届时|屆時|再(?:推进|推進|说|說|谈|談|联系|聯繫|看|定|决定|決定|拍板)|拍板|决定|決定/;

/** A count of things (not of days: those are the finds themselves): "nine", "200 users", 8家, 十个仓, 翻倍. */
const COUNT = /(?<![a-z])(?:\d+(?:[.,]\d+)?%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|double|triple)(?![a-z])|[0-9一二两三四五六七八九十百千几]+\s*(?:家|个|间|台|辆|人|位|名|套|店|仓|站|条|所|成)|翻倍|翻一番/;
/** Words that make a count a forecast: a hedge or growth ("possibly", "expect", "grow to", 可能, 预计, 扩到). */
const FORECAST = /(?<![a-z])(?:possibly|probably|maybe|perhaps|likely|expect(?:s|ed|ing)?|forecast|projected|grow(?:s|ing)?|expand(?:s|ing)?|add(?:s|ing)?|reach(?:es|ing)?|up to|more)(?![a-z])|可能|也许|或许|大概|预计|估计|扩|增加|增至|达到|开到|做到|翻倍/;

/** Whether the clause of a date is a forecast of a count by it (the other dates in the clause are no count). */
function forecastIn(text: string, clause: Stretch, f: Found, finds: readonly Found[]): boolean {
  return f.end <= clause.end && forecastClause(text, clause, finds);
}

/** Whether a clause, its dates left out, counts things with a hedge or growth: once per clause (a long text has many dates in one). */
function forecastClause(text: string, clause: Stretch, finds: readonly Found[]): boolean {
  let byClause = forecastMemo.get(finds);
  if (!byClause || byClause.text !== text) {
    byClause = { text, sorted: [...finds].sort((a, b) => a.start - b.start), seen: new Map() };
    forecastMemo.set(finds, byClause);
  }
  const key = `${clause.start}:${clause.end}`;
  const known = byClause.seen.get(key);
  if (known !== undefined) return known;
  const { sorted } = byClause;
  // (the first find starting in the clause, by halves)
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? Infinity) < clause.start) lo = mid + 1;
    else hi = mid;
  }
  const parts: string[] = [];
  let at = clause.start;
  for (let i = lo; i < sorted.length; i++) {
    const other = sorted[i];
    if (!other || other.start >= clause.end) break;
    if (!within(clause, other)) continue;
    parts.push(text.slice(at, Math.max(at, other.start)));
    at = Math.max(at, other.end);
  }
  parts.push(text.slice(at, clause.end));
  const rest = parts.join(' ');
  const answer = rest !== '' && COUNT.test(rest) && FORECAST.test(rest);
  byClause.seen.set(key, answer);
  return answer;
}
const forecastMemo = new WeakMap<readonly Found[], { text: string; sorted: readonly Found[]; seen: Map<string, boolean> }>();

/** Between a return and its day, the place they are back at: "back in the office on", "back at my desk from", "returning to work on". */
const RETURN_AT_PLACE = /^\s+(?:in|at|to|into)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:[a-z]+\s+){1,2}(?:on\s+|from\s+)?$/;

/** Before a period's report, the wait for it: "after our Q3 results", "once the Q4 numbers are in", "when the Q3 results come out". */
const LABEL_AWAITED_BEFORE = /[^a-z](?:after|once|when|following|post|until|till)\s+(?:the\s+|our\s+|their\s+|my\s+|its\s+|your\s+)?$/;
/** After it, in Chinese: 三季度财报出来以后, 季度業績公佈之後. */
const LABEL_AWAITED_AFTER = /^[^。！？!?，,\n]{0,12}?(?:以后|之后|以後|之後|出来后|出來後|公布后|公佈後|后再|後再)/;

/**
 * The day to come back once a period's report is out: a month after the period closes (results are in by then;
 * the day after the quarter ends they are not): "after our Q3 results are out" written in December is 1 November
 * next year, "once the Q4 results are in" 1 February.
 */
function resultsOut(f: Found): Found {
  return {
    ...f,
    after: true,
    reading: 'forward',
    strict: false,
    resolver: fixed((ctx) => {
      const p = resolve(f.resolver, ctx);
      if (!p) return null;
      const closes = dateOf(p.to);
      return period(p.from, dayOf(closes.y, closes.m + 2, 0));
    }),
  };
}

/** After a period: it labels a report of it ("Q3 results", "our Q4 numbers", "三季度财报"), no time to talk. */
const LABEL_AFTER = /^(?:'s)?\s*(?:results|numbers|earnings|figures|financials|report|reports|revenue|sales figures|performance|statements|filings?|的?(?:财报|业绩|报表|财务报告|营收|销售额|利润))(?![a-z])/;

/** A period named as the one they write in ("this week", 这周, 本月). */
const CURRENT_FIND = /^(?:this|the) (?:week|month|quarter)$|^(?:这|這|本|今个|呢个)(?:个|個)?(?:周|週|星期|礼拜|禮拜|月|季度?)$/i;
/** A negation in the clause: "won't decide this week", "这周定不了". */
const NEGATED = /(?<![a-z])(?:won'?t|will not|not|can'?t|cannot|unable|no way)(?![a-z])|不了|不会|不能|没法|唔会|唔得/i;

/** Characters between a cue and a date, doubled when the date is on its unusual side (before an English verb, after a Chinese one). */
function distanceTo(text: string, cue: Stretch, f: Stretch): number {
  const chinese = /[\u4e00-\u9fff]/.test(text.charAt(cue.start));
  if (cue.end <= f.start) return (f.start - cue.end) * (chinese ? 2 : 1);
  return (cue.start - f.end) * (chinese ? 1 : 2);
}

/** Whether a sentence is only the date and filler words ("Maybe September.", "下个季度吧", "Q3?"). */
function onlyTheDate(text: string, sentence: Stretch, f: Found): boolean {
  const rest = (text.slice(sentence.start, f.start) + ' ' + text.slice(f.end, sentence.end)).replace(FILLER_PATTERN, ' ');
  return /^[\s\p{P}\p{S}]*$/u.test(rest);
}

// ————————————————————————————————————————— reading —————————————————————————————————————————

/** Lines that carry dates that are not the sender's words: quote headers, sent/date fields, contact lines. */
const IGNORED_LINE = [
  /^\s*on\b.{0,200}\bwrote:?\s*$/,
  /^\s*(?:sent|date|发送时间|日期|时间|寄件日期|传送时间|发送日期)\s*:/,
  /\bwrote:?\s*$/,
  /^\s*(?:在|于).{0,100}(?:写道|寫道)/,
  /^\s*(?:tel|phone|mobile|mob|fax|cell|email|e-mail|address|addr|office hours|hours|电话|手机|地址|邮箱|传真|办公时间)\s*[:：.]/,
  /\|.*\|/,
];

/** Marks finds on ignored lines. */
/** A calendar invitation or its answer ("Invitation: Demo @ …", 会议邀请：…, 已接受：…): its "时间：" / "When:" line is the meeting, not a quoted mail's header. */
const CALENDAR_INVITE = /^\s*(?:(?:updated |new )?invitation|accepted|invite|meeting invitation|calendar invitation|会议邀请|會議邀請|日历邀请|日曆邀請|邀请|邀請|已接受|接受)\s*[:：]/;
const WHEN_LINE = /^\s*(?:when|date|时间|時間|日期)\s*[:：]/;

function markIgnored(text: string, finds: Found[]): Found[] {
  const lines: Stretch[] = [];
  let start = 0;
  const invitation = CALENDAR_INVITE.test(text);
  for (const line of text.split('\n')) {
    if (IGNORED_LINE.some((re) => re.test(line)) && !(invitation && WHEN_LINE.test(line))) lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return finds.map((f) => (lines.some((l) => within(l, f)) ? { ...f, ignored: true as const } : f));
}

/** The day a weighed find stands for, seen from today: null when it is over. */
function dayFor(w: Weighed, ctx: Ctx): Day | null {
  const f = w.found;
  const dayAfter = f.after || (w.away && !f.until);
  let p = resolve(f.resolver, ctx, f.strict && !dayAfter);
  if (!p) return null;
  if (dayAfter) p = period(p.to + (f.toFriday && dateOf(p.to).weekday === 5 ? 3 : 1));
  if (p.to < ctx.today) return null;
  return p.at >= ctx.today ? p.at : Math.min(ctx.today + 1, p.to);
}

/** The last day of the period a weighed find names, when it runs past `day` and spans a month at most; else null. */
function lastDayFor(w: Weighed, ctx: Ctx, day: Day): Day | null {
  const f = w.found;
  if (f.after || w.away || w.moved) return null;
  const p = resolve(f.resolver, ctx, f.strict);
  return p && p.to > day && p.to - p.from <= 31 ? p.to : null;
}

/** Whether `a` reads more as the date to contact again than `b`: the day something is moved to, then attached to a verb, then by weight, then nearer its verb, then later in the text. */
function better(a: Weighed, b: Weighed): boolean {
  if (a.moved !== b.moved) return a.moved;
  if (a.attached !== b.attached) return a.attached;
  if (a.score !== b.score) return a.score > b.score;
  return a.distance <= b.distance;
}

/**
 * The text without the spaces between a Han character and a digit ("明年 3 月", "2027 年 3 月 10 日":
 * the Latin–Han spacing many writers, and this product, use), so the Chinese patterns read it as
 * "明年3月"; with the way back to the text's own offsets.
 */
function withoutHanDigitSpaces(text: string): { text: string; toSource: (at: number) => number } {
  const han = /[\u3400-\u9fff]/;
  const digit = /[0-9]/;
  const kept: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') {
      let j = i;
      while (text[j] === ' ') j++;
      const before = text[i - 1] ?? '';
      const after = text[j] ?? '';
      if ((han.test(before) && digit.test(after)) || (digit.test(before) && han.test(after))) {
        i = j - 1;
        continue;
      }
    }
    out += text.charAt(i);
    kept.push(i);
  }
  return { text: out, toSource: (at) => kept[at] ?? text.length };
}

/**
 * The date a prospect names for the next contact ("reach out in September", "下个季度再说",
 * "過完年再聯絡", "after the trade fair in March", "Q3"), read relative to `now` (local time).
 * null when the text names none. See the module comment for the rules.
 */
export function findNamedDate(text: string, now: number, region?: HolidayRegion | null): NamedDate | null {
  const reply = cleanReply(text);
  const squeezed = withoutHanDigitSpaces(reply.folded);
  const folded = squeezed.text;
  if (!/[0-9a-z\u4e00-\u9fff]/.test(folded)) return null;
  const ctx = contextOf(now);
  // (a holiday that differs by country: where the customer is, else where their words say)
  const where = region ?? regionOfWords(text);
  const finds = markIgnored(folded, keepLongest(join(folded, findAll(folded).map((f) => regionalized(f, where))).map((f) => modify(folded, f))))
    .filter((f) => f.reading !== 'qualifier' && !inThePast(folded, f));
  // (most replies name no date: the cues, a third of the time of those that do, are not looked for)
  if (!finds.some((f) => !f.ignored)) return null;
  const weighed = weigh(folded, finds);
  let best: { w: Weighed; day: Day } | null = null;
  for (const w of weighed) {
    const day = dayFor(w, ctx);
    if (day === null) continue;
    if (!best || better(w, best.w)) best = { w, day };
  }
  if (!best) return null;
  const day = best.w.found.following ? followingDay(best.w.found, finds, ctx) ?? best.day : best.day;
  const start = reply.toOriginal(squeezed.toSource(best.w.found.start));
  const end = reply.toOriginal(squeezed.toSource(best.w.found.end - 1)) + 1;
  const { y, m, d } = dateOf(day);
  const last = best.w.found.following ? null : lastDayFor(best.w, ctx, day);
  const through = last === null ? {} : { through: new Date(dateOf(last).y, dateOf(last).m, dateOf(last).d).getTime() };
  const whole = best.w.found.following || best.w.found.after || best.w.away ? null : resolve(best.w.found.resolver, ctx, best.w.found.strict);
  const ends = whole && whole.to - whole.from > 31 && whole.to > day ? { ends: new Date(dateOf(whole.to).y, dateOf(whole.to).m, dateOf(whole.to).d).getTime() } : {};
  return { at: new Date(y, m, d).getTime(), text: text.slice(start, end), start, end, ...through, ...(best.w.moved ? { moved: true as const } : {}), ...(best.w.found.deadline && (!Number.isFinite(best.w.distance) || asksOfUs(folded, best.w.found, finds)) ? { deadline: true as const } : {}), ...(best.w.found.holiday ? { holiday: best.w.found.holiday } : {}), ...(best.w.begins ? { starts: true as const } : {}), ...ends };
}

/**
 * Asking something of the reader: "please send…", 请…发过来, 麻烦…寄过来, お送りください (a send word there is ours to do, not
 * their coming back); not a courtesy (请放心，年底前会回复您: their promise).
 */
const ASKS_OF_US = new RegExp(String.raw`(?<![a-z])(?:please|pls|plz|kindly|could you|can you|would you|we need you to|need you to)(?![a-z])|${PLEASE.source}|麻烦|麻煩|烦请|煩請|劳烦|勞煩|唔该|唔該|${JA_PLEASE.source}`, 'u');

/** Whether the sentence of a find asks something of us. */
function asksOfUs(text: string, f: Found, finds: readonly Found[]): boolean {
  const sentence = stretches(text, SENTENCE_END, finds).find((s) => within(s, f));
  return sentence !== undefined && ASKS_OF_US.test(text.slice(sentence.start, sentence.end));
}

/**
 * The first day ahead named in words a caller already knows to be about a date, read without the
 * cues {@link findNamedDate} weighs (a tender's closing date is no time to talk again: "responses are
 * due 20 December", "截標日期為12月21日下午五時"); null when none is named or it has passed. With
 * `asNamed`, a day said with "after" or "when it ends" is that day, not the one after it.
 */
export function dateNamedIn(text: string, now: number, options: { asNamed?: boolean } = {}): NamedDate | null {
  const reply = cleanReply(text);
  const squeezed = withoutHanDigitSpaces(reply.folded);
  const folded = squeezed.text;
  if (!/[0-9a-z\u4e00-\u9fff]/.test(folded)) return null;
  const ctx = contextOf(now);
  const where = regionOfWords(text);
  const finds = markIgnored(folded, keepLongest(join(folded, findAll(folded).map((f) => regionalized(f, where))).map((f) => modify(folded, f)))).filter((f) => f.reading !== 'qualifier' && !f.ignored);
  for (const found of [...finds].sort((a, b) => a.start - b.start)) {
    // (`asNamed`: the day itself, not the day after it: "when the contract ends on 31 January" ends on the 31st)
    const day = dayFor({ found: options.asNamed ? { ...found, after: false } : found, attached: true, score: 0, distance: 0, away: false, moved: false }, ctx);
    if (day === null) continue;
    const start = reply.toOriginal(squeezed.toSource(found.start));
    const end = reply.toOriginal(squeezed.toSource(found.end - 1)) + 1;
    const { y, m, d } = dateOf(day);
    return { at: new Date(y, m, d).getTime(), text: text.slice(start, end), start, end };
  }
  return null;
}

/**
 * "the following Monday" after a day named before it ("could we move Thursday to the following
 * Monday?": the Monday after that Thursday); null when no day is named before it.
 */
function followingDay(f: Found, finds: readonly Found[], ctx: Ctx): Day | null {
  const weekday = dateOf(resolve(f.resolver, ctx)?.at ?? ctx.today).weekday;
  const anchor = [...finds].reverse().find((other) => other !== f && other.end <= f.start);
  const from = anchor ? resolve(anchor.resolver, ctx, anchor.strict)?.at : undefined;
  if (from === undefined || from < ctx.today) return null;
  if (f.weekAfter) return from - ((dateOf(from).weekday + 6) % 7) + 7;
  return from + (((weekday - dateOf(from).weekday + 7) % 7) || 7);
}
