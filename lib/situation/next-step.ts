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
