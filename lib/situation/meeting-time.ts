import { clausesOf } from './sentence';

/**
 * The hour of a meeting they agreed to, as they said it, with the time zone they named ("Tuesday 9am
 * PST", "Tuesday 8am my time", 下周三下午北京时间3点, 下週二上午10點（台北時間）): the confirmation
 * says the hour in their zone, so both sides read the same hour ("9am PST", "8am your time").
 * Their "my time" is "your time" in our reply, and the other way round.
 */
const ZONE_EN =
  String.raw`(?:(?:PST|PDT|PT|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|GMT|UTC|BST|CET|CEST|EET|IST|SGT|HKT|JST|KST|AEST|AEDT|AET|NZST|NZDT)(?:\s?[+-]\s?\d{1,2})?|(?:Pacific|Eastern|Central|Mountain|UK|London|Berlin|Paris|Sydney|Melbourne|Singapore|Tokyo|India|New York|Hong Kong|Beijing|Shanghai|Taipei|my|your|our)\s+time)`;
const HOUR_EN = String.raw`(?:\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?)|\d{1,2}:\d{2}|noon|midday|(?<=\bat )\d{1,2}(?![\d:.]))`;
const EN_TIME = new RegExp(String.raw`\b${HOUR_EN}(?:\s*\(?(?:${ZONE_EN})\b\)?)?`, 'i');
const ZONE_ZH = String.raw`(?:北京时间|北京時間|台北时间|台北時間|香港时间|香港時間|新加坡时间|新加坡時間|东八区|東八區|当地时间|當地時間)`;
const HOUR_ZH = String.raw`(?:(?:上午|下午|早上|晚上|中午|傍晚)\s*)?(?:${ZONE_ZH}\s*)?[0-9一二两兩三四五六七八九十]{1,3}\s*(?:[点點](?:半|[0-9]{1,2}分?|一刻)?|:[0-9]{2})`;
const ZH_TIME = new RegExp(String.raw`(?:${ZONE_ZH}\s*)?${HOUR_ZH}(?:\s*[（(]?${ZONE_ZH}[)）]?)?`);

/** Their "my time" is our "your time", and theirs "your time" ours "my time". */
function ourWords(time: string): string {
  return time.replace(/\b(my|our|your) time\b/i, (_, who: string) => (who.toLowerCase() === 'your' ? 'my time' : 'your time'));
}

/** The meeting's hour as they named it (with their zone), read near the day they named; null when no hour is named. */
export function meetingTime(text: string, dayWords: string): string | null {
  const at = Math.max(0, text.indexOf(dayWords));
  const near = text.slice(at, at + dayWords.length + 60);
  const zh = ZH_TIME.exec(near);
  // (a bare "14:00" reads either way; "3pm - 3:30pm" is the English "3pm", not the "3:30" after it)
  if (zh && /\p{Script=Han}/u.test(zh[0])) return zh[0].trim();
  const en = EN_TIME.exec(near);
  if (!en) return zh ? zh[0].trim() : null;
  // A zone named elsewhere in the sentence ("I'm in Sydney… Tuesday 8am my time works").
  return ourWords(en[0].replace(/\s+/g, ' ').trim());
}

/** A meeting moved at the hour already set: "same time", "usual slot", 同一時間, 原定的时间, 时间不变. */
export const SAME_HOUR = /\b(?:same|usual) (?:time|slot|hour)\b|(?:同一|同样|同樣|一样的|一樣的|原来的|原來的|原定的|老)(?:时间|時間)|(?:时间|時間)(?:不变|不變|照旧|照舊)/i;

/**
 * The hour of a meeting they move "same time" (to another day): the hour our message set for the day they leave
 * ("You're all set for Thursday, Dec 10 at 2:00 PM ET" → "push to Tuesday the 15th, same time?": 2:00 PM ET); null when
 * they name no such move or our message named no hour.
 */
export function sameHourAs(theirWords: string, ours: string, oursDayWords: string | null): string | null {
  return SAME_HOUR.test(theirWords) && oursDayWords !== null ? meetingTime(ours, oursDayWords) : null;
}

/**
 * A question asked beside the meeting they agreed to ("Wednesday 2pm works. Will you bring someone from
 * implementation?", 下周一下午三点可以，腾讯会议还是线下？): its own clause, not the day, the hour or
 * the move itself ("could we move it to Monday, same time?" asks nothing else). null when none.
 */
export function questionBeside(question: string, dayWords: string): string | null {
  // (their questions at the end, a sign-off after them aside: "…可以先給續約報價嗎?價格會不會調整?\nThanks")
  // (a colon introduces what follows: "Tuesday at 10 works: could you send the agenda beforehand?" asks about the agenda)
  const clauses = clausesOf(question)
    .flatMap((c) => c.split(/(?<=[:：])(?=\s)|(?<=：)/u).map((part) => part.trim()))
    .filter((c) => c !== '' && !SIGN_OFF.test(c));
  let from = clauses.length;
  while (from > 0 && asksBeside(clauses[from - 1] ?? '', dayWords)) from--;
  return from < clauses.length ? clauses.slice(from).join(/\p{Script=Han}/u.test(question) ? '' : ' ') : null;
}

/** A thanks or a farewell alone in its clause. */
const SIGN_OFF = /^(?:thanks?(?: again| a lot| so much)?|thank you|thx|ty|cheers|regards|best(?: regards)?|br|谢谢|謝謝|多谢|多謝|唔該|感谢|感謝)[\s!.,，。！]*$/iu;

/** A clause asking something else than the day, the hour or the move itself. */
function asksBeside(clause: string, dayWords: string): boolean {
  if (!/[?？]/.test(clause)) return false;
  if (clause.includes(dayWords) || EN_TIME.test(clause) || ZH_TIME.test(clause)) return false;
  return !/\bsame (?:time|slot)\b|\b(?:work|works|suit|suits|ok|okay|fine)\b|时间不变|時間不變|同一时间|同一時間|可以吗|可以嗎|方便吗|方便嗎|行吗|行嗎|好吗|好嗎/i.test(clause);
}

/** Another day or hour offered after "or" / 还是 / 周二或周四 in the sentence naming the day ("Would Tuesday at 11:00 or Thursday at 15:00 suit you?"): ours to pick from, no meeting agreed yet. */
const OTHER_SLOT = new RegExp(String.raw`(?:\bor\b|还是|還是|或者|或是|(?<=[一二三四五六日天])或)[^?？]{0,24}?(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|${HOUR_EN}|[周週星期礼拜禮][一二三四五六日天]|[0-9一二两兩三四五六七八九十]{1,3}\s*[点點])`, 'i');

export function offersChoice(text: string, dayWords: string): boolean {
  const at = text.indexOf(dayWords);
  if (at < 0) return false;
  const start = Math.max(text.slice(0, at).search(/[^.!?。！？\n]*$/), 0);
  const end = /[.!?。！？\n](?=\s|$)|[。！？\n]/.exec(text.slice(at + dayWords.length));
  return OTHER_SLOT.test(text.slice(start, end ? at + dayWords.length + end.index + 1 : text.length));
}
