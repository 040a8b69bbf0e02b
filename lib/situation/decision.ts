import { sentenceAt } from './sentence';

/**
 * They tell us the decision went against us: another vendor chosen ("we've decided to go with
 * Acme", "we went with another provider", 已经和别家签了, 我哋已經簽咗另一間) or the project stopped
 * ("we have decided not to proceed at this time", 公司决定暂时不上这个系统). A decision made, not an
 * objection to argue today (the competitor's track answered "we signed with another vendor" with our
 * mobile approval, and "not proceeding" with a brochure): the rep thanks them, asks what decided it,
 * and re-opens later.
 *
 * A customer leaving at renewal is not this (their objection is answered today), nor a decision
 * for us ("we've decided to go with you", 决定跟你们合作).
 */
const US = String.raw`(?:you|your|yours)\b`;
const WHO = String.raw`the (?:team|committee|board|business|company|client|management|leadership|steering group)`;
const EN_DECISION = [
  new RegExp(String.raw`\b(?:we|i|${WHO})(?:'ve|’ve| have| has)? (?:now |finally |ultimately )?(?:decided|chosen|opted|elected) (?:to (?:go|proceed|move forward|move ahead|partner|work|stay|stick|continue) with |for |on )(?!${US})`, 'i'),
  new RegExp(String.raw`\b(?:we|i)(?:'ve|’ve| have)? (?:gone|went|signed|partnered|contracted) with (?:another|a different|the other|an alternative|a competing)\b`, 'i'),
  // … with a name ("we went with Acme"): case-sensitive, so "went with it" is no vendor
  /\b(?:[Ww]e|I)(?:'ve|’ve| have)? (?:gone|went|signed|partnered|contracted) with (?!You\b|Your\b|SOP\b)[A-Z][\w&.-]*/,
  /\b(?:we|i)(?:'ve|’ve| have)? (?:selected|chosen|picked) (?:another|a different|an alternative|a competing|the other) (?:vendor|supplier|provider|partner|solution|platform|tool|company|option)\b/i,
  new RegExp(String.raw`\b(?:we|i|${WHO})(?:'ve|’ve| have| has)? (?:now |finally |ultimately )?(?:decided|chosen|opted) (?:not to (?:proceed|move forward|go ahead|pursue|continue|take (?:this|it) (?:any )?further)|against (?:it|this|going ahead|proceeding))\b`, 'i'),
  new RegExp(String.raw`\b(?:we|i)(?:'ve|’ve| have)? (?:ended up|wound up|in the end) (?:going|signing|staying|sticking|partnering) with (?!${US})`, 'i'),
  new RegExp(String.raw`\bplaced (?:the|our|an|this) (?:order|po|purchase order) with (?!${US}|us\b)`, 'i'),
  /\b(?:we )?(?:will|'ll|’ll|won'?t|won’t) (?:not )?be (?:proceeding|moving forward|going ahead|pursuing this)\b(?! (?:with )?(?:the |your )?(?:contract|order|signature)| (?:until|unless|before|till|without)\b)/i,
  /\b(?:awarded|gave) (?:the|this) (?:contract|project|business|tender|deal) to\b(?! you)/i,
  // the formal register, in the passive: "the contract has been awarded to another supplier", "another provider was selected",
  // "your tender was unsuccessful on this occasion", "you have not been successful" (not "awarded to you")
  /\b(?:contract|tender|project|business|work|bid|order|framework|engagement)(?: [\w-]+){0,2}? (?:has been|have been|was|were) (?:awarded|given|granted|let|placed) to (?!you\b|your\b|us\b)/i,
  /\b(?:another|a different|an alternative|a competing|the other) (?:vendor|supplier|provider|partner|solution|company|bidder|firm|agency|contractor) (?:has been|have been|was|were) (?:selected|chosen|appointed|preferred|successful)\b/i,
  /\b(?:(?:your|the) (?:bid|proposal|submission|tender|response|quote|quotation|application|offer) (?:has been|was|is|have been) unsuccessful|(?:you|your (?:company|firm|organisation|organization)) (?:have|has|were|was) (?:not been successful|been unsuccessful|unsuccessful)|unsuccessful on this occasion)\b/i,
];
const ZH_DECISION = [
  // 决定/選了 another one
  /(?:决定|決定|最后|最後|最终|最終)?(?:选|選|揀|用|采用|採用)(?:了|咗)(?:另一|另外一|别|別|第二|其他)(?:家|间|間|個|个|套)/,
  // signed with someone else
  /(?:已经|已經|已)(?:和|跟|与|與|同)(?!你们|你們|贵司|貴司|您|你哋|你)[^。！？\n，,]{1,12}(?:签|簽)(?:了|咗|约了|約了)/,
  /(?:签|簽)(?:了|咗)(?:另一|另外一|别|別|第二|其他)(?:家|间|間|個|个)/,
  // the formal register: 很遗憾贵司未能中标, 貴公司未獲選, 已决定选择其他供应商, 中标单位为… (not 贵司中标)
  /(?:未能|未|没有|沒有|没能|沒能)(?:中标|中標|入选|入選|获选|獲選|被选中|被選中)/,
  /(?:决定|決定|已)(?:选择|選擇|采用|採用|委托|委託)(?:了)?(?:其他|另一家|另外一家|别家|別家|别的|別的)/,
  /(?:中标|中標|得标|得標)(?:单位|單位|厂商|廠商|公司|供应商|供應商)(?:为|為|是)(?!贵|貴|你|您)/,
  // decided not to
  /(?:决定|決定)(?:暂时|暫時|暂|暫|先|今年|明年前)?(?:不|唔)(?:做|上|采购|採購|合作|推进|推進|用|买|買|採用|采用|引入|导入|導入|继续|繼續)/,
  // decided to keep what they have ("決定先沿用現有的系統", 决定继续用原来的系统)
  /(?:决定|決定)(?:暂时|暫時|暂|暫|先|还是|還是)?(?:沿用|继续用|繼續用|继续使用|繼續使用|保留|维持|維持|留用)(?:我们|我們)?(?:的)?(?:现有|現有|原有|原来|原來|目前|现在|現在|旧|舊)/,
];

/** The sentence of their decision against us, quoted; null when there is none. */
export function findDecisionAgainst(text: string): string | null {
  for (const pattern of [...EN_DECISION, ...ZH_DECISION]) {
    const match = pattern.exec(text);
    if (match) return sentenceAt(text, match.index);
  }
  return null;
}

/** A named period longer than this (a half, a year) is "sometime then": we come back in its last quarter, not on its first day. */
const LONG_PERIOD_DAYS = 180;
/** How far before a long period ends we come back in it (about its last quarter). */
const LATE_IN_PERIOD_DAYS = 91;

/**
 * The day to re-open a deal they decided against, from the time they named (null: none ahead). A day, a month or a quarter
 * is theirs to keep ("look me up in March"); a year or a half, after they just chose someone else ("we signed with CareRoute
 * last week. Maybe look me up next year", 刚和别家签了，明年再说吧), is late in it, near the other vendor's first renewal: not
 * its first working day, four weeks after they signed.
 */
export function reopenAfterDecision(named: { at: number; ends?: number } | null): number | null {
  if (!named) return null;
  const day = 86_400_000;
  if (named.ends === undefined || named.ends - named.at <= LONG_PERIOD_DAYS * day) return named.at;
  const late = new Date(named.ends - LATE_IN_PERIOD_DAYS * day);
  return Math.max(named.at, new Date(late.getFullYear(), late.getMonth(), 1).getTime());
}
