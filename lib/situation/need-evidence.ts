import { sentenceOver } from './sentence';

/**
 * Their own words that the need is real ("it is a real pain, yes", "that's exactly our problem",
 * "确实是个痛点", "確實蠻困擾的"): the BANT card offers to record the need as clear, so the tier does
 * not say "need not confirmed" under a reply that confirms it. Knowledge as data: one list.
 */
const CONFIRMS_NEED: readonly RegExp[] = [
  /\b(?:it|this|that)(?:'s|’s| is| was| has been)\s+(?:definitely |really |honestly |certainly |indeed )?(?:a |an )?(?:real|big|huge|genuine|constant|daily|major|serious)\s+(?:pain|problem|issue|headache|struggle)\b/i,
  /\b(?:that's|that’s|this is|that is|it's|it’s)\s+(?:exactly|precisely)\s+(?:our|the|my)\s+(?:problem|issue|pain|headache)\b/i,
  /\b(?:that's|that’s|this is|that is)\s+(?:exactly\s+)?what we(?:'ve| have)? (?:need|needed|been looking for)\b/i,
  /\bwe (?:really |do |definitely )?(?:struggle|are struggling) with\b/i,
  /\b(?:yes|yeah|yep),?\s+(?:that|this|it)(?:'s|’s| is) (?:a )?(?:pain|problem|an issue)\b/i,
  /(?:确实|確實|的确|的確|真的)(?:是)?(?:个|個|一个|一個)?(?:痛点|痛點|难题|難題|问题|問題|头疼|頭疼|头痛|頭痛)/,
  /(?:确实|確實|的确|的確)(?:蛮|蠻|挺|很|非常|超)?(?:困扰|困擾|麻烦|麻煩|头疼|頭疼)/,
  /(?:正是|就是|正好是)(?:我们|我們)(?:的|想要的|需要的|要解决的|要解決的)(?:问题|問題|痛点|痛點|东西|東西)?/,
  /(?:真系|真係)(?:好)?(?:头痕|頭痕|麻烦|麻煩)/,
  // Accepting the solution says the need is there: "the pilot sounds good", "方案整体认可".
  /\b(?:the |your |this )?(?:proposal|solution|pilot|plan|demo|approach)\s+(?:looks|sounds|seems)\s+(?:good|great|fine|right|solid)\b/i,
  /\bwe(?:'re|’re| are)\s+(?:happy|fine|good|ok|okay|comfortable)\s+with\s+(?:the |your )?(?:proposal|solution|plan|pilot|approach)\b/i,
  /(?:方案|提案|试点|試點|建议书|建議書)[^。！？!?\n]{0,14}(?:认可|認可|没问题|沒問題|挺好|不错|不錯|很好|可以接受|满意|滿意)/,
  /整体认可|整體認可|基本认可|基本認可/,
];

/** A denial or a condition before the words turns them round: "it is not a real pain", "if that's a real problem", "并不是问题". */
const DENIED_BEFORE = /(?:\bnot|\bnever|n't|n’t|\bno longer|\bif|\bwhether|\bunless|不是|并不|並不|没有|沒有|不算|如果|假如|要是)\s*$/i;

/** …or after them, for someone else: "a real pain for other teams, not for us", "对别家是痛点，对我们不是". */
const ELSEWHERE_AFTER = /^[^.!?。！？\n]{0,40}(?:\bnot (?:for |to )?us\b|\bnot ours\b|\bfor other (?:teams|companies|people)\b|\bfor (?:some|many|most) (?:teams|companies|people)\b|对我们不是|對我們不是|我们没有|我們沒有)/i;

/** The newest inbound sentence confirming the need, quoted; null when none. */
export function needConfirmedIn(messages: readonly { direction: 'inbound' | 'outbound'; text: string }[]): string | null {
  for (const message of [...messages].reverse()) {
    if (message.direction !== 'inbound') continue;
    for (const pattern of CONFIRMS_NEED) {
      const match = pattern.exec(message.text);
      if (!match) continue;
      if (DENIED_BEFORE.test(message.text.slice(Math.max(0, match.index - 12), match.index))) continue;
      if (ELSEWHERE_AFTER.test(message.text.slice(match.index + match[0].length))) continue;
      return sentenceOver(message.text, match.index, match[0].length);
    }
  }
  return null;
}
