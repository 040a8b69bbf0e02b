/**
 * A complaint about our own outreach: too many emails or calls, their name or company got wrong, a
 * pushy tone ("This is the fourth email from you this week", "You've misspelled my name in three
 * emails now", 你们天天发邮件，太烦了, 一直打電話來，很困擾). Not an objection to argue and not a
 * bad moment to wait out: an apology, and the next touch at a lighter cadence. An explicit "stop
 * emailing me" is the reader's request to stop (no touch at all), read before this.
 */
import { sentenceSpans, sentenceOver } from './sentence';

const TOO_MUCH = [
  // How often: "the fourth email this week", "so many follow-ups", "you keep calling", "dial it back".
  // (an outreach noun after "too many" or an ordinal: "we have too many tools", "can we set up a second call?" are no complaint)
  /\b(?:(?:too|so) many (?:emails|e-mails|messages|calls|follow-ups|voicemails|reminders)|(?:this is|that's|that is|it's|it is) (?:the|your) (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|e-mail|message|call|follow-up|voicemail)|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|e-mail|message|call|follow-up|voicemail)s? (?:from you|today|this week|in a row|in a (?:week|fortnight)|this fortnight|this month|in (?:two|three|2|3) (?:days|weeks))|yet another (?:email|message|call)|keep (?:emailing|e-mailing|calling|messaging|chasing|following up|sending)|constant (?:emails|calls|follow-ups|messages)|(?:emails?|calls?|messages?) every (?:day|other day)|dial it back|back off|ease off|ease up|tone it down|spamming (?:me|us|my|our)|(?:this|that) is spam|stop spamming|bombard|hound|harass|pester)\b/i,
  // How it sounded: "pushy", "aggressive", "the tone of your emails", "hard sell", "pressure".
  /\b(?:pushy|aggressive|hard[- ]sell|high[- ]pressure|pressur(?:e|ing) (?:me|us)|(?:your|the) tone)\b/i,
  // Who we wrote to: "you misspelled my name", "get our name right", "it's Brightline, not Brightside".
  /\b(?:misspel(?:led|t)|got (?:my|our) (?:name|company) wrong|wrong (?:name|company name)|get (?:my|our) (?:name|company(?: name)?) right|(?:my|our) name is spelt)\b|\b(?:spel(?:led|t)|written|typed) (?:my|our) (?:sur|first |last |company )?name (?:wrong|incorrectly)\b|\bit'?s [A-Z][\w-]+,? not [A-Z][\w-]+/i,
  /天天(?:发|發|打|催)|每天都(?:发|發|打)|一直(?:打电话|打電話|发邮件|發郵件|发消息|發訊息|催)|老是(?:发|發|打)(?:邮件|郵件|电话|電話|消息|訊息)|(?:邮件|郵件|电话|電話|消息|訊息)(?:太多|太频繁|太頻繁)|催得太(?:紧|緊|急)|(?:别|別|不要)(?:这么|這麼)(?:频繁|頻繁|催|勤)|成日(?:send|打|發)|名字(?:写|寫|打)(?:错|錯)|名(?:称|稱)(?:写|寫|打)(?:错|錯)/,
];

/** Annoyance in Chinese ("太烦了", 困擾, 別再這樣, 語氣) is about us only beside our calls or messages: "確實蠻困擾的" is their own pain. */
const ANNOYED_ZH = /太(?:烦|煩)|很(?:烦|煩)|好煩|困扰|困擾|骚扰|騷擾|(?:别|別|不要)再(?:这样|這樣)|语气|語氣|太强势|太強勢/;
const OUR_OUTREACH_ZH = /邮件|郵件|电话|電話|消息|訊息|短信|簡訊|打来|打來|发来|發來|业务员|業務員|你们(?:的)?(?:业务|销售)|你們(?:的)?(?:業務|銷售)|推销|推銷/;

/** The sentence that complains of our outreach, when their words hold one; else null. */
export function outreachComplaint(ownWords: string): string | null {
  for (const pattern of TOO_MUCH) {
    const m = pattern.exec(ownWords);
    if (m) return sentenceOver(ownWords, m.index, m[0].length);
  }
  for (const { text: sentence, start } of sentenceSpans(ownWords)) {
    const m = ANNOYED_ZH.exec(sentence);
    if (m && OUR_OUTREACH_ZH.test(sentence)) return sentenceOver(ownWords, start + m.index, m[0].length);
  }
  return null;
}

/** A hard no: not interested, no need ("Not interested.", "No thanks", 不感兴趣, 沒興趣, 唔需要); who-asks.ts reads its refusals from it too. */
export const HARD_NO = /\b(?:not interested|no interest|not for us|no thanks|no thank you|(?:we|i) (?:don['’]t|do not) need (?:it|this|that|your)\b)|不感兴趣|不感興趣|没兴趣|沒興趣|冇興趣|唔感興趣|不需要|唔需要|用不着|用不著|不用了|唔使喇/i;
/**
 * The hard no said bare, nothing after it in its clause but a thanks or a particle ("Not interested.", "we are not interested.",
 * "No thanks.", 我们不需要，不感兴趣。, 我哋唔需要。): not a no to one thing ("Not interested in the premium tier", "No thanks on the
 * webinar", "no thanks needed!", 不需要英文资料, 不需要再等了, 唔需要額外功能), which leaves the rest of the talk standing.
 */
const BARE_NO = new RegExp(String.raw`(?:${HARD_NO.source})(?:\s*(?:at all|thanks|thank you|anymore|any more)|了|啦|喇|呀|啊|囉|嘅)?\s*(?=$|[.!。！,，;；…?？~～]|\s[-–—])`, 'gi');
/**
 * Said fed up with us, at us: sarcasm or anger at being chased ("Do you lot ever take a hint?", "How many times do I have
 * to say it", "stop wasting my time", 说了多少次了, 你們到底懂不懂, 講咗幾多次), not at their own week ("seriously swamped"),
 * not at someone else ("老闆講咗幾多次要快啲搞掂", 煩不煩啊這個審批流程), not what they said before of something else ("we have
 * already said we'd prefer monthly", "I have already said yes to the pilot"), and not a language (我听不懂英文, 你懂不懂粤语):
 * the words stand alone in their clause, or say it to us.
 */
const FED_UP = /\b(?:(?:ever|never|not|n['’]t)\b[^.!?\n]{0,12}\btake (?:a|the) hint|how many times (?:do|did|must|have|should|will) (?:i|we)(?: (?:have|need|got) to)? (?:say|tell|repeat|explain)|(?:i|we)(?:['’]ve| have)? (?:already (?:said|told you)(?: (?:so|that|this|it|no|before|twice))?|said no)(?=\s*(?:$|[.!,;:?]|[-–—]))|told you (?:already|before|twice)|for the last time|get the message|what part of|give it a rest|leave (?:me|us) alone|(?:stop )?wasting (?:my|our) time)\b|(?:说了|說了|讲了|講了|讲过|講過|講咗)(?:多少|幾多)次(?:了|啦|喇)?(?=$|[，,。！!？?…~～])|(?:已经|已經|早就)(?:说|說|讲|講)(?:过|過)(?:了|啦)?(?=$|[，,。！!？?…~～])|都(?:说了|說了|講咗)(?=多少|幾多|[，,。！!？?…~～]|$)|(?:你|你们|你們|你哋)(?:到底|究竟)?(?:听不懂|聽不懂|聽唔明|懂不懂)(?:吗|嗎|啊|呀|咩|嘛)?(?=$|[，,。！!？?…~～])|(?:烦不烦|煩不煩|有完没完|有完沒完)(?:啊|呀|吗|嗎)?(?=$|[，,。！!？?…~～])|浪费我的时间|浪費我的時間|浪費我時間|别再烦|別再煩|唔好再煩/i;
/**
 * Anything else in the reply that keeps the talk going: a meeting, a time, a yes, something asked of us ("a call next Tuesday
 * works", "Let's lock in Thursday 2pm", "Can you send the monthly quote?", 下星期一開會決定, 直接報價給我們, 合約幾時有, 直接簽吧).
 */
const SOMETHING_ELSE = /\b(?:yes|yeah|sure|works|let['’]?s|lock in|book|schedule|meeting|demo|call (?:on|at|next|this|tomorrow)|a call|catch up|send|quote|pricing|sign|start|when|can you|could you|would you|please(?! (?:stop|leave|remove|take|don['’]t|do not))|monday|tuesday|wednesday|thursday|friday|tomorrow|next week|\d{1,2}(?::\d{2})?\s*(?:am|pm))\b|开会|開會|会议|會議|见面|見面|报价|報價|合同|合约|合約|签|簽|发给|發給|寄给|寄給|给我们|給我們|(?:麻烦|麻煩|请|請)(?!不要|别|別|勿|停|唔好)|星期[一二三四五六日天]|礼拜|禮拜|[周週][一二三四五六日]|下[周週]|明天|听日|聽日|几时|幾時|什么时候|什麼時候|方便|好的|可以|直接/i;

/**
 * A hard no said fed up with our chasing ("Third email in a fortnight mate. Do you lot ever take a hint? Not interested.",
 * 都说了多少次了，我们不需要, 已經說過了，我們沒興趣): the sequence ends, not a brush-off to answer with a case and a call.
 * The sentence of their no; null for a plain no ("Not interested, thanks": the brush-off it is), anger without one, a no to
 * one thing, or a reply that asks, agrees or requests anything else (a question past the fed-up words, a meeting, a time).
 */
export function fedUpNo(ownWords: string): string | null {
  const no = [...ownWords.matchAll(BARE_NO)][0];
  if (!no || !(FED_UP.test(ownWords) || outreachComplaint(ownWords) !== null)) return null;
  // (a question they ask is rhetorical only in the fed-up words' own sentence: "Do you lot ever take a hint?", 你們到底懂不懂？)
  const asks = sentenceSpans(ownWords).some(({ text: sentence }) => /[?？]/.test(sentence) && !FED_UP.test(sentence));
  if (asks || SOMETHING_ELSE.test(ownWords)) return null;
  return sentenceOver(ownWords, no.index, no[0].length);
}

/** At least three weeks, and twice the tier's interval, before the next touch after such a complaint. */
export function lighterCadenceDays(everyDays: number): number {
  return Math.max(21, Math.round(2 * everyDays));
}
