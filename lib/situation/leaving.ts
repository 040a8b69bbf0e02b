import { sentenceOver } from './sentence';
/**
 * The person we deal with says they are about to leave ("Heads up - Friday is my last day here",
 * "I've handed in my notice", "I'm moving on at the end of the month", 我月底就离职了, 下週是我最後一
 * 個工作天): today, while they are still there, ask who will pick it up and for an introduction, or the
 * deal leaves with them. Not a day to wait for ("月底" is when they go, not when to write), and not
 * the congratulations of someone who has already moved (`moved-on.ts`).
 */

const EN = /\b(?:(?:it['’]s|is|will be) my last (?:day|week)|my last (?:day|week) (?:here |at [\p{L}&'’ -]{1,30} |with [\p{L}&'’ -]{1,30} )?(?:is|will be)|i(?:['’]ve| have) (?:handed in|given|put in) my notice|i(?:['’]m| am)(?: officially)? (?:leaving|moving on|stepping down)(?! (?:for|now|early|home|work|the office|to the|in a (?:minute|bit|moment))\b)|i(?:['’]m| am) (?:off to a new|moving to a new (?:role|job|company))|i(?:['’]ll| will) be (?:leaving|moving on|stepping down)(?! (?:for|early|home|work|the office|to the)\b)|i(?:['’]ve| have) resigned|i(?:['’]m| am) (?:serving|working) (?:out )?my notice)\b/iu;
const ZH = /我[^，,。！!？?\n]{0,8}?(?:就|要|会|會|将|將|准备|準備|打算)(?:要)?(?:离职|離職|辞职|辭職|离开公司|離開公司|走了)|我(?:已经|已經|已)?(?:提了|递了|遞了|交了)(?:离职|離職|辞职|辭職)|(?:是|系)?我(?:在公司|喺公司)?(?:的)?最后一天|(?:是|系)?我(?:在公司|喺公司)?(?:的)?最後一天|我(?:的)?最后一个工作日|我(?:的)?最後一個工作(?:日|天)|我(?:下个月|下個月|月底|年底|下周|下週)?(?:就)?(?:唔做|冇做)/u;

/** The sentence in which they say they are about to leave; null when they do not. */
export function leavingSoon(ownWords: string): string | null {
  const match = EN.exec(ownWords) ?? ZH.exec(ownWords);
  return match ? sentenceOver(ownWords, match.index, match[0].length) : null;
}
