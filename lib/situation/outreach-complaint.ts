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
  /\b(?:(?:too|so) many (?:emails|e-mails|messages|calls|follow-ups|voicemails|reminders)|(?:this is|that's|that is|it's|it is) (?:the|your) (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|e-mail|message|call|follow-up|voicemail)|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|e-mail|message|call|follow-up|voicemail)s? (?:from you|today|this week|in a row)|yet another (?:email|message|call)|keep (?:emailing|e-mailing|calling|messaging|chasing|following up|sending)|constant (?:emails|calls|follow-ups|messages)|(?:emails?|calls?|messages?) every (?:day|other day)|dial it back|back off|ease off|ease up|tone it down|spamming (?:me|us|my|our)|(?:this|that) is spam|stop spamming|bombard|hound|harass|pester)\b/i,
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

/** At least three weeks, and twice the tier's interval, before the next touch after such a complaint. */
export function lighterCadenceDays(everyDays: number): number {
  return Math.max(21, Math.round(2 * everyDays));
}
