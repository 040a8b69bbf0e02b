import { HARD_NO } from './outreach-complaint';

/**
 * They ask who we are or how we reached them ("Who is this? How did you get my number?", 你是哪位？
 * 怎么有我电话的, 請問你是哪間公司): a question to answer plainly today (who we are, where their details
 * came from), not a brush-off to counter with a two-page case. A refusal beside it ("who is this? not
 * interested") stays what the reader makes of it.
 */
const WHO_ASKS = /\bwho (?:is this|are you|is this from|am i (?:talking|speaking) (?:to|with))\b|\bhow did you (?:get|find) (?:my|this|our) (?:number|e-?mail|details|contact|name|address)\b|\bwhere did you get (?:my|this|our) (?:number|e-?mail|details|contact)\b|\bwhat company (?:is this|are you (?:from|with))\b|你是(?:谁|誰|哪位)|您是(?:哪位|谁|誰)|(?:请问|請問)?(?:你|您)?(?:是)?哪(?:间|間|家)公司|(?:边|邊)位|(?:怎么|怎麼|点解|點解|从哪|從哪)[^。！？!?\n]{0,6}?(?:有|拿到|知道|搵到)(?:我|我们|我們)?(?:的)?(?:电话|電話|号码|號碼|微信|邮箱|郵箱|联系方式|聯絡方式)/i;
/** A refusal beside the question: the hard no of outreach-complaint.ts, or a stop ("remove me", 别再…). */
const REFUSED = new RegExp(String.raw`${HARD_NO.source}|\bno thanks?\b|\bstop\b|\bremove me\b|\bdon'?t (?:call|contact|email)\b|唔使|别再|別再|不要再`, 'i');

/** The words asking who we are, when their reply asks it and refuses nothing; else null. */
export function whoAsks(ownWords: string): string | null {
  const m = WHO_ASKS.exec(ownWords);
  return m && !REFUSED.test(ownWords) ? m[0] : null;
}
