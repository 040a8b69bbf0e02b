/**
 * Tied to another vendor until a notice date ("we're tied to Kinaxis until their notice period in
 * March", "our contract with SAP has a 90-day notice window ending 30 April", 我们跟用友的合同要到明年
 * 3月才能提前通知解约, 同Oracle嘅合約要三月先可以通知解約): not an objection to argue now, nor a wait
 * until the day itself (notice given then is too late), but a return shortly before the notice date.
 */
import { dateNamedIn } from '../reader/time-expressions';
import { headOf, tailOf, sentenceOver } from './sentence';

/** A contract with someone else: tied, locked in, under contract; 合同 with another name before it. */
const TIED_EN = /\b(?:tied (?:in )?(?:to|with|into)|locked (?:in(?:to)?|into)(?: (?:a|our|the) (?:contract|deal|agreement))?(?: with)?|under contract with|in (?:a|our) contract with|contract(?:ed)? with|committed to|signed up with|stuck with)\b/i;
const NOTICE_EN = /\b(?:notice(?: period| date| window| deadline)?|opt[- ]out|termination (?:window|date|clause)|cancellation (?:window|date)|give notice|serve notice)\b/i;
const TIED_ZH = /(?:跟|和|与|與|同)[^，,。！!？?\n]{1,16}?(?:的|嘅)?(?:合同|合约|合約|协议|協議|年约|年約)|(?:绑|綁)(?:定|住|咗)|(?:合同|合约|合約)(?:还|還)?(?:没|沒|未)到期/u;
const NOTICE_ZH = /(?:提前)?(?:通知|告知)(?:对方)?(?:解约|解約|终止|終止|不续|不續)?|解约|解約|退出窗口/u;

export interface LockIn {
  quote: string;
  /** Local midnight of the notice date as they name it. */
  notice: number;
  /** Their words for it. */
  day: string;
}

/** Their lock-in with another vendor and the notice date, when both are said; else null. */
export function lockedInUntilNotice(ownWords: string, now: number): LockIn | null {
  const tied = TIED_EN.exec(ownWords) ?? TIED_ZH.exec(ownWords);
  if (!tied) return null;
  const quote = sentenceOver(ownWords, tied.index, tied[0].length);
  const notice = NOTICE_EN.exec(quote) ?? NOTICE_ZH.exec(quote);
  if (!notice) return null;
  // The date said with the notice ("their notice period in March", "3月底前要通知"), before any other in the sentence ("綁到明年6月").
  const after = headOf(quote.slice(notice.index + notice[0].length), 'clause');
  const before = tailOf(quote.slice(0, notice.index), 'clause');
  const named = dateNamedIn(after, now) ?? dateNamedIn(before, now) ?? dateNamedIn(quote, now);
  return named ? { quote, notice: named.at, day: named.text } : null;
}

/** The end of the term said after the lock-in: "until mid 2028", "through March 2028", "runs until 30 September 2027", "expires in June". */
const END_EN = /\b(?:until|till|til|through|thru|to the end of|ending|ends?|expires?|expiring|runs? (?:out|until|till|through)|renews?|renewal)\b/i;
/** A term with someone, not a mood: a contract, deal or licence, or a vendor named ("locked in with Workday"). Not ours ("our contract with you"). */
const TERM_EN = /\b(?:contract|deal|agreement|licen[cs]e|subscription|term)\b|\b(?:with|into|to)\s+(?!(?:you|your|us|the|a|an|our|their|them)\b)[A-Z]/;
/** (a term "with" someone said plainly: "our agreement with UKG runs until…") */
const TIED_END_EN = new RegExp(`${TIED_EN.source}|\\b(?:agreement|deal|licen[cs]e|subscription) with\\b`, 'i');
const OURS_EN = /\b(?:contract|deal|agreement|licen[cs]e|subscription) with (?:you|your|us)\b/i;

export interface LockInEnd {
  quote: string;
  /** Local midnight of the day the term ends as they name it (a month, a quarter or a year's end: its last day; "mid 2028": July 1). */
  ends: number;
  /** Their words for it. */
  day: string;
}

/**
 * Their lock-in with another vendor and the day it ends, when no notice date is said ({@link lockedInUntilNotice} reads
 * that): "we are locked in until mid 2028", "under contract with Deputy through March 2028", 我们跟用友的合同要到2028年6月才到期,
 * 我們同Oracle嘅合約綁到2028年3月. null when no end ahead is said.
 */
export function lockedInUntilEnd(ownWords: string, now: number): LockInEnd | null {
  const english = TIED_END_EN.exec(ownWords);
  const tied = english ?? TIED_ZH.exec(ownWords);
  if (!tied) return null;
  const quote = sentenceOver(ownWords, tied.index, tied[0].length);
  if (english && (OURS_EN.test(quote) || !TERM_EN.test(quote))) return null;
  // (in English the date after the end's words, never one before them: "a three year deal with Workday last spring so we are locked in until mid 2028")
  const end = english ? END_EN.exec(quote.slice(Math.max(0, quote.indexOf(tied[0])))) : null;
  const from = !english ? 0 : end ? Math.max(0, quote.indexOf(tied[0])) + end.index : -1;
  if (from < 0) return null;
  const named = dateNamedIn(quote.slice(from), now, { asNamed: true });
  return named ? { quote, ends: periodEnd(named.at, named.text), day: named.text } : null;
}

/** A day of the month said ("31 August", "March 1, 2028", 3月1日): that day, not the month's end. */
const DAY_SAID = /\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]|[a-z]\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)|\d\s*[日号號]/i;
/** A point inside the period, not its end ("mid 2028", "early 2028", 2028年中, 明年初). */
const INSIDE = /\b(?:mid|middle|early|beginning|start)\b|年中|中旬|上旬|年初|月初|开年|開年/i;
/** A year and nothing else ("2028", 2028年). */
const YEAR_ONLY = /^20\d\d\s*年?$/;
const QUARTER = /\bq[1-4]\b|\bquarter\b|季/i;
/** A month or a period's end named ("through March 2028", "the end of 2028", 2028年底, 明年年底). */
const TO_MONTH_END = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|end)\b|月|底|末/i;

/**
 * The last day of the period their words name, where the reader gives its first ("through March 2028": Mar 31, not
 * Mar 1; "the end of 2028", 2028年底, "until 2028": Dec 31, not Dec 1 or Jan 1; "Q1 2028": Mar 31). A day they say stays that day.
 */
export function periodEnd(at: number, words: string): number {
  const day = new Date(at);
  // (a bare year, "until 2028", "through 2028", 合同到2028年: the year's last day, not 1 January)
  if (YEAR_ONLY.test(words.trim())) return new Date(day.getFullYear(), 11, 31).getTime();
  if (day.getDate() !== 1 || DAY_SAID.test(words) || INSIDE.test(words)) return at;
  const y = day.getFullYear();
  const m = day.getMonth();
  if (QUARTER.test(words)) return new Date(y, m - (m % 3) + 3, 0).getTime();
  return TO_MONTH_END.test(words) ? new Date(y, m + 1, 0).getTime() : at;
}
