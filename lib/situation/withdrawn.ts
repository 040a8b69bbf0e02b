/**
 * A question they take back ("Never mind, found it in your docs", "Please ignore my last question",
 * "scratch my question about the API, our IT lead answered it", 刚才那个问题不用回了，我找到了,
 * 剛剛問的問題請忽略): nothing is left to answer, so the exchange rests like a thanks. Only when no
 * question follows the words that take it back ("never mind that – does it run on Azure?" still asks).
 */
const WITHDRAWN = new RegExp(
  [
    // "never mind", "nvm", "disregard / ignore / scratch (my last question, that)"
    String.raw`\b(?:never ?mind|nevermind|nvm)\b`,
    String.raw`\b(?:please )?(?:disregard|ignore|scratch|forget)\b[^.!?\n]{0,30}?\b(?:question|that|it|(?:last|previous|earlier) (?:email|e-mail|message|note|mail))\b`,
    // A message sent to us by mistake: "sorry, wrong thread", "meant for someone else", 发错了
    String.raw`\bwrong (?:thread|email|e-mail|chat|conversation|person|recipient|address)\b|\bsent (?:this|that|it) to the wrong\b|\bmeant (?:this |that |it )?for (?:someone|somebody) else\b|\bnot meant for you\b`,
    String.raw`(?:发|發|传|傳|回)错(?:了|人|群|对象)|(?:发|發|传|傳|回)錯(?:了|人|群|對象)`,
    // "found it", "figured it out", "(already) answered it"
    String.raw`\b(?:found|figured out|worked out|sorted) (?:it|the answer|that)\b`,
    String.raw`\bfigured it out\b`,
    String.raw`\b(?:already )?answered (?:it|that|my question)\b`,
    // 问题不用回了, 问题请忽略, 请忽略…问题, 我找到了, 找到答案了
    String.raw`(?:问题|問題)[^。！？!?\n]{0,8}?(?:不用回|不用答|不用理|不用管|请忽略|請忽略|忽略|作废|作廢|解决了|解決了)`,
    String.raw`(?:忽略|不用理会|不用理會)[^。！？!?\n]{0,8}?(?:问题|問題|邮件|郵件|消息|訊息)`,
    String.raw`不用回(?:了|复了|覆了)|(?:我|已经|已經)?(?:自己)?找到(?:了|答案了|答案)|搞清楚了|弄明白了|搞懂了`,
  ].join('|'),
  'i',
);

/** The words that take their question back, when nothing is asked after them; else null. */
export function withdrawnQuestion(text: string): string | null {
  const m = WITHDRAWN.exec(text);
  if (!m) return null;
  // A question asked after taking the other back is still to answer.
  if (/[?？]/.test(text.slice(m.index + m[0].length))) return null;
  return m[0];
}
