import type { BuyingSignal } from '../engine/buying-signals';
import type { ReplyReading } from '../reader/read-reply';

/** Asked, not stated: "can we…", "could we…", "would it be possible…", 能不能, 可以…吗, 可唔可以. */
const ASKED = /\b(?:can|could|may)\s+(?:we|you|it|they|the\s+\w+)\b|\bwould (?:it|you) be (?:possible|ok|okay|open)\b|\bis it possible\b|\bare you open to\b|能不能|能否|可不可以|可以.{0,24}[吗嗎]|是否可以|行不行|可唔可以|得唔得/i;
/** What the deal is made of: its size, its length, where it starts. */
const TERMS = /\b(?:seats?|licen[cs]es?|users?|logins?|accounts?|sites?|stores?|warehouses?|(?:one|two|three|1|2|3)[- ]years?|year term|contract term|term|months?|pilot|phase|phased|start with|begin with|start small|sign for|fewer|smaller|only)\b|先签|先簽|先买|先買|先上|先试|先試|先用|先做|先从|先從|先开|先開|账号|帳號|账户|帳戶|席位|用户数|用戶數|签一年|簽一年|签两年|簽兩年|年限|期限|合同期|合约期|合約期|门店|門店/i;
/** A refusal or a complaint beside it makes it the contract objection ("the cap does not work for us, can we change it?"). */
const REFUSED = /\b(?:not acceptable|unacceptable|do(?:es)?(?:n't| not) work|won't work|can(?:'t|not) (?:accept|agree|sign)|not comfortable|too (?:long|short|high|low|much|restrictive))\b|不能接受|无法接受|無法接受|接受不了|不行|不合理|太长|太長|太短|太高|太多/i;

/**
 * A change of the deal's terms asked as a question with nothing refused ("can we sign for one year
 * first?", "could we start with 20 seats?", 能不能先签一年？, 可以先买50个账号吗？): a buying signal
 * (DOMAIN.md § 6, "asks for detail changes"), whichever of contract and nothing the reader leans to;
 * the draft answers the question. Not when they name a day (a start moved is read as its date) or
 * refuse anything; the caller counts it only once something was presented. Null otherwise.
 */
export function termsAsked(reading: ReplyReading, ownWords: string | null): BuyingSignal | null {
  const question = reading.question;
  if (!ownWords || !question || reading.namedDate || (reading.category !== 'contract' && reading.category !== 'none')) return null;
  if (!ASKED.test(question.text) || !TERMS.test(question.text) || REFUSED.test(ownWords)) return null;
  return { signal: 'terms_change', evidence: question };
}
