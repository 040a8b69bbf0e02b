import { onlyThanksOrFrame } from './acknowledgement';
import { clauseSpans, sentenceAt, sentenceSpans } from './sentence';

/**
 * "Budget's approved! What's next?", "the board approved the budget this morning. What is the next
 * step?", 预算批下来了，下一步怎么走？, 預算已經核准了，接下來要怎麼進行？: once something was presented,
 * an approval with a question about how to go on is a buying signal (DOMAIN.md § 6): the rep proposes
 * the next step now (the contract and what follows), not a nurture follow-up or "[your answer]".
 */
const APPROVED =
  /\b(?:approved|signed off|green[- ]lit|green light|got the go[- ]ahead|given the go[- ]ahead|budget (?:is|was|has been) (?:confirmed|released|freed up))\b|(?:批下来|批下來|批了|批准了|核准|审批通过|審批通過|通过了|通過了|拍板了|同意了|定下来了|定下來了)/i;
const NEXT_ASKED =
  /\bwhat(?:'s| is| are|’s)? (?:the )?next(?: steps?)?\b|\bnext steps?\s*\?|\bhow (?:do|shall|should|can) we (?:proceed|move forward|go (?:on|forward|ahead)|get started|start)\b|\bwhere do we go from here\b|下一步|接下来|接下來|怎么推进|怎麼推進|怎么进行|怎麼進行|怎么走|怎麼走|怎么开始|怎麼開始/i;

/** The sentence of their approval when the same words ask how to go on; else null. */
export function approvalAsksNext(text: string): string | null {
  const approved = APPROVED.exec(text);
  if (!approved || !NEXT_ASKED.test(text)) return null;
  // A refusal near the approval ("not approved", 没批) is none.
  if (/\bnot (?:been )?approved\b|没批|沒批|未批|没有通过|沒有通過/i.test(text)) return null;
  const start = Math.max(text.slice(0, approved.index).search(/[^.!?。！？，,\n]*$/), 0);
  const end = /[.!?。！？，,\n]/.exec(text.slice(approved.index + approved[0].length));
  return text.slice(start, end ? approved.index + approved[0].length + end.index : text.length).trim().replace(/^[-–—\s]+/, '');
}

/**
 * A doubt they set aside themselves, then how to go on: "the price looked high but it makes sense —
 * what are the next steps?", "more than we hoped, but we can see the value. How do we proceed?",
 * 价格有点高，不过是合理的。下一步怎么走？, 貴了一點，但我們覺得值得，接下來要怎麼進行？. The concession
 * answers the objection; what is asked is the next step (not "[your answer]", and no approval to
 * congratulate). Knowledge as data: one list per language.
 */
const CONCEDED =
  /\b(?:it |that |this )?(?:makes|made) (?:total |complete |perfect )?sense\b|\b(?:we |i )?(?:can |do )?see the value\b|\b(?:it'?s|it is|that'?s|that is|it'?ll be|it will be) (?:well )?worth it\b|\bfair enough\b|\b(?:it'?s|it is|that'?s|that is|looks|seems) (?:fair|reasonable|justified|justifiable)\b|\bwe(?:'re| are) (?:fine|ok|okay|comfortable|happy) with (?:the |your )?(?:price|pricing|cost|number|quote|terms)\b|\b(?:convinced|on board)\b|(?:合理|值得|物有所值|划算|劃算|可以接受|能接受|接受得了|说得通|說得通|认可|認可|没问题|沒問題|冇问题|冇問題)/i;
/** A denial just before the concession turns it round: "doesn't make sense", "not worth it", 不合理, 不值得. */
const CONCEDED_DENIED = /(?:\bnot|n't|n’t|\bno longer|\bhardly|不|没|沒|未必|唔)\s*(?:really\s+|quite\s+|太|很|那么|那麼)?$/i;
/** An objection still standing after the concession: "makes sense, but we can't afford it", "合理，但是预算不够". */
const OBJECTION_AFTER = /\b(?:but|however|though|still)\b[^.!?。！？]{0,40}\b(?:too (?:high|expensive|much)|can'?t afford|no budget|out of (?:our )?budget)|(?:但是?|不过|不過|可是)[^。！？]{0,12}(?:太贵|太貴|预算不够|預算不夠|没预算|沒預算|超预算|超預算)/i;

/** The sentence in which they set a doubt aside, when the same words ask how to go on; else null. */
export function acceptanceAsksNext(text: string): string | null {
  const conceded = CONCEDED.exec(text);
  if (!conceded || !NEXT_ASKED.test(text)) return null;
  if (CONCEDED_DENIED.test(text.slice(Math.max(0, conceded.index - 12), conceded.index))) return null;
  if (OBJECTION_AFTER.test(text.slice(conceded.index))) return null;
  const start = Math.max(text.slice(0, conceded.index).search(/[^.!?。！？\n]*$/), 0);
  const end = /[.!?。！？\n—–]/.exec(text.slice(conceded.index + conceded[0].length));
  return text.slice(start, end ? conceded.index + conceded[0].length + end.index : text.length).trim().replace(/^[-–—\s]+/, '');
}

/** Whether the words of a next step are an approval ("budget approved", 批下来了), not a doubt set aside. */
export function isApproval(text: string): boolean {
  return APPROVED.test(text);
}

/**
 * A yes to going ahead, in principle or outright, with no question asked (DOMAIN.md § 6: move to
 * contract at once): "in principle we agree to the purchase", "we've decided to go with you", "the
 * quote works for us", 原則上同意採購, 原则上没问题, 份quotation冇問題，老闆話OK, 可以，就照这个价格走,
 * 我哋決定用你哋. Knowledge as data: one list per language.
 */
const AGREED = [
  /\b(?:agreed?|approved?|(?:we(?:'re| are) )?(?:fine|happy|ok|okay|good) with it) in principle\b|\bin principle,? (?:we|i|the (?:team|board|committee|management))(?:'re| are| is| am)? (?:agree|accept|approve|(?:fine|happy|ok|okay|good) (?:with|to))\b/i,
  /\b(?:we|i|the (?:team|board|committee|management))(?:'ve| have| has)? (?:now |finally )?(?:decided|chosen|opted) to (?:go|proceed|move forward|move ahead|partner|work) with (?:you|your)\b/i,
  /\b(?:we(?:'re| are)|i(?:'m| am)) (?:happy|ready|glad|keen) to (?:go ahead|proceed|move forward|move ahead) with (?:the |your )?(?:quote|quotation|proposal|offer|pricing|order|purchase|deal)\b|\blet'?s go ahead with (?:the |your )?(?:quote|quotation|proposal|offer|order)\b/i,
  /\b(?:the |your )?(?:quote|quotation|pricing|proposal|numbers?) (?:looks?|is|are|works?|seems?) (?:good|fine|ok|okay|great|acceptable)(?: (?:to|for) (?:us|me))?\b/i,
  /\b(?:my|our) (?:boss|manager|director|ceo|cfo|gm|md|owner) (?:says|said|gave) (?:ok|okay|yes|go ahead|the ok)\b/i,
  /(?:原则上|原則上)(?:我们|我們|我哋)?(?:是)?(?:同意|没问题|沒問題|冇問題|冇问题|可以|OK|ok|接受|认可|認可)/,
  /(?:决定|決定)(?:了|咗)?(?:用|采用|採用|选|選|选择|選擇|揀|同)(?:你们|你們|贵司|貴司|你哋|您)/,
  /(?:报价|報價|报价单|報價單|价格|價格|价钱|價錢|quotation|quote|方案)[^。！？!?，,\n]{0,6}?(?:没问题|沒問題|冇問題|冇问题|可以接受|OK|ok|认可|認可)(?:了|啦|喇|嘅|的)?(?=[，,。！!\s]|$)/,
  /(?:老板|老闆|老细|老細|领导|領導|上头|上頭|boss)(?:已经|已經)?(?:话|話|说|說|讲|講)?(?:咗)?(?:OK|ok|得|可以|没问题|沒問題|冇問題|同意)(?:了|啦|喇)?(?=[，,。！!\s]|$)/,
  /(?:就|便)?(?:照|按|按照|跟)(?:这个|這個|呢個|这|這|呢)(?:个|個)?(?:价格|價格|价钱|價錢|报价|報價|方案|price)(?:走|来|來|做|签|簽|落單|落单|定)/,
  /(?:同意|决定|決定)(?:采购|採購|购买|購買|签约|簽約)/,
];
/** A yes with a condition or a second thought after it: "原則上同意，但價格要再談", "冇問題，我哋再諗下", "fine in principle, but…". */
const YES_BUT = /\b(?:but|however|although|though|except|provided|as long as|subject to)\b|(?:但|不过|不過|可是|只是|除非|前提是|條件是|条件是)|\b(?:think (?:it )?over|get back to you|let (?:me|us) think|not sure)\b|(?:再諗|再谂|再想|再考虑|再考慮|再研究|再睇|再看看|再商量|考慮下|考虑下|再说|再說|再傾|再倾)|\blater\b/i;
/**
 * An objection after the yes that no "but" opens: a turn word (就是, 然而, 可惜; "I'm just not convinced", "only the
 * rollout worries me") or the yes taken to someone above first ("let me run it by my boss", 我先跟老闆確認一下).
 */
const YES_TURN = /(?:就是|然而|可惜)(?!这个|這個|呢個|它|這樣|这样)|\b(?:just|only|still)\b[^.!?\n]{0,30}?(?:\bnot\b|n['’]t\b|\bunsure\b|\bworr|\bconcern|\bhesita|\bwonder)|\b(?:not (?:yet )?(?:convinced|sold)|unconvinced|worr(?:y|ied|ies)|hesitant|reservations?)\b|(?<!\b(?:no|any) )\bconcerns?\b|\b(?:run (?:it|this|them) (?:by|past)|check (?:it |this )?with|sign-?off from|talk (?:it |this )?(?:over )?(?:with|to) (?:my|our))\b|(?:跟|和|同|与|與|问一下|問一下|问问|問問)(?:我们|我們|我哋)?(?:的)?(?:老板|老闆|老细|老細|领导|領導|上头|上頭|总监|總監|经理|經理|boss)[^。！？!?\n]{0,6}?(?:确认|確認|请示|請示|商量|讨论|討論|傾|倾)|(?:请示|請示)/i;
/** A question about the yes, not a yes: 报价没问题吗？, "is the quote fine?". */
const ASKED_BACK = /[?？]|(?:吗|嗎|么|麼|呢|未|係咪|是不是|是否)\s*$/;

/** The sentence of their yes to going ahead; null when there is none, or it is asked back or comes with a "but". */
export function agreedToGoAhead(text: string): string | null {
  for (const pattern of AGREED) {
    const match = pattern.exec(text);
    if (!match) continue;
    const sentence = sentenceAt(text, match.index);
    const span = clauseSpans(text).find((c) => c.start <= match.index && match.index < c.start + c.text.length);
    const clause = span?.text ?? sentence;
    if (ASKED_BACK.test(clause.trim()) || YES_BUT.test(text.slice(match.index)) || YES_TURN.test(text.slice(match.index + match[0].length))) return null;
    // (denied or only supposed before it, in its clause: "I'm not sure the quote looks good", 如果报价没问题)
    const clauseStart = span?.start ?? match.index;
    if (/\b(?:not|never|no longer|if|whether|unless|once|doubt)\b|n['’]t\b|(?:如果|假如|要是|一旦|等到|是否)|(?:不|没|沒|未|唔)$/i.test(text.slice(clauseStart, match.index))) return null;
    return sentence;
  }
  return null;
}

/**
 * Only how to go on asked, once our quote is with them: "What are the next steps?", 收到，谢谢。下一步要我们准备什么？,
 * 請問下一步我們需要準備什麼？, 跟住我哋要準備啲咩？. The question, when nothing else in their words but thanks or
 * receipt; else null (an objection or another question beside it is read for itself).
 */
export function nextStepAsked(text: string): string | null {
  const match = NEXT_ASKED.exec(text) ?? NEXT_ASKED_MORE.exec(text);
  if (!match) return null;
  const spans = sentenceSpans(text);
  const at = spans.find((s) => s.start <= match.index && match.index < s.start + s.text.length);
  if (!at || ABOUT_PRICE.test(at.text)) return null;
  const rest = (text.slice(0, at.start) + '\n' + text.slice(at.start + at.text.length)).trim();
  // (what opens the question's own sentence, "收到，请问", is thanks or receipt too)
  const head = at.text.slice(0, match.index - at.start).replace(/(?:请问|請問|想问|想問|so|and|ok)[\s,，]*$/i, '').trim();
  if (![rest, head].every(onlyThanksOrFrame)) return null;
  const clause = clauseSpans(at.text).find((c) => c.start <= match.index - at.start && match.index - at.start < c.start + c.text.length)?.text ?? at.text;
  return clause.trim();
}
/** The price asked about in the same question ("下一步你们打算怎么降价？") is a price question, not how to go on. */
const ABOUT_PRICE = /\b(?:price|pricing|discount|cheaper|cost)\b|降价|降價|价格|價格|价钱|價錢|折扣|打折|便宜|贵|貴|平啲|減價|减价/i;
/** How to go on, said otherwise: "what do we need to do next?", Hong Kong's 跟住我哋要準備啲咩？, 之後點做？. */
const NEXT_ASKED_MORE = /\bwhat (?:do|should|would|will) (?:we|i) (?:need to |have to )?(?:do|prepare|send (?:you|over)) (?:next|now|to (?:move forward|proceed|get started|go ahead))\b|\bwhat do you need from (?:us|me) (?:next|now|to (?:move forward|proceed|get started|go ahead))\b|跟住(?:我哋|我地)?(?:要|應該|应该)?(?:做|準備|准备|點)|(?:之後|之后)(?:要)?點(?:做|行|樣)|下一步(?:係|系)/i;
