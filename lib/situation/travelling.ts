import { cleanReply } from '../nlp/reply';
import { promiseWithoutDay } from './promise';
import { findRequest } from './request';
import type { LastWord } from './types';

/**
 * Someone travelling who writes in their own words ("On the road all week, so replies will be slow.
 * I'll go through the quote on the flight home and come back to you", 这周在出差，不过想先问下…) is no
 * auto-reply: what they promise, ask or ask of us is read as usual. The reader's away notice is set
 * aside for it; a real auto-reply or a leave keeps it (the wait for their return).
 */
const TRAVEL = /\btravel(?:l?ing)?\b|\bon the road\b|\bon a (?:business )?trip\b|\bbusiness trip\b|\bat a (?:trade show|conference)\b|出差|在外地|在外面跑|路上/i;
/** An auto-reply or a leave: the away notice stands. */
const AUTO_OR_LEAVE = /\bauto(?:matic(?:ally)?|[- ]?reply|[- ]?response)?\b|\bout of (?:the )?office\b|\bOOO\b|\blimited access\b|\b(?:annual |parental |maternity |sick )?leave\b|\bvacation\b|\bholiday\b|自动回复|自動回覆|自動回復|休假|年假|请假|請假|产假|產假/i;

/** Their last words, with the reader's away notice set aside when they are a traveller's own note that promises, asks or asks of us. */
export function withoutTravelAway(word: LastWord | null): LastWord | null {
  if (!word?.reading.outOfOffice || word.reading.stop) return word;
  if (!TRAVEL.test(word.text) || AUTO_OR_LEAVE.test(word.text)) return word;
  const words = cleanReply(word.text).text;
  const more = promiseWithoutDay(words) !== null || word.reading.question !== null || findRequest(words) !== null;
  return more ? { ...word, reading: { ...word.reading, outOfOffice: null } } : word;
}
