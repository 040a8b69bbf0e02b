/**
 * A customer's notice that they will not renew ("please treat this as our notice of non-renewal",
 * "we won't be renewing when the contract ends on 31 January", "we've decided to let the licence
 * lapse", 合同到期后我们不再续约, 一月尾約滿之後我哋唔再續約, 明年不續約了): a retention step before the
 * end date (hear why, offer what would change it), not a renewal reminder nor a wait until then.
 */
import { dateNamedIn } from '../reader/time-expressions';
import { sentenceOver } from './sentence';

const EN = /\b(?:(?:will|shall|would) not|won['’]t|do not|don['’]t|are not|aren['’]t|not going to|(?:have |has )?decided not to|no longer (?:plan|intend|want) to|not planning to|(?:have |has )?chosen not to)\s+(?:be\s+)?renew(?:ing)?\b|\bnon-?renewal\b|\bnot (?:be )?renewing\b|\blet (?:the|our|it|this) (?:contract|subscription|licen[cs]e|agreement|plan)?\s*(?:lapse|expire|run out)\b|\b(?:cancel|end|terminate) (?:the|our) (?:subscription|contract|agreement|licen[cs]e)s? (?:at|on|when|once) (?:it|its|the)? ?(?:renewal|expir|end|term)/i;
const ZH = /(?:不再|不|唔再|唔|冇打算|没打算|沒打算|不打算)(?:会|會)?(?:续约|續約|续签|續簽|续费|續費|续订|續訂|续期|續期)|(?:到期|约满|約滿|期满|期滿)(?:之?后|之?後|就)?(?:就)?(?:不再|不|唔再|唔)(?:续|續|合作|用)/u;

const YEAR_ONLY = /^(?:(?:next|this|the coming|the following) year|明年|今年|下年|出年|来年|來年|明年度)$/i;

export interface NonRenewal {
  quote: string;
  /** The day the contract ends, when their words name it. */
  ends: number | null;
}

/** Their notice not to renew, with the end date they name; null when there is none. */
export function nonRenewalNotice(ownWords: string, now: number): NonRenewal | null {
  const match = EN.exec(ownWords) ?? ZH.exec(ownWords);
  if (!match) return null;
  const quote = sentenceOver(ownWords, match.index, match[0].length);
  const named = dateNamedIn(quote, now, { asNamed: true });
  // (a year alone, "明年合同到期", says when it ends no better than nothing: 1 January is not its end)
  return { quote, ends: named && !YEAR_ONLY.test(named.text.trim()) ? named.at : null };
}
