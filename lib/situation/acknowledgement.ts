/**
 * A reply that only acknowledges ("Thanks, got it.", "好的，收到，謝謝"): nothing to answer and no
 * move of theirs to act on, so the exchange rests and the follow-up comes by the tier's cadence from
 * their words, not today (DOMAIN.md § 8: follow up by the tier's cadence). Judged on the whole reply:
 * every clause must be a thanks, a receipt or an okay; a greeting line and a signed name around
 * them are allowed. Anything more ("Thanks, I will forward it to our CFO") is a reply to act on.
 */

/** Words of thanks, receipt and assent, in the three languages (and the English a Chinese writer uses). (Each repeated word matches one way only: linear on "okokok…", 嗯嗯嗯….) */
const ACK_CLAUSE =
  /^(?:(?:many |great,? )?thanks?(?: (?:a lot|so much|again))?(?: for (?:the|this|that|your) [\w -]{1,30})?|thank you(?: (?:so much|very much|again))?(?: for (?:the|this|that|your) [\w -]{1,30})?|thx|ty|cheers|much appreciated|appreciated|got it|received(?: with thanks)?|noted(?: with thanks)?|well received|ok(?:ay)?|sure|great|perfect|sounds good|will do|talk soon|speak soon|have a (?:good|great|nice) (?:day|weekend|one)|(?:(?:好(?:的|滴|嘞|喔|哦|噢|啊|呀|啦|唷)?|没问题|沒問題|冇問題|收到(?:了|啦)?|已收到|谢谢(?:您|你)?|謝謝(?:您|你)?|感谢|感謝|多谢|多謝|唔該|了解|明白(?:了)?|知道了|嗯|ok|👍|👌|🙏)\s*)+)$/i;

/**
 * A season's greeting, or thanks for the year: "Merry Christmas and a happy new year to you and the
 * team", 提前祝您聖誕快樂、新年快樂, 祝您元旦快乐，万事如意, 今年謝謝您的幫忙. It asks for nothing: the
 * exchange rests as after a thanks (a greeting with a deferral, "let's talk in January", is a snooze).
 */
const GREETING_CLAUSE =
  /^(?:(?:wishing|wish) you(?: and (?:the|your) (?:team|family))?(?: all)?(?: a| an)?(?: very)? )?(?:(?:merry|happy|joyful|peaceful|blessed) (?:christmas|xmas|holidays?|new year|hanukkah|diwali|eid|thanksgiving|lunar new year|chinese new year|festive season)|season'?s greetings|all the best for (?:the )?(?:new year|holidays|festive season|20\d\d))(?: (?:and|&) (?:a |an )?(?:very )?(?:happy|peaceful|prosperous|healthy|great|good) (?:new year|20\d\d))?(?: to you(?: (?:and|&) (?:the|your) (?:team|family))?)?$|^(?:提前|预|預|恭)?祝(?:您|你|大家|贵司|貴司)?[\p{Script=Han}、和及与與]{2,16}$|^(?:新年|圣诞|聖誕|元旦|春节|春節|中秋|端午|节日|節日)(?:快乐|快樂)$|^(?:万事如意|萬事如意|身体健康|身體健康|阖家幸福|闔家幸福|新春大吉)$|^(?:今年|这一年|這一年)?(?:谢谢|謝謝|感谢|感謝)(?:您|你)?(?:今年|这一年|這一年)?的?(?:帮忙|幫忙|照顾|照顧|支持|协助|協助)$/iu;
/**
 * A note that only says it is being looked at, as when they forward our mail to a colleague ("FYI,
 * see below. We are reviewing internally.", 抄送你一下，我们内部在看) or take it in ("Thanks, will
 * have a look", 收到，謝謝，我再看看): the questions in a forwarded mail are put to the colleague, not
 * to us, and the move is theirs. (Thinking it over, 考虑考虑, is no look: that is the brush-off.)
 */
const REVIEW_CLAUSE =
  /^(?:fyi|for your (?:information|reference|records)|see below|see (?:the )?(?:thread|note|email) below|(?:we are|we're|i am|i'm|the team is) (?:still )?(?:reviewing|looking at|looking into|going through|discussing|evaluating) (?:it|this|them|the (?:\w+ )?(?:proposal|quote|offer|deck|options))?\s?(?:internally|with the team|in house)?|(?:still )?(?:under|in) (?:internal )?review|(?:looping|copying|cc-?ing) (?:in )?(?:my|our) (?:colleague|team|manager|boss)s?(?: for visibility)?|抄送(?:你|您)?(?:一下)?|转(?:给)?(?:你|您)?(?:看一下|看下|参考)|轉(?:給)?(?:你|您)?(?:看一下|看下|參考)|供(?:你|您)?(?:参考|參考)|(?:我们|我們|我哋)?(?:还|還|仲)?在?(?:内部|內部)(?:在)?(?:看|看紧|评估|評估|讨论|討論|研究)(?:中|紧)?|(?:我们|我們|我哋)(?:还|還|仲)?在(?:看|评估|評估|讨论|討論|研究)(?:中)?|(?:i'?ll|i will|we'?ll|we will|will) (?:have|take) a (?:quick |closer )?look(?: at (?:it|this|them))?|(?:i'?ll|i will|we'?ll|we will|will) (?:read|review|go through|look (?:at|over|through)) (?:it|this|them)(?: (?:over|during) the (?:break|holidays|weekend)| this week| next week)?|(?:our|my) (?:legal|lawyers?|counsel|team|finance|procurement|boss|cfo|ceo|it)(?: team| department| people)? (?:is|are) (?:still )?(?:reviewing|looking at|looking over|going through|checking) (?:it|this|them|the (?:[\w-]+ ){0,2}(?:contract|proposal|quote|msa|agreement|order form|terms|sow))(?: this week| internally| now)?|(?:我|我们|我們|我哋)?(?:再|先)?(?:看看|看一下|睇睇|睇下)(?:吧)?)$/iu;

/** Emoji and their variation selectors (🎄, 🙏🏻): decoration, not words (👍 and 👌 are an okay, 🙏 a thanks). */
const PICTOGRAPHS = /(?!👍|👌|🙏)\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F/gu;

/** A line that only greets or signs: "Hi Sam,", "王经理您好", "Best regards,", "— Priya", "Tom Becker", "陳怡君". */
const FRAME_LINE = /^(?:(?:hi|hello|hey|dear)\b.{0,30}|.{1,6}(?:您好|你好)|best|regards|best regards|kind regards|br|[-–—~]*\s*[\p{Lu}][\p{Ll}.'-]{0,20}(?:\s+[\p{Lu}][\p{Ll}.'-]{0,20})?|[\p{Script=Han}]{2,4})[,，.!。！]?$/iu;
/** A greeting or a name inside a line of thanks: "Thanks Sam", "Hi Sam, got it". */
const FRAME_CLAUSE = /^(?:(?:hi|hello|hey|dear)\s+\S{1,20}|.{1,6}(?:您好|你好)|[\p{Script=Han}]{1,3}(?:先生|小姐|女士|经理|經理|总|總|老师|老師))$/iu;
/** Thanks followed by the name it is addressed to: "Thanks Sam", "thank you Priya". */
const ACK_TO = /^(?:thanks|thank you|thx|cheers)\s+[\p{L}]{1,20}$/iu;

export function isAcknowledgement(text: string): boolean {
  return everyClause(text, acknowledges, () => false, (line) => ACK_CLAUSE.test(line));
}

const acknowledges = (clause: string) => ACK_CLAUSE.test(clause) || ACK_TO.test(clause) || GREETING_CLAUSE.test(clause) || REVIEW_CLAUSE.test(clause);

/** Whether the words hold nothing but thanks, receipt, greetings and a name ("Thanks Sam.", "收到，谢谢。", or nothing). */
export function onlyThanksOrFrame(text: string): boolean {
  return everyClause(text, acknowledges, () => false, (line) => ACK_CLAUSE.test(line), false);
}

/**
 * A yes and nothing more ("Sure", "yes please", "ok, send it over 👍", 好的, 可以呀, 得, 冇問題, 麻煩你): a thanks
 * or an okay may stand beside it, a greeting and a name around it. Whether it agrees to something is read
 * against our last message (offer-answered.ts): to a statement of ours it only acknowledges.
 */
// (each repeated word matches one way only — "ok" once, not as ok and OK under /i — so "okokok…" reads in linear time)
const YES_CLAUSE =
  /^(?:(?:oh |ah )?(?:ok(?:ay)?|k|kk|sure(?: thing)?|yes|yeah|yep|yup|ya|yea|absolutely|definitely|of course|certainly|why not|please do|please|go ahead|go for it|do it|sounds good|sounds great|that works|works for me|fine(?: by me)?|perfect|great|lovely|brilliant|cool|happy to|(?:please )?send (?:it|them|that|one|those)(?: (?:over|across|through|along|on))?(?: please)?)(?: please| then| thanks| thank you)?|(?:好(?:的|滴|嘞|喔|哦|噢|啊|呀|啦|唷|吧)?|可以(?:的|啊|呀|喔|哦)?|行(?:的|啊)?|没问题|沒問題|冇問題|得(?:呀|啊|喇|啦)?|要(?:的|啊|呀)?|需要|当然(?:可以)?|當然(?:可以)?|麻烦(?:您|你)?了?|麻煩(?:您|你)?了?|唔該(?:晒|你)?|有劳|有勞|(?:请|請)?(?:发|發|寄)(?:过来|過來|给我|給我|嚟|過嚟)?(?:吧|啦|呀)?|send(?:嚟|過嚟|过来)(?:啦|吧)?|ok|👍|👌|✅)+)$/iu;

export function isBareYes(text: string): boolean {
  return everyClause(text, (clause) => YES_CLAUSE.test(clause), (clause) => ACK_CLAUSE.test(clause) || ACK_TO.test(clause), (line) => ACK_CLAUSE.test(line) || YES_CLAUSE.test(line));
}

/**
 * Whether every clause is one of `counts` (at least one, unless `needOne` is false) or `allowed`, a greeting
 * line and a signed name around them (a line `words` reads is never a name: "Sure", 可以).
 */
function everyClause(text: string, counts: (clause: string) => boolean, allowed: (clause: string) => boolean, words: (line: string) => boolean, needOne = true): boolean {
  const lines = text.replace(PICTOGRAPHS, '').split(/\n+/).map((line) => line.trim()).filter(Boolean);
  if (text.length > 160) return false;
  if (lines.length === 0) return !needOne;
  let counted = false;
  for (const raw of lines) {
    // A CRM note's speaker ("Maria: thanks, our legal is reviewing it") is no word of theirs.
    const line = raw.replace(/^[\p{Lu}][\p{L}'-]{1,20}(?: [\p{Lu}][\p{L}'-]{1,20})?:\s+/u, '');
    const bare = line.replace(/[,，.!。！~]+$/, '');
    if (!words(bare) && FRAME_LINE.test(line)) continue;
    // (an okay sign stands as a clause of its own: "ok 👍 thx")
    const clauses = line.split(/[,，.!。！;；~]+|\s+-\s+|\s*(?=[👍👌🙏])|(?<=[👍👌🙏])\s*/u).map((c) => c.trim()).filter(Boolean);
    for (const clause of clauses) {
      const hit = counts(clause);
      if (!hit && !allowed(clause) && !FRAME_CLAUSE.test(clause)) return false;
      counted ||= hit;
    }
  }
  return counted || !needOne;
}
