/**
 * A customer's words about their renewal's terms (DOMAIN.md § 2, stage 8, and § 5: a signed
 * customer's price concern): a discount asked ("if you can take 15% off the renewal we will sign",
 * 明年续费能不能打个八折, 續約可唔可以平啲), an increase pushed back ("20% more for a module we never
 * asked for? Match last year's price", 续费涨了这么多), a longer term offered for a better price
 * ("two years instead of one if you can do 10% off"), or more seats or sites added at renewal
 * ("wants to talk about adding the two new sites", 续约的时候再加两个门店). Answered today as a
 * customer's: what the year delivered, and the renewal terms traded; never a new buyer's price track.
 */
import { dateNamedIn } from '../reader/time-expressions';
import { lockedInUntilEnd, lockedInUntilNotice, periodEnd } from './lock-in';
import { sentenceOver } from './sentence';

/** The renewal named: in their words, the thread's subject or our last message. */
const RENEWAL = /\brenew(?:al|als|ing|s|ed)?\b|续约|續約|续费|續費|续签|續簽|续订|續訂|续期|續期|续年费|續年費/i;

/** Their terms for it, the plainest ask first: a discount, last year's price, a lower price, an increase pushed back. */
const PRICE_ASKS: readonly RegExp[] = (
  [
    String.raw`\b\d+(?:\.\d+)?\s?%\s?(?:off|discount|lower|less|reduction|cheaper)\b`,
    String.raw`\b(?:a|any|some|the|better|bigger|loyalty|multi-year|renewal)\s+discount\b|\bdiscount(?:ed)?\s+(?:renewal|rate|price)\b`,
    String.raw`打\s?[一二三四五六七八九\d.]{1,3}\s?折|[一二三四五六七八九]{1,2}折|\d+(?:\.\d+)?\s?折|折扣|优惠|優惠|便宜|降价|降價|减价|減價|少收|平啲|平[dD]|平一?[啲点點]|让利|讓利`,
    String.raw`\b(?:match|keep|hold|freeze|stay at|same as)\b[^.!?\n]{0,20}\b(?:last year['’]?s?|this year['’]?s?|current|old|existing)\b[^.!?\n]{0,12}\b(?:price|pricing|rate|fee|number)\b`,
    String.raw`(?:跟|和|按|同|照|维持|維持|保持)(?:返)?(?:去年|今年|旧|舊|原来|原來)(?:的|嘅)?(?:价格|價格|价钱|價錢|价|價)`,
    String.raw`\b(?:same|last year['’]?s?)\s+(?:price|rate|number|fee|amount)\b`,
    String.raw`\b(?:lower|reduce|bring down|cut|drop)\s+(?:the\s+|our\s+)?(?:price|cost|fee|rate|renewal)\b|\bcheaper\b|\bbetter (?:price|rate|deal)\b`,
    // (an increase only with the price beside it, or a percentage: "usage went up" is their news, not an ask)
    String.raw`\b\d+\s?%\s?(?:more|higher|increase|uplift|up)\b|\b(?:price|pricing|fee|cost|renewal)\s+(?:increase|rise|hike|uplift|jump)\b|\b(?:prices?|pricing|fees?|costs?|rates?|charges?|renewal (?:price|quote|number|amount))\b[^.!?\n]{0,25}\b(?:increase[sd]?|went up|gone up|goes up|going up|rose|risen|jumped)\b|\b(?:increase[sd]?|went up|gone up|goes up|going up|rose|risen|jumped)\b[^.!?\n]{0,12}(?:\b(?:in|of|on) (?:the |our |your )?(?:price|pricing|fee|cost|rate)s?\b|\b(?:by )?\d+(?:\.\d+)?\s?%)`,
    String.raw`(?:加|涨|漲|贵|貴|多)(?:咗|了)\s?(?:[一二两兩三四五六七八九\d]+\s?成|\d+\s?%)|涨价|漲價|(?:价|價|费|費|钱|錢|成本)[^。！？\n]{0,8}(?:涨了|漲了|上涨|上漲|贵了|貴了|貴咗|贵咗)|提价|提價|加价|加價|调价|調價|贵这么多|貴這麼多|加咗價`,
  ] as const
).map((source) => new RegExp(source, 'i'));

/** Any of them in a sentence. */
const PRICE_ASK = new RegExp(PRICE_ASKS.map((r) => r.source).join('|'), 'i');

/** A budget that cannot pay the same again (a reason beside the ask, quoted only when no ask is). */
const BUDGET_CUT = /\bbudget\b[^.!?\n]{0,25}\b(?:cut|slashed|reduced|frozen|smaller|tighter|lower)\b|(?:预算|預算)[^。！？\n]{0,8}(?:砍|削减|削減|压缩|壓縮|减少|減少|缩减|縮減|紧|緊)/i;

/** More of what they have, added at renewal: seats, users, sites, branches (加两个门店, 多開20個帳號). */
const MORE_ASK =
  /\b(?:add(?:ing)?|increas(?:e|ing)|rais(?:e|ing)|bump(?:ing)?(?: up)?|extend(?:ing)?(?: it)? to|roll(?:ing)? (?:it )?out to|expand(?:ing)?(?: it)? to|bring(?:ing)? (?:on|in))\b[^.!?\n]{0,30}\b(?:sites?|seats?|users?|licen[cs]es?|locations?|branch(?:es)?|stores?|shops?|clinics?|plants?|factories|warehouses?|depots?|teams?|offices?|departments?|modules?)\b|\b(?:more|extra|additional|another \d+|\d+ more)\s+(?:sites?|seats?|users?|licen[cs]es?|locations?|branches|stores?|clinics?|plants?|warehouses?|depots?|teams?|offices?)\b|(?:加|增加|新增|多开|多開|扩到|擴到|扩展到|擴展到|加开|加開|加购|加購)[^。！？\n]{0,6}(?:门店|門店|分店|店|账号|帳號|用户|用戶|工厂|工廠|厂|廠|仓库|倉庫|站点|站點|网点|網點|诊所|診所|分公司|部门|部門|模块|模組|个点|個點)/i;

/** A price sought from someone else, not from us at renewal: "our other vendor's renewal went up" is no ask of ours. */
const ELSEWHERE = /\b(?:with|from|at) (?!you\b|your\b|us\b)[A-Z][\w&.-]+[^.!?\n]{0,10}$/;

/** Their present vendor's renewal, not ours: "our current provider's renewal went up 30%", 现在用的系统续费涨价了. */
const THEIR_VENDOR = /\b(?:current|existing|old|other|present) (?:vendor|provider|supplier|tool|system|platform|solution|software)\b|(?:现在|現在|目前|现有|現有|原来|原來)(?:用的|用緊嘅|使用的)?(?:系统|系統|供应商|供應商|厂商|廠商|软件|軟件|軟體)/i;

/** What went up is theirs, not our price: usage, users, orders ("Usage went up 30% this quarter", 用量涨了三成). */
const NOT_PRICE_BEFORE = /\b(?:usage|use|users?|seats?|logins?|adoption|volumes?|traffic|sales|revenue|orders?|headcount|team|staff|bookings?|tickets?|throughput|output|productivity|satisfaction)\b[^.!?\n]{0,12}$|(?:用量|使用量|用户|用戶|人数|人數|账号|帳號|订单|訂單|销量|銷量|业务量|業務量|流量|营收|營收|效率|满意度|滿意度)[^。！？\n]{0,4}$/i;

/** The renewal said to be done: "the renewal is all sorted", "renewal signed", 已续约, 續咗約. Not one still to be ("once the renewal is signed"). */
const RENEWAL_DONE = /\brenewal\b[^.!?\n]{0,20}?\b(?:is |was |has been |'s |all |now |already )*(?:sorted|signed|done|went through|gone through|through|confirmed|completed?|processed|finali[sz]ed|locked in)\b|\b(?:we(?:'ve| have)?|just|already) renewed\b|(?:已经|已經|已)(?:续约|續約|续费|續費|续签|續簽|续订|續訂|续|續)|(?:续约|續約|续费|續費|续签|續簽)(?:已经|已經|已)?(?:办好|辦好|搞定|签了|簽了|签好|簽好|完成|处理好|處理好)|續咗|续咗|续好了|續好了/i;
const NOT_DONE_YET = /\b(?:once|when|after|before|until|till|if|whether|as soon as)\b[^.!?\n]{0,12}$|(?:等|一旦|如果|要是|等到|还没|還沒|未)[^。！？\n]{0,4}$/i;

function renewalDone(words: string): boolean {
  const done = RENEWAL_DONE.exec(words);
  return done !== null && !NOT_DONE_YET.test(words.slice(Math.max(0, done.index - 20), done.index));
}

/** The first price asked that is asked of us: not another vendor's, not their own numbers going up. */
function priceAsked(words: string, from: readonly RegExp[]): RegExpExecArray | null {
  for (const pattern of from) {
    const all = new RegExp(pattern.source, 'gi');
    for (let match = all.exec(words); match; match = all.exec(words)) {
      const before = words.slice(Math.max(0, match.index - 40), match.index);
      if (!ELSEWHERE.test(before) && !NOT_PRICE_BEFORE.test(before)) return match;
      if (match[0] === '') all.lastIndex += 1;
    }
  }
  return null;
}

export interface RenewalAsk {
  /** Their sentence that asks it. */
  quote: string;
  /** Only more seats or sites asked, no price in question: the renewal and the addition quoted together. */
  expansion: boolean;
}

/**
 * A customer's ask about their renewal's terms in their own words (`context`: the thread's subject
 * and our last message, where the renewal may be named instead), or null. Only for a customer: the
 * caller checks the deal is signed (a prospect's "our renewal with X went up 20%" is their vendor's).
 */
export function renewalAsk(ownWords: string, context: readonly string[] = []): RenewalAsk | null {
  if (![ownWords, ...context].some((words) => RENEWAL.test(words)) || THEIR_VENDOR.test(ownWords) || renewalDone(ownWords)) return null;
  // More seats or sites first: "at renewal we want to increase the seats to 50" is the addition, its verb no price rise.
  const more = MORE_ASK.exec(ownWords);
  const price = priceAsked(ownWords, [...PRICE_ASKS, BUDGET_CUT]);
  if (price && !(more && price.index >= more.index && price.index < more.index + more[0].length)) {
    return { quote: sentenceOver(ownWords, price.index, price[0].length), expansion: false };
  }
  if (more) return { quote: sentenceOver(ownWords, more.index, more[0].length), expansion: true };
  return null;
}

/** Whether a sentence of theirs asks only for more seats or sites, no price in question (the renewal's addition, quoted with it). */
export function asksMoreOnly(sentence: string): boolean {
  return MORE_ASK.test(sentence) && !PRICE_ASK.test(sentence) && !BUDGET_CUT.test(sentence);
}

/**
 * How long before our renewal's day the renewal starts: a quarter, time for a value review, their budget and the
 * paperwork (DOMAIN.md is silent on renewal timing; a competitor's lock-in is met six months ahead, lock-in.ts).
 */
export const RENEWAL_LEAD_DAYS = 90;

/** Our renewal's day, as a note or a message says it: "Renewal due 31 March 2027", "Contract renews 31/03/2027", 续约日期2027年3月31日, 合約3月底到期. */
const RENEWAL_DAY = /\brenew(?:al|als|s|ing)?\b|\b(?:contract|subscription|licen[cs]e|agreement|plan)s?\b[^.!?\n]{0,30}\b(?:ends?|expires?|expiring|runs? out)\b|续约|續約|续费|續費|续签|續簽|续订|續訂|(?:合同|合约|合約|协议|協議|订阅|訂閱|年费|年費)[^。！？\n]{0,12}到期/i;

export interface RenewalDay {
  /** The sentence that names it. */
  quote: string;
  /** Local midnight of the day (a month named: its last day). */
  at: number;
}

/** A contract with another vendor named in the sentence: "their contract with Kinaxis renews in March", 他们和用友的合同3月到期. */
const ELSEWHERE_IN = /\b(?:contract|subscription|licen[cs]e|agreement|deal|renewal) (?:with|from|at) (?!(?:you|your|us)\b)\S|(?:和|与|與|跟|同)[^。！？，,\n]{1,12}(?:的|嘅)?(?:合同|合约|合約|协议|協議)/i;

/**
 * The day our customer's renewal falls on, from the newest text that names one ahead of its own day (the rep's note
 * on the record counts: "Renewal due 31 March 2027, they want to add the Leeds site"); null when none does. Not a
 * renewal with another vendor (their lock-in, lock-in.ts), nor one already done. Only for a customer: the caller checks.
 */
export function renewalDay(texts: readonly { text: string; at: number }[]): RenewalDay | null {
  for (const { text, at } of texts) {
    const match = RENEWAL_DAY.exec(text);
    if (!match) continue;
    const quote = sentenceOver(text, match.index, match[0].length);
    if (THEIR_VENDOR.test(quote) || ELSEWHERE_IN.test(quote) || renewalDone(quote) || lockedInUntilEnd(quote, at) || lockedInUntilNotice(quote, at)) continue;
    const named = dateNamedIn(quote, at, { asNamed: true });
    const day = named ? periodEnd(named.at, named.text) : null;
    if (day !== null && day > at) return { quote, at: day };
  }
  return null;
}

/** Words about the customer, not to us: a note's "they want to add the Leeds site", 客户想加, 佢哋想加 (the record's words, no reply owed for them). */
const ABOUT_THEM = /\b(?:they|they['’]re|they['’]d|them|the customer|the client)\b|客户|客戶|对方|對方|他们|他們|佢哋|佢地/i;

/** Whether the sentence naming the renewal speaks of the customer in the third person (a note on the record, whoever the reader takes it for). */
export function aboutThem(quote: string): boolean {
  return ABOUT_THEM.test(quote);
}
