import { sentenceOver } from './sentence';
/**
 * A counter-offer: their own number, or a commitment they would make for a better one ("we can do
 * $42k, not $50k, if we sign this month", "match $35 a seat and you've got a deal", 如果这个月签，
 * 四万二可以吗, 做到8折我哋就落單, "can u do better if we take 2 yrs"). A move in the negotiation
 * (DOMAIN.md § 2, stage 5): answered by trading, not giving; never a "too expensive" nurture.
 */

/**
 * What a percentage saves them, not what it takes off our price: "take 20% time off our close", 减10%的人工成本 (a target
 * for the product, no counter).
 */
const SAVED_EN = String.raw`savings?|costs?|time|labou?r|headcount|hours|effort|overheads?|errors?|waste`;
const SAVED_ZH = String.raw`人工|人力|成本|时间|時間|工时|工時|开支|開支|支出|能耗|损耗|損耗|库存|庫存|错误|錯誤|工作量|加班|人手`;
/** A sum or a discount named: "$42k", "EUR 38,000", "15% off", 四万二, 每年28萬, 8折, 九五折. */
const FIGURE_SOURCE = new RegExp(
  [
    String.raw`(?:[$€£¥]|\b(?:usd|eur|gbp|rmb|cny|hkd|sgd|aud|chf)\s?)\s?\d[\d,.]*(?:\s?(?:k|m|mn|million|thousand)\b)?(?:\s?(?:a|per|\/)\s?(?:seat|user|licen[cs]e|month|year|yr))?`,
    String.raw`\b\d[\d,.]*\s?(?:k|K)\b(?:\s?(?:a|per|\/)\s?(?:seat|user|year|yr))?`,
    String.raw`\b\d[\d,.]*\s?(?:dollars|euros|pounds)\b`,
    String.raw`\b\d+(?:\.\d+)?\s?%\s?(?:off|discount|reduction|cut|lower)`,
    // a bare percentage where a counter names it ("if you can do 15% we sign this week", "give us 12 percent", 便宜15%就签)
    String.raw`(?<=\b(?:do|give(?: us)?|offer|go to|take|match|knock off|meet us at|at)\s)\d+(?:\.\d+)?\s?(?:%|percent\b)(?!\s?(?:of|more|less|increase|growth|usage|adoption|up|down|${SAVED_EN}))`,
    String.raw`(?<=便宜|优惠|優惠|降价|降價|减|減|让|讓|平)\s?\d+(?:\.\d+)?\s?%(?!\s?的?\s?(?:${SAVED_ZH}))`,
    String.raw`(?:每年|每月|一年|年费|年費)?\d[\d,.]*\s*(?:万|萬|千|元|块|塊|蚊|美元|美金)`,
    String.raw`(?:每年|每月|一年|年费|年費)?[一二三四五六七八九十两兩]+[万萬千][一二三四五六七八九]?`,
    String.raw`\d+(?:\.\d+)?\s*折|[一二三四五六七八九]{1,2}折`,
    // payment terms: "net 60", 账期60天, 月結60日
    String.raw`\bnet[- ]?\d{2,3}\b(?:\s?days)?`,
    String.raw`(?:账期|帳期|月结|月結|付款期)(?:改成|改为|改為|延到|延长到|延長到)?\s?\d{2,3}\s?(?:天|日)`,
  ].join('|'),
  'gi',
);

/** Our number as they put it aside: "$50k is too high", "not $50k", 三十八万太高了, 而不是五万. */
// (and the price stated, asked to confirm: "价格是每年5万吗", "is the price $20k?")
const OURS_BEFORE = /\b(?:not|instead of|rather than|down from|vs\.?|versus)\s*$|(?:不是|而不是|不要)\s*$|(?:价格|價格|报价|報價|费用|費用|总价|總價|金额|金額)(?:是|为|為|按)\s*$|\b(?:price|quote|cost|total) (?:is|was|of)\s*$/i;
const OURS_AFTER = /^\s*(?:is|was|'s)?\s*(?:too (?:high|much|steep|expensive)|over (?:our|the) budget)|^\s*(?:太高|太贵|太貴|超预算|超預算|有点高|有點高)/i;

/** Their numbers: the figures named that are not ours put aside ("$42k, not $50k"; 三十八万太高了，三十万的话…; "12% off and net 60 instead of net 30"). */
function theirFigures(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  for (const m of text.matchAll(FIGURE_SOURCE)) {
    if (OURS_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) || OURS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    found.push({ index: m.index, text: m[0] });
  }
  return found;
}

/** A figure as it is named back: no trailing stop. */
const tidy = (figure: string) => figure.trim().replace(/[.,]+$/, '');

/** Words that put their number against ours ("we can do", "meet us at", "our ceiling is", 降到, 做到). */
const COUNTER_EN = /\b(?:if you (?:can|could) (?:do|go to|get (?:to|there)|match)|knock(?:s|ed)? (?:off |down )?|take (?:\d|[$€£])|give us (?:net|\d+|[$€£])|(?:i|we)(?: can|'ll|’ll| will| could) get (?:it|this|that|the (?:contract|order|deal|paperwork)) signed|(?:need|needs|require|requires|want|wants|expect|expects) (?:a |an )?\d+(?:\.\d+)?\s?% (?:reduction|discount|cut|off)|we (?:can|could|would|'d) (?:do|go to|pay|sign at|offer)|we(?:'d| would| will| can) (?:sign|commit|order|buy) (?:\w+ )?(?:at|for)|can (?:you|u) do|could (?:you|u) do|would (?:you|u) do|meet (?:us|that|this|our) (?:at|there|number|price|figure)|meet us there|match(?:es|ed)?\s+(?:(?:that|this|the|their|our|your) (?:price|offer|quote|figure|number|rate|deal)|it\b|[$€£¥]|\d)|our (?:ceiling|limit|max(?:imum)?|cap|number) is|come down to|bring (?:it|that|the price) (?:down )?to|drop (?:it|that|the price) to|get (?:it|that|the price) (?:down )?to|do better|sharpen (?:your|the) pencil|best and final|at that (?:price|number) we)\b/i;
const COUNTER_ZH = /再打|打(?:个|個)(?=[\d一二三四五六七八九])|(?:账期|帳期|付款期)(?:改成|改为|改為|延到|延长到|延長到)|如果|要是|假如|若是|的话|的話|嘅话|嘅話|降到|降至|减到|減到|做到|便宜到|算我们|算我們|算我哋|能不能|可以吗|可以嗎|行吗|行嗎|得唔得|得不得|可唔可以|(?:俾|畀)(?:個|个|我)/;

/** What they would commit for it: signing, an order, a term, a deal. */
const COMMITMENT = /\b(?:sign|signs|signed|signing|po|purchase order|deal|commit|commitment|order|go ahead|move forward|proceed|contract|\d+\s?(?:-\s?)?(?:yrs?|years?)|multi-year)\b|签|簽|落单|落單|下单|下單|订单|訂單|成交|拍板|合作|采购|採購|用印|盖章|蓋章/i;

/** "If we take 2 yrs": the condition they offer, when no number is named. */
const CONDITION = /\bif (?:we|i) [^.?!,;]{3,60}/i;

/**
 * A yes to our price, for something more given free ("fine with the price if we throw in onboarding
 * for both sites at no charge", "we'll sign as long as you include the training", 价格可以，培训免费的话
 * 就签, 只要你哋包埋培訓，我哋就落單): a concession asked for, traded like a number (DOMAIN.md § 2,
 * stage 5). A yes on a fact ("provided SSO is part of it") asks nothing given: a condition to confirm (request.ts).
 */
const GIVEN_EN = /\b(?:throw(?:s|ing)? in|(?:at|for) no (?:extra |additional )?(?:charge|cost)|(?:for|at) free|free of charge|on the house|complimentary|waive[sd]?|(?:include|add|bundle)(?:s|d)? [^.!?\n]{0,40}?\b(?:free|at no|for nothing|in the price|in the same price)|without (?:extra|additional) (?:charge|cost)|extra (?:months?|year|seats?|licen[cs]es?) (?:free|thrown in))/i;
const YES_EN = /\b(?:(?:fine|ok(?:ay)?|happy|good|comfortable|can live|we(?:'re| are) good) with (?:the |your |that )?(?:price|pricing|number|quote|figure|terms|offer|proposal)|(?:we|i)(?:'ll|’ll| will| can| could| would| 'd|’d) (?:sign|go ahead|proceed|order|buy|commit)|you(?:'ve|’ve| have) got a deal|it'?s a deal)\b[^.!?\n]{0,80}?\b(?:if|provided|as long as|so long as|on condition)\b|\b(?:if|provided|as long as|so long as)\b[^.!?\n]{0,80}?\b(?:we(?:'ll|’ll| will| can)|you(?:'ve|’ve| have) got a deal|it'?s a deal)\b/i;
const GIVEN_ZH = /免费|免費|送(?!货|貨|到|给|給|过|過)|赠送|贈送|包埋|包括埋|加送|白送|唔收錢|不收费|不收費|不另收费|不另收費|含在(?:价格|價格|报价|報價)/;
const YES_ZH = /(?:价格|價格|价钱|價錢|报价|報價)(?:可以|没问题|沒問題|OK|ok|能接受|可以接受|冇問題|無問題)|(?:就|我们就|我們就|我哋就)(?:可以)?(?:签|簽|下单|下單|落单|落單|定|买|買|用印)|只要|前提是|条件是|條件是/;

/** Their yes for a concession, as a counter-offer whose "figure" is what they ask given; null when there is none. */
function yesForConcession(ownWords: string): CounterOffer | null {
  const given = GIVEN_EN.exec(ownWords) ?? GIVEN_ZH.exec(ownWords);
  if (!given) return null;
  const sentence = sentenceOver(ownWords, given.index, given[0].length);
  if (!YES_EN.test(sentence) && !YES_ZH.test(sentence)) return null;
  // What they ask given, in their words: the clause after "if" / "provided" / 只要, else the clause around it.
  const clause = /\b(?:if|provided(?: that)?|as long as|so long as)\s+(?:we |you )?([^.!?\n]{3,90})/i.exec(sentence) ?? /(?:只要|前提是|条件是|條件是|如果)([^。！？，,\n]{2,40})/.exec(sentence);
  const figure = clause?.[1] ?? sentence;
  return { text: sentence, figure: tidy(figure.replace(/[，,]?\s*(?:we(?:'ll|’ll| will| can)|(?:我们|我們|我哋)?就).*$/i, '')) };
}

export interface CounterOffer {
  /** The sentence of their counter, as they wrote it. */
  text: string;
  /** Their number ("$42k", 四万二), or the commitment they offer for a better one ("if we take 2 yrs"). */
  figure: string;
}

/** Their counter-offer in their own words (quoted history dropped), or null. */
export function counterOffer(ownWords: string): CounterOffer | null {
  const figures = theirFigures(ownWords);
  const cue = COUNTER_EN.exec(ownWords) ?? COUNTER_ZH.exec(ownWords);
  if (!cue || !COMMITMENT.test(ownWords)) return yesForConcession(ownWords);
  // (a number with words that put it against ours, in its own sentence: "we can do $42k"; not "能不能下周签？金额按20万走";
  // or "do better" for a commitment: "if we take 2 yrs"); every term they name in it is answered ("12% off + net 60")
  const first = figures[0];
  if (first) {
    const sentence = sentenceOver(ownWords, first.index, first.text.length);
    if (COUNTER_EN.test(sentence) || COUNTER_ZH.test(sentence)) {
      const named = figures.filter((f) => sentence.includes(f.text)).map((f) => tidy(f.text));
      return { text: sentence, figure: [...new Set(named)].join(' + ') };
    }
  }
  const condition = /\bdo better\b|\bsharpen/i.test(ownWords) ? CONDITION.exec(ownWords) : null;
  return condition ? { text: sentenceOver(ownWords, condition.index, condition[0].length), figure: condition[0].trim() } : yesForConcession(ownWords);
}
