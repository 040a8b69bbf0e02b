import { findNamedDate } from '../reader/time-expressions';

/**
 * A day they named that is a meeting, not a "not now": the reply names a time of day with it
 * ("Tuesday 10am works", "下週三下午兩點可以", "demo on December 9, 10:00", a move to "next Tue, same
 * time"). A deferral names a month, a season or a holiday and no hour; a meeting is held on its day
 * and followed up after it.
 */
const CLOCK = [
  // 10am, 2 pm, 10:30, 9.30 a.m.
  /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/i,
  /\b(?:[01]?\d|2[0-3]):[0-5]\d\b/,
  /\bnoon\b/i,
  // "Monday at 11 is fine"
  /\bat \d{1,2}(?![\d:.]|\s?(?:%|percent|people|users|seats|sites|stores|days|weeks))\b/i,
  // 下午兩點, 上午10点, 3点半, 十點
  /(?:上午|下午|早上|晚上|中午|傍晚)?\s?[0-9一二两兩三四五六七八九十]{1,3}\s?[点點](?:半|钟|鐘|[0-9一二三四五]{1,2}分?)?/,
  /(?:上午|下午|早上|中午)/,
  // a meeting moved to another day at the hour already set ("push to next Tue, same time", 改到下週三，同一時間)
  /\b(?:same|usual) (?:time|slot|hour)\b/i,
  /(?:同一|同样|同樣|一样的|一樣的|原来的|原來的|原定的|老)(?:时间|時間)|(?:时间|時間)(?:不变|不變|照旧|照舊)/,
];

/** Meetings are named for the coming weeks; a day further out with an hour is still a plan to talk later. */
const MEETING_HORIZON_DAYS = 31;

export function isAppointment(text: string, day: number, writtenAt: number): boolean {
  if (day < writtenAt - 86_400_000 || day - writtenAt > MEETING_HORIZON_DAYS * 86_400_000) return false;
  return CLOCK.some((pattern) => pattern.test(text));
}

/**
 * A period named as the one they write in ("this year's budget", 今年的预算, 本月, 這一季) describes
 * now; it is no day to come back on. Only a later day is a deferral.
 */
const CURRENT_PERIOD = /\bthis (?:year|month|week|quarter|season|fiscal year|fy)\b|今年|本年度?|本月|这个月|這個月|本周|本週|这周|這週|这礼拜|這禮拜|本季度?|这个季度|這個季度|这一季|這一季/i;

/** A day inside the period named ("这个月15号", "the 20th of this month", "Friday this week") or the day after it ("after this month"): a day to come back on. */
const DAY_IN_PERIOD = /\d[号號日]|\b\d{1,2}(?:st|nd|rd|th)\b|[周週期拜][一二三四五六日天1-7]|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri)(?:day)?\b|^(?:after|once)\b|^(?:过完|過完|过了|過了)/i;

export function namesCurrentPeriod(words: string): boolean {
  return CURRENT_PERIOD.test(words) && !DAY_IN_PERIOD.test(words);
}

/**
 * The meeting our own message proposed ("下周三下午3点电话沟通方便吗？", "Does Tuesday at 10am work for
 * you?"): its day and words, when it asked and named a day with an hour; else null. Their "ok" / 好
 * to it agrees to that meeting, not only thanks us.
 */
export function proposedMeeting(text: string, writtenAt: number): { at: number; words: string } | null {
  if (!/[?？]/.test(text)) return null;
  const named = findNamedDate(text, writtenAt);
  if (!named || !isAppointment(text, named.at, writtenAt)) return null;
  return { at: named.at, words: named.text };
}

/**
 * A meeting they ask to move to a later week or day with no hour ("any chance we can push Tuesday's call
 * to the week of the 14th?", 周二的电话能不能改到14号那周？, 個會可唔可以改去下個禮拜): not a "not now" to wait
 * out, a new time to offer today (two slots in the period they named).
 */
const MOVE_MEETING = [
  /\b(?:push|move|reschedule|postpone|shift|bump|slide|rebook|put off)\b[^.!?\n]{0,40}?\b(?:call|meeting|demo|session|chat|catch-?up|review|walkthrough|walk-through|appointment|sync)\b[^.!?\n]{0,30}?\b(?:to|until|till|into)\b|\b(?:call|meeting|demo|session|chat|catch-?up|appointment)\b[^.!?\n]{0,30}?\b(?:pushed|moved|rescheduled|postponed|shifted)\b/i,
  /(?:会议|會議|电话|電話|通话|通話|演示|demo|会|會|约|約|见面|見面)[^。！？\n]{0,10}?(?:改|推|挪|延|押后|押後|移)(?:到|至|去|迟到|遲到|后到|後到)|改期|(?:改|推|挪|延)(?:到|至|去)[^。！？\n]{0,12}(?:再)?(?:开|開|聊|谈|談|倾|傾|见|見|演示)/i,
];

export function asksToMoveMeeting(text: string, day: number, writtenAt: number): boolean {
  if (day < writtenAt - 86_400_000 || day - writtenAt > MEETING_HORIZON_DAYS * 86_400_000) return false;
  return MOVE_MEETING.some((pattern) => pattern.test(text));
}
