import { sentenceOver } from './sentence';

/**
 * A customer we lost writes that they want to talk again ("we left you last spring for Acme but it
 * hasn't worked out - could we talk about coming back?", 年初我们换了别家，现在用得不太满意，想再聊聊):
 * the door they opened is answered today, not re-opened months later with a generic offer, and
 * not argued with as an objection.
 */
const WANTS_BACK = /\b(?:coming back|come back to you|switch(?:ing)? back|move back to you|reconsider(?:ing)? you|revisit(?:ing)? (?:your|the) (?:offer|proposal|solution)|talk again|give you (?:another|a second) (?:look|chance|try)|(?:has|have)n'?t worked out|did(?:n'?t| not) work out|(?:is|are)n'?t working out|not working out)\b|想再(?:聊|谈|談|了解|看看|倾|傾)|重新(?:考虑|考慮|评估|評估|合作|合作一下)|再(?:聊聊|谈谈|談談|傾下)|不太满意|不太滿意|唔係好滿意|回来用|回來用|换回|換回/i;

/** Their sentence saying they want to talk again; null when their words hold none. */
export function wantsBack(ownWords: string): string | null {
  const m = WANTS_BACK.exec(ownWords);
  return m ? sentenceOver(ownWords, m.index, m[0].length) : null;
}
