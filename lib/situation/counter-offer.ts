import { sentenceOver } from './sentence';
/**
 * A counter-offer: their own number, or a commitment they would make for a better one ("we can do
 * $42k, not $50k, if we sign this month", "match $35 a seat and you've got a deal", 如果这个月签，
 * 四万二可以吗, 做到8折我哋就落單, "can u do better if we take 2 yrs"). A move in the negotiation
 * (DOMAIN.md § 2, stage 5): answered by trading, not giving; never a "too expensive" nurture.
 */

/** A sum or a discount named: "$42k", "EUR 38,000", "15% off", 四万二, 每年28萬, 8折, 九五折. */
const FIGURE_SOURCE = new RegExp(
  [
    String.raw`(?:[$€£¥]|\b(?:usd|eur|gbp|rmb|cny|hkd|sgd|aud|chf)\s?)\s?\d[\d,.]*(?:\s?(?:k|m|mn|million|thousand)\b)?(?:\s?(?:a|per|\/)\s?(?:seat|user|licen[cs]e|month|year|yr))?`,
    String.raw`\b\d[\d,.]*\s?(?:k|K)\b(?:\s?(?:a|per|\/)\s?(?:seat|user|year|yr))?`,
    String.raw`\b\d[\d,.]*\s?(?:dollars|euros|pounds)\b`,
    String.raw`\b\d+(?:\.\d+)?\s?%\s?(?:off|discount|reduction|cut|lower)`,
    String.raw`(?:每年|每月|一年|年费|年費)?\d[\d,.]*\s*(?:万|萬|千|元|块|塊|蚊|美元|美金)`,
    String.raw`(?:每年|每月|一年|年费|年費)?[一二三四五六七八九十两兩]+[万萬千][一二三四五六七八九]?`,
    String.raw`\d+(?:\.\d+)?\s*折|[一二三四五六七八九]{1,2}折`,
  ].join('|'),
  'gi',
);

/** Our number as they put it aside: "$50k is too high", "not $50k", 三十八万太高了, 而不是五万. */
// (and the price stated, asked to confirm: "价格是每年5万吗", "is the price $20k?")
const OURS_BEFORE = /\b(?:not|instead of|rather than|down from|vs\.?|versus)\s*$|(?:不是|而不是|不要)\s*$|(?:价格|價格|报价|報價|费用|費用|总价|總價|金额|金額)(?:是|为|為|按)\s*$|\b(?:price|quote|cost|total) (?:is|was|of)\s*$/i;
const OURS_AFTER = /^\s*(?:is|was|'s)?\s*(?:too (?:high|much|steep|expensive)|over (?:our|the) budget)|^\s*(?:太高|太贵|太貴|超预算|超預算|有点高|有點高)/i;

/** Their number: the first figure named that is not ours put aside ("$42k, not $50k"; 三十八万太高了，三十万的话…). */
function theirFigure(text: string): { index: number; text: string } | null {
  for (const m of text.matchAll(FIGURE_SOURCE)) {
    if (OURS_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) || OURS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    return { index: m.index, text: m[0] };
  }
  return null;
}

/** Words that put their number against ours ("we can do", "meet us at", "our ceiling is", 降到, 做到). */
const COUNTER_EN = /\b(?:(?:need|needs|require|requires|want|wants|expect|expects) (?:a |an )?\d+(?:\.\d+)?\s?% (?:reduction|discount|cut|off)|we (?:can|could|would|'d) (?:do|go to|pay|sign at|offer)|we(?:'d| would| will| can) (?:sign|commit|order|buy) (?:\w+ )?(?:at|for)|can (?:you|u) do|could (?:you|u) do|would (?:you|u) do|meet (?:us|that|this|our) (?:at|there|number|price|figure)|meet us there|match(?:es|ed)?\s+(?:(?:that|this|the|their|our|your) (?:price|offer|quote|figure|number|rate|deal)|it\b|[$€£¥]|\d)|our (?:ceiling|limit|max(?:imum)?|cap|number) is|come down to|bring (?:it|that|the price) (?:down )?to|drop (?:it|that|the price) to|get (?:it|that|the price) (?:down )?to|do better|sharpen (?:your|the) pencil|best and final|at that (?:price|number) we)\b/i;
const COUNTER_ZH = /如果|要是|假如|若是|的话|的話|降到|降至|减到|減到|做到|便宜到|算我们|算我們|算我哋|能不能|可以吗|可以嗎|行吗|行嗎|得唔得|得不得|可唔可以|(?:俾|畀)(?:個|个|我)/;

/** What they would commit for it: signing, an order, a term, a deal. */
const COMMITMENT = /\b(?:sign|signs|signed|signing|po|purchase order|deal|commit|commitment|order|go ahead|move forward|proceed|contract|\d+\s?(?:-\s?)?(?:yrs?|years?)|multi-year)\b|签|簽|落单|落單|下单|下單|订单|訂單|成交|拍板|合作|采购|採購|用印|盖章|蓋章/i;

/** "If we take 2 yrs": the condition they offer, when no number is named. */
const CONDITION = /\bif (?:we|i) [^.?!,;]{3,60}/i;

export interface CounterOffer {
  /** The sentence of their counter, as they wrote it. */
  text: string;
  /** Their number ("$42k", 四万二), or the commitment they offer for a better one ("if we take 2 yrs"). */
  figure: string;
}

/** Their counter-offer in their own words (quoted history dropped), or null. */
export function counterOffer(ownWords: string): CounterOffer | null {
  const figure = theirFigure(ownWords);
  const cue = COUNTER_EN.exec(ownWords) ?? COUNTER_ZH.exec(ownWords);
  if (!cue || !COMMITMENT.test(ownWords)) return null;
  // (a number with words that put it against ours, in its own sentence: "we can do $42k"; not "能不能下周签？金额按20万走";
  // or "do better" for a commitment: "if we take 2 yrs")
  if (figure) {
    const sentence = sentenceOver(ownWords, figure.index, figure.text.length);
    if (COUNTER_EN.test(sentence) || COUNTER_ZH.test(sentence)) return { text: sentence, figure: figure.text.trim().replace(/[.,]+$/, '') };
  }
  const condition = /\bdo better\b|\bsharpen/i.test(ownWords) ? CONDITION.exec(ownWords) : null;
  return condition ? { text: sentenceOver(ownWords, condition.index, condition[0].length), figure: condition[0].trim() } : null;
}
