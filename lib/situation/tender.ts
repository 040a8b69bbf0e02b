/**
 * A tender or request for proposals with its closing date ("responses are due 20 December", "the
 * RFP closes on Friday 18 December at 5pm", 投标截止日期是12月18日, 截標日期為12月21日下午五時,
 * 请于12月18日17:00前递交投标文件): a bid to prepare and submit before that day, not a time to talk
 * again nor a generic follow-up. The closing date is read by the reader's own dates
 * (`dateNamedIn`), only where the words say it closes.
 */
import { dateNamedIn } from '../reader/time-expressions';
import { headOf, tailOf, sentenceOver } from './sentence';

/** Words that make it a tender, an RFP or a formal bid (the message must hold one). */
const TENDER = /\b(?:rfp|rfq|rft|itt|tenders?|tendering|request for (?:proposals?|quotations?|quotes?|tenders?)|invitations? to (?:bid|tender)|bids?|bidding|bidders?|formal (?:procurement|sourcing) (?:process|round|event))\b|招标|招標|投标|投標|标书|標書|截标|截標|竞标|競標|比选|比選|开标|開標|询价函|詢價函|竞争性谈判|競爭性談判/i;

/** Where a closing date is said: after these words ("due 20 December", 截止日期是…) or before them (…前递交, …截标). */
const CLOSES_BEFORE_DATE = /\b(?:due(?: (?:on|by))?|deadline(?: (?:is|for [a-z ]{1,30}? is))?|closing (?:date|time)(?: is)?|closes?(?: on| at)?|submitted (?:by|no later than|before)|received (?:by|no later than|before)|no later than|must reach us by)\b|截止(?:日期|时间|時間)?(?:为|為|是|:|：)?|截[标標](?:日期|时间|時間)?(?:为|為|是|:|：)?|开标(?:日期|时间)?(?:为|是)?|開標(?:日期|時間)?(?:為|是)?/gi;
const CLOSES_AFTER_DATE = /(?:之前|以前|前)\s?(?:递交|遞交|提交|送达|送達|投递|投遞|交)|截[标標]|截止/g;

export interface TenderDeadline {
  /** Their sentence that names it. */
  quote: string;
  /** Local midnight of the closing day. */
  at: number;
  /** The words that named the day. */
  day: string;
}

/** The tender's closing date in their words, when they send us one; else null. */
export function tenderDeadline(ownWords: string, now: number): TenderDeadline | null {
  if (!TENDER.test(ownWords)) return null;
  for (const match of ownWords.matchAll(CLOSES_BEFORE_DATE)) {
    const from = match.index + match[0].length;
    // (the rest of its sentence, not the next one's date)
    const window = headOf(ownWords.slice(from, from + 48));
    const named = dateNamedIn(window, now);
    if (named) return { quote: sentenceOver(ownWords, match.index, match[0].length), at: named.at, day: named.text };
  }
  for (const match of ownWords.matchAll(CLOSES_AFTER_DATE)) {
    const before = ownWords.slice(Math.max(0, match.index - 24), match.index);
    const clause = tailOf(before, 'clause');
    const named = dateNamedIn(clause, now);
    if (named) return { quote: sentenceOver(ownWords, match.index, match[0].length), at: named.at, day: named.text };
  }
  return null;
}
