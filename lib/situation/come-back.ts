import { sentenceOver } from './sentence';

/** It has not worked out ("it hasn't worked out", "isn't working out", 不太满意): the one source for the failure said in English and its plainest Chinese. */
const NOT_WORKED_OUT = String.raw`\b(?:(?:has|have)n['’]?t worked out|did(?:n['’]?t| not) work out|(?:is|are)n['’]?t working out|not working out)\b|不太满意|不太滿意|唔係好滿意`;
/** Coming back to us or talking again ("switching back", "give you another look", 想再跟您聊聊, 重新评估, 换回): the one source for both readers. */
const BACK_AGAIN = String.raw`\b(?:coming back|come back to you|switch(?:ing)? back|reconsider(?:ing)? you|talk again|give you (?:another|a second) (?:look|chance|try))\b|想再(?:跟|和|同|与|與)?(?:您|你|你们|你們|你哋)?(?:聊|谈|談|了解|看看|倾|傾|见|見)|重新(?:考虑|考慮|评估|評估|合作)|再(?:聊聊|谈谈|談談|傾下)|回来用|回來用|换回|換回`;
/**
 * A customer we lost writes that they want to talk again ("we left you last spring for Acme but it
 * hasn't worked out - could we talk about coming back?", 年初我们换了别家，现在用得不太满意，想再聊聊):
 * the door they opened is answered today, not re-opened months later with a generic offer, and
 * not argued with as an objection.
 */
const WANTS_BACK = new RegExp(String.raw`${BACK_AGAIN}|\b(?:move back to you|revisit(?:ing)? (?:your|the) (?:offer|proposal|solution))\b|${NOT_WORKED_OUT}`, 'i');

/** Their sentence saying they want to talk again; null when their words hold none. */
export function wantsBack(ownWords: string): string | null {
  const m = WANTS_BACK.exec(ownWords);
  return m ? sentenceOver(ownWords, m.index, m[0].length) : null;
}

/**
 * What they chose instead has not worked out ("it hasn't worked out", "the new system is a mess", 用下來不太理想,
 * 不太满意, 唔係好用): said beside the choice itself, the choice is the past that brings them back.
 */
const CHOICE_FAILED = new RegExp(String.raw`${NOT_WORKED_OUT}|\b(?:(?:has|have|['’]s|['’]ve) been (?:a |an absolute |a real |a bit of a )?(?:nightmare|disaster|headache|mess)(?! (?:\w+ing|to)\b)|(?:regret|regretting) (?:it|the (?:switch|move|decision))|not (?:happy|satisfied) with (?:them|it|the (?:new|other) (?:one|vendor|system|tool|provider)))\b|不(?:太|是很|怎么|怎麼)?(?:理想|满意|滿意|好用|顺|順)|(?:唔係|唔)(?:好)?(?:理想|滿意|好用|掂)|(?:问题|問題)(?:很多|太多|不少|好多)|后悔|後悔`, 'i');
/** They ask to talk or meet again ("could we talk again?", "can we set up a call?", 想再跟您聊聊, 下週您方便嗎, 約個時間傾下). */
const TALK_AGAIN = new RegExp(String.raw`${BACK_AGAIN}|\b(?:speak again|chat again|reconnect|catch up|(?:set up|book|have|jump on|get on) (?:a|another) (?:call|chat|meeting))\b|再(?:倾下|约|約)|(?:您|你)(?:方便|有空)(?:吗|嗎|嘛|唔)`, 'i');
/**
 * They chose someone else ("we went with Acme", "switched to another provider", "the vendor we picked in June", 選了別家,
 * 揀咗另一間, 换了别家, 和别家签了): the choice a come-back returns from. An ops hire or an event that did not work out is none.
 */
const CHOSE_OTHER = new RegExp(
  String.raw`\b(?:we|i)(?:['’]ve| have)? (?:now |finally |ultimately )?(?:gone|went|signed|partnered|contracted|switched|moved|changed|decided to go|chose to go|opted to go) (?:over )?(?:with|to) (?!you\b|your\b|us\b)|\b(?:we|i)(?:['’]ve| have)? (?:selected|chosen|chose|picked|opted for) (?!you\b|your\b|us\b)|\b(?:vendor|supplier|provider|partner|system|tool|platform|solution|software|company|one) (?:we|i)(?:['’]ve| have)? (?:picked|chose|chosen|selected|went with|switched to|signed with|moved to)\b|\bleft you\b|(?:选|選|揀|用|换|換|转|轉|采用|採用)(?:了|咗)?(?:另一|另外一|别|別|第二|其他)(?:家|间|間|個|个|套)|(?:和|跟|与|與|同)(?:别家|別家|另一家|另一間|其他家)[^。！？!?\n]{0,6}(?:签|簽)`,
  'i',
);
/** Still committed to that choice ("but we're committed here", "we're sticking with them", 还是会继续用): no come-back, whatever failed. */
const STILL_COMMITTED = /\b(?:(?:we|i)(?:['’]re| are| am|['’]m)? (?:still |fully )?(?:committed|sticking with|staying with|happy with (?:them|it|our choice|the decision))|(?:we|i)(?:['’]ll| will) (?:stick|stay) with)\b|(?:还是|還是|仍然|会|會)继续用|(?:还是|還是|仍然|会|會)繼續用/i;
/** A failure somewhere else than with them ("their rollout at our sister company", 在兄弟公司): not the choice failing them. */
const ELSEWHERE = /\b(?:at|for|in) (?:(?:our|their|a|an) )?(?:sister|parent|partner|affiliate|group|other|another|different) (?:company|companies|site|sites|office|team|teams|branch|business|client|customer)s?\b|\belsewhere\b|兄弟公司|姐妹公司|母公司|集团其他|集團其他|别的公司|別的公司/i;

/** Words that name us, the seller: a failure said of them is ours, not the other vendor's. */
const ABOUT_US = /\b(?:you|your|yours)\b|你们|你們|您|你哋|贵司|貴司|贵公司|貴公司/i;

/**
 * They chose someone else before and it has not worked out, and they want to talk again ("We went with Acme in June
 * but it hasn't worked out — could we talk again?", 上次我們選了別家，結果用下來不太理想，想再跟您聊聊): a come-back,
 * not a decision against us. Their sentence wanting to talk again (else the failure's), or null: a choice said
 * with no failure ("we went with Acme, happy to talk next year"), or a failure of ours ("我们选了别家，你们的方案不太满意") with no wish to talk, stays a decision.
 */
export function backAfterChoosingOther(ownWords: string): string | null {
  const chose = CHOSE_OTHER.exec(ownWords);
  const failed = CHOICE_FAILED.exec(ownWords);
  const talk = TALK_AGAIN.exec(ownWords);
  // (a choice of someone else first, then its failure: "our new ops hire didn't work out", 上次的活动不太理想 chose no one)
  if (!chose || !failed || !talk || failed.index < chose.index || STILL_COMMITTED.test(ownWords)) return null;
  // (what failed is ours when its clause names us: "你们的方案不太满意", "your pricing didn't work out for us")
  const clause = ownWords.slice(0, failed.index + failed[0].length).split(/[,，。.;；!！?？\n]/).at(-1) ?? '';
  if (ABOUT_US.test(clause) || ELSEWHERE.test(clause)) return null;
  return sentenceOver(ownWords, talk.index, talk[0].length);
}
