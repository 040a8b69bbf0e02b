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

/** A size named: a number of seats, users, licences, sites ("200 users", 100个账号), or all of them ("all our stores"). */
const QUANTITY = /\b\d[\d,]*\s*(?:seats?|users?|licen[cs]es?|logins?|accounts?|sites?|stores?|locations?|branches|warehouses?|plants?|units?|devices?|employees?|people)\b|\ball (?:of )?(?:our |the )?(?:\d[\d,]* )?(?:users|seats|sites|stores|locations|branches|warehouses|staff|teams|plants)\b|\d[\d,]*\s*(?:个|個|套|家|間|间)?\s*(?:账号|帳號|账户|帳戶|席位|用户|用戶|门店|門店|站点|站點|工厂|工廠|license)/i;
/** What the size would cost: the price, per seat, a volume rate. */
const PRICE_OF = /\b(?:price|pricing|cost|costs|per[- ](?:user|seat|licen[cs]e|site)|discount|rate|volume|come down|cheaper)\b|价格|價格|单价|單價|便宜|优惠|優惠|折扣|怎么算|怎麼算|多少钱|多少錢|幾錢|几钱/i;
/** A commitment offered for a better price ("if we sign before Dec 31", 年底前签的话). */
const COMMIT = /\b(?:if|once|when) we (?:sign|commit|go ahead|proceed|order|purchase|buy|prepay|pay upfront)\b|\b(?:sign|signing|commit|committing) (?:before|by|this (?:week|month|quarter|year)|today|now)\b|(?:签|簽|下单|下單|付款)(?:的话|的話)|(?:如果|要是|若)[^。！？，,]{0,10}(?:签|簽|下单|下單)/i;
const DISCOUNT = /\b\d+\s?%\s?(?:off|discount)\b|\bdiscount|\bbetter (?:price|rate|deal)\b|\bsharpen\b|打折|折扣|优惠|優惠|便宜|[\d一二三四五六七八九]+\s?折/i;

/**
 * A buyer pricing a bigger order or a commitment ("if we rolled this out to all 200 users, what would
 * the per-user price come down to?", "can you do 15% off if we sign before Dec 31?", 如果一次买100个账号，
 * 单价能便宜多少？): asking to buy more or sooner, not saying it costs too much. A question to answer,
 * and once the quote is out a buying signal (DOMAIN.md § 6, "asks for detail changes"), whichever of
 * price, budget, contract and nothing the reader leans to. Null otherwise, or when anything is refused.
 */
export function volumeAsked(reading: ReplyReading, ownWords: string | null, request: string | null = null): BuyingSignal | null {
  // (or asked without a question mark: "kindly revert with your best price for 50 licences")
  const at = request && ownWords ? ownWords.indexOf(request) : -1;
  const question = reading.question ?? (request && at >= 0 ? { text: request, start: at, end: at + request.length } : null);
  if (!ownWords || !question || !['price', 'budget', 'contract', 'none'].includes(reading.category) || REFUSED.test(ownWords)) return null;
  const sized = QUANTITY.test(question.text) && PRICE_OF.test(question.text);
  const committed = COMMIT.test(question.text) && DISCOUNT.test(question.text);
  return sized || committed ? { signal: 'terms_change', evidence: question } : null;
}

/**
 * Payment terms they name as their own ("our policy is net 90", "90-day payment terms", 付款條件要月結90天, 账期60天, 票期九十天):
 * the terms as they wrote them, which the contract track answers as such (not with milestones nobody asked for); else null.
 */
const PAYMENT_TERMS = /\bnet[- ]?\d{2,3}(?:[- ]days?)?\b|\b\d{2,3}[- ]days?(?: payment)? terms\b|\b(?:payment|pay) (?:with)?in \d{2,3} days\b|月[结結]\s?(?:\d{2,3}|[三六九]十)\s?[天日]|(?:账期|賬期|帳期|票期)(?:要|是|为|為|係)?\s?(?:\d{2,3}|[三六九]十)\s?[天日]|(?:\d{2,3}|[三六九]十)\s?[天日](?:的)?(?:账期|賬期|帳期|票期|结算|結算)/i;

export function paymentTermsNamed(words: string): string | null {
  return PAYMENT_TERMS.exec(words)?.[0] ?? null;
}
