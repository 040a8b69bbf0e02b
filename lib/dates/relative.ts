import { NUMERIC_DATE } from './day-order';

const DAY = 86_400_000;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];
/** Sunday is 日 or 天 (星期天, 禮拜天). */
const SUNDAY_ZH = '天';

/** "8:47 AM", "20:15", "上午8:47", "下午3:05" → [hours, minutes]. */
function timeOfDay(text: string): [number, number] | null {
  const match = /(上午|下午|中午|晚上)?\s*(\d{1,2}):(\d{2})\s*(am|pm)?/i.exec(text);
  if (!match) return null;
  let hours = Number(match[2]);
  const pm = match[4]?.toLowerCase() === 'pm' || match[1] === '下午' || match[1] === '晚上';
  const am = match[4]?.toLowerCase() === 'am' || match[1] === '上午';
  if (pm && hours < 12) hours += 12;
  if (am && hours === 12) hours = 0;
  return [hours, Number(match[3])];
}

/** "3 days ago", "2 hr ago", "an hour ago", "2小时前", "3 天前", "5分鐘前", "vor 2 Stunden": [count, unit in ms]. */
function elapsed(text: string): number | undefined {
  const english = /^(?:about\s+)?(\d+|an?|one)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\.?\s+ago\b/.exec(text);
  const chinese = /^(\d+)\s*(秒钟?|秒鐘|分钟|分鐘|分|小时|小時|个小时|個小時|天|日|周|週|星期|个星期|個星期)\s*(?:以)?前/.exec(text);
  const german = /^vor\s+(\d+|einer?|einem)\s*(sek\.?|sekunden?|min\.?|minuten?|std\.?|stunden?|tag(?:en)?|wochen?)\b/.exec(text);
  const match = english ?? chinese ?? german;
  if (!match) return undefined;
  const count = /^\d+$/.test(match[1] ?? '') ? Number(match[1]) : 1;
  const unit = match[2] ?? '';
  const ms = /^(?:h|hrs?|hours?|小时|小時|个小时|個小時|std|stunden?)\.?$/.test(unit)
    ? 3_600_000
    : /^(?:m|mins?|minutes?|分钟|分鐘|分|min|minuten?)\.?$/.test(unit)
      ? 60_000
      : /^(?:s|secs?|seconds?|秒钟?|秒鐘|sek|sekunden?)\.?$/.test(unit)
        ? 1000
        : /^(?:d|days?|天|日|tag|tagen)$/.test(unit)
          ? DAY
          : 7 * DAY;
  return count * ms;
}

/**
 * When a message was sent, from the day heading and time a chat shows ("Today 9:12 AM",
 * "Yesterday", "Monday 9:00 AM", "Jun 12 8:47 AM", "Jun 12, 2023", "6月12日 上午8:47", "昨天", "週一",
 * "禮拜天", "前天", Cantonese "今日" and "尋日", "2026/11/27 周五 下午 3:20") or a mail list and reading
 * pane print ("Yesterday 14:02", "Yesterday at 2:02 PM", "Mon 9:14", "週一 上午9:14", "3 days ago",
 * "2 hr ago", "2小时前", "刚刚", "Gestern 14:02"),
 * in local time relative to `now`. A date without a year is the latest such day not after today
 * (today's date with a later time is today, as "Today 9:12 AM" is: a page's clock and ours can
 * differ by a time zone, not by a year). A weekday is the last such day before today, whatever day
 * the user's week starts on (mail lists print today's messages by their time alone). `now` is when
 * the page was read, never a clock read later: "Yesterday" read on Sunday stays Saturday.
 * undefined when the words say nothing usable.
 */
export function resolveWhen(text: string, now: number): number | undefined {
  const lower = text.normalize('NFKC').trim().toLowerCase();
  // A full numeric date that did not read ("Fri 06/12/2026" on a page that does not settle it) is
  // unclear, not "last Friday".
  if (NUMERIC_DATE.test(lower)) return undefined;
  const base = new Date(now);
  const [hours, minutes] = timeOfDay(lower) ?? [12, 0];
  const at = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate(), hours, minutes).getTime();
  const daysAgo = (n: number) => at(new Date(now - n * DAY));

  if (/^(just now|now|刚刚|剛剛|gerade eben)$/.test(lower)) return now;
  const ago = elapsed(lower);
  if (ago !== undefined) return now - ago;
  if (/^(today|今天|今日|heute)/.test(lower) || /^(上午|下午|中午|晚上)?\s*\d{1,2}:\d{2}/.test(lower)) return daysAgo(0);
  if (/^(yesterday|昨天|昨日|尋日|寻日|琴日|gestern)/.test(lower)) return daysAgo(1);
  if (/^(前天|前日|vorgestern)/.test(lower)) return daysAgo(2);
  const weekday = WEEKDAYS.findIndex((d) => lower.startsWith(d));
  const weekdayZh = /^(?:周|週|星期|禮拜|礼拜)([日天一二三四五六])/.exec(lower);
  const dayIndex = weekday >= 0 ? weekday : weekdayZh ? (weekdayZh[1] === SUNDAY_ZH ? 0 : WEEKDAYS_ZH.indexOf(weekdayZh[1] ?? '')) : -1;
  if (dayIndex >= 0) return daysAgo((base.getDay() - dayIndex + 7) % 7 || 7);

  const english = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?/.exec(lower);
  const chinese = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(lower) ?? /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/.exec(lower);
  let year: number | undefined;
  let month: number;
  let day: number;
  if (english && MONTHS.includes(english[1] ?? '')) {
    month = MONTHS.indexOf(english[1] ?? '');
    day = Number(english[2]);
    year = english[3] ? Number(english[3]) : undefined;
  } else if (chinese) {
    year = chinese[1] ? Number(chinese[1]) : undefined;
    month = Number(chinese[2]) - 1;
    day = Number(chinese[3]);
  } else {
    return undefined;
  }
  let candidate = at(new Date(year ?? base.getFullYear(), month, day));
  const endOfToday = new Date(base.getFullYear(), base.getMonth(), base.getDate() + 1).getTime();
  if (year === undefined && candidate >= endOfToday) candidate = at(new Date(base.getFullYear() - 1, month, day));
  return candidate;
}

/**
 * Whether a page's words for when are relative or short ("Yesterday 14:02", "Mon 9:14", "2 hr ago",
 * "昨天", "Jun 12"): kept as they are and resolved against the time the page was read. A text with
 * a full numeric date is not: one that did not read is unclear, not a weekday to count back to.
 */
export function isRelativeWhen(text: string): boolean {
  const value = text.normalize('NFKC').trim();
  if (!value || value.length > 100) return false;
  return resolveWhen(value, 0) !== undefined;
}

/** The first of a time element's texts that is relative (see `isRelativeWhen`), as the page wrote it. */
export function relativeWhenIn(candidates: readonly (string | null | undefined)[]): string | undefined {
  return candidates.map((text) => text?.normalize('NFKC').replace(/\s+/g, ' ').trim() ?? '').find(isRelativeWhen);
}
