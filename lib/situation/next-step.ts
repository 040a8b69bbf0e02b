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
