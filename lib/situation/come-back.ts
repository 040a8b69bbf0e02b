import { sentenceOver } from './sentence';

/**
 * A customer we lost writes that they want to talk again ("we left you last spring for Acme but it
 * hasn't worked out - could we talk about coming back?", 年初我们换了别家，现在用得不太满意，想再聊聊):
 * the door they opened is answered today, not re-opened months later with a generic offer, and
 * not argued with as an objection.
 */
const WANTS_BACK = /\b(?:coming back|come back to you|switch(?:ing)? back|move back to you|reconsider(?:ing)? you|revisit(?:ing)? (?:your|the) (?:offer|proposal|solution)|talk again|give you (?:another|a second) (?:look|chance|try)|(?:has|have)n'?t worked out|did(?:n'?t| not) work out|(?:is|are)n'?t working out|not working out)\b|想再(?:跟|和|同|与|與)?(?:您|你|你们|你們|你哋)?(?:聊|谈|談|了解|看看|倾|傾)|重新(?:考虑|考慮|评估|評估|合作|合作一下)|再(?:聊聊|谈谈|談談|傾下)|不太满意|不太滿意|唔係好滿意|回来用|回來用|换回|換回/i;

/** Their sentence saying they want to talk again; null when their words hold none. */
export function wantsBack(ownWords: string): string | null {
  const m = WANTS_BACK.exec(ownWords);
  return m ? sentenceOver(ownWords, m.index, m[0].length) : null;
}

/**
 * What they chose instead has not worked out ("it hasn't worked out", "the new system is a mess", 用下來不太理想,
 * 不太满意, 唔係好用): said beside the choice itself, the choice is the past that brings them back.
 */
const CHOICE_FAILED = /\b(?:(?:has|have)n['’]?t worked out|did(?:n['’]?t| not) work out|(?:is|are)n['’]?t working out|not working out|(?:has|have) been a (?:nightmare|disaster|headache|mess)|(?:regret|regretting) (?:it|the (?:switch|move|decision))|not (?:happy|satisfied) with (?:them|it|the (?:new|other) (?:one|vendor|system|tool|provider)))\b|不(?:太|是很|怎么|怎麼)?(?:理想|满意|滿意|好用|顺|順)|(?:唔係|唔)(?:好)?(?:理想|滿意|好用|掂)|(?:问题|問題)(?:很多|太多|不少|好多)|后悔|後悔/i;
/** They ask to talk or meet again ("could we talk again?", "can we set up a call?", 想再跟您聊聊, 下週您方便嗎, 約個時間傾下). */
const TALK_AGAIN = /\b(?:talk again|speak again|chat again|reconnect|catch up|(?:set up|book|have|jump on|get on) (?:a|another) (?:call|chat|meeting)|coming back|switch(?:ing)? back|come back to you|reconsider(?:ing)? you|give you (?:another|a second) (?:look|chance|try))\b|想再(?:跟|和|同|与|與)?(?:您|你|你们|你們|你哋)?(?:聊|谈|談|了解|看看|倾|傾|见|見)|再(?:聊聊|谈谈|談談|傾下|倾下|约|約)|重新(?:考虑|考慮|评估|評估|合作)|回来用|回來用|换回|換回|(?:您|你)(?:方便|有空)(?:吗|嗎|嘛|唔)/i;

/** Words that name us, the seller: a failure said of them is ours, not the other vendor's. */
const ABOUT_US = /\b(?:you|your|yours)\b|你们|你們|您|你哋|贵司|貴司|贵公司|貴公司/i;

/**
 * They chose someone else before and it has not worked out, and they want to talk again ("We went with Acme in June
 * but it hasn't worked out — could we talk again?", 上次我們選了別家，結果用下來不太理想，想再跟您聊聊): a come-back,
 * not a decision against us. Their sentence wanting to talk again (else the failure's), or null: a choice said
 * with no failure ("we went with Acme, happy to talk next year"), or a failure of ours ("我们选了别家，你们的方案不太满意") with no wish to talk, stays a decision.
 */
export function backAfterChoosingOther(ownWords: string): string | null {
  const failed = CHOICE_FAILED.exec(ownWords);
  const talk = TALK_AGAIN.exec(ownWords);
  if (!failed || !talk) return null;
  // (what failed is ours when its clause names us: "你们的方案不太满意", "your pricing didn't work out for us")
  const clause = ownWords.slice(0, failed.index + failed[0].length).split(/[,，。.;；!！?？\n]/).at(-1) ?? '';
  if (ABOUT_US.test(clause)) return null;
  return sentenceOver(ownWords, talk.index, talk[0].length);
}
