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
