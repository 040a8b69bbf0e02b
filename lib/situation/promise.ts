import type { MappedStage } from '../playbook/crm-stages';
import type { ObjectionId } from '../playbook/ids';
import type { TierId } from '../playbook/schema';
import type { ReplyReading } from '../reader/read-reply';
import { isWeekendOff, type HolidayPlace } from './holiday';
import { sentenceAt, sentencesOf } from './sentence';

/**
 * They promise to come back to us by a day ("we will read the proposal this week and get back to
 * you", "I'll revert by Friday", "我们这周内看一下方案再回复你", "我下週跟老闆討論後再回覆您"), or
 * to take it further on their side that day ("I will take it to our GM on Friday"): the move is
 * theirs until then. Not an objection and not "they replied, our move today"; the rep
 * thanks them, waits, and follows up the next working day after the day they named if nothing came.
 */
const EN_PROMISE =
  /\b(?:i|we|he|she|they)(?:'ll|’ll| will| shall| are going to| am going to| is going to|'m going to|’m going to|'re going to|’re going to| plans? to| hopes? to| should be able to| expects? to| aims? to| promised to| said (?:he|she|they)(?:'d|’d| would))\b[^.!?\n]{0,80}?\b(?:get back|revert|come back|circle back|respond|reply|answer|let you know|confirm|decide|make a decision|come to a decision|be in touch|get in touch|follow up|update you|send (?:you )?(?:our|my|the) (?:feedback|decision|answer|comments)|review|read|look (?:at|over|through)|have a look|take a look|go (?:over|through)|discuss|talk (?:it )?over|run (?:it|this) by|(?:tak(?:e|ing)|bring(?:ing)?|present(?:ing)?|put(?:ting)?|pitch(?:ing)?|show(?:ing)?|pass(?:ing)?|escalat(?:e|ing)) (?:it|this|them|these|those|(?:the|our|your) [a-z -]{1,30}?) (?:on |up )?(?:to|with|before|in front of)|take (?:it|this) up with|raise (?:it|this) with|sign|have (?:a|an|our|the) (?:decision|answer|update)|send (?:it|them|those|these|the [a-z -]{1,30}|you [a-z -]{1,30}|over [a-z -]{1,30})|get (?:it|them) (?:over )?to you|get (?:it|them|the [a-z -]{1,30}) back|return (?:it|them|the [a-z -]{1,30}))\b|\b(?:i|we)(?:'m|’m| am|'re|’re| are) (?:checking (?:with|in with)|speaking (?:with|to)|talking (?:with|to)|meeting (?:with (?!(?:you|u|your)\b)|(?:the|our|my) )|discussing (?:it|this|them|the)|reviewing (?:it|this|them|the)|going (?:over|through) (?:it|this|them|the)|taking (?:it|this|them) (?:to|up with)|running (?:it|this|them) by|presenting (?:it|this|them) to)\b|\byou(?:'ll|’ll| will) hear (?:back )?from (?:me|us)\b|\bwill revert\b|\b(?:should|will|'ll|’ll|expect to|hope to) hear back\b/i;
const ZH_PROMISE =
  /(?:会|會|就|再)?把[^。！？!?\n]{0,16}?(?:发|發|寄|传|傳|回传|回傳)(?:给|給)(?:你|您)|把[^。！？!?\n]{0,16}?(?:发|發|寄|传|傳|送)(?:过来|過來|给我们|給我們|给我方|給我方)|(?:我|我们|我們|我哋|咱们|咱們)[^。！？!?\n]{0,24}?(?:回复|回覆|答复|答覆|回你|覆你|告诉你|告訴你|通知你|話你知|确认|確認|决定|決定|看一下|看一看|看看|研究|讨论|討論|商量|评估|評估|过一下|過一下|签|簽|汇报|彙報|匯報|请示|請示)|(?:再|会|會|就)(?:回复|回覆|答复|答覆|回你|覆你|给你答复|給你答覆|给您答复|給您答覆|给你回复|給你回覆|告诉你|告訴你|通知你|話你知)|(?:跟|和|向|给|給)[^。！？!?\n]{0,6}?(?:汇报|彙報|匯報|请示|請示)|(?<![请請要求])(?:给|給|俾)(?:你|您|你们|你們|你哋)(?:一个|一個|個)?(?:答复|答覆|回复|回覆|回音|答案|消息|反馈|反饋)|(?<![请請])(?:回复|回覆|答复|答覆)(?:你|您)(?![们們的])/;

/** Someone named promising in a rep's note ("Jonas will send the signed NDA Monday", "Priya is going to confirm by Friday"): theirs. Case matters: a name, not "This will…". */
const NAMED_PROMISE = /\b(?!(?:I|We|It|This|That|These|Those|You|There|What|Which|Who|Next|Then)\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:'ll|’ll| will| is going to| promised to| said (?:he|she|they)(?:'d|’d| would))\s+(?:[a-z]+\s+){0,2}?(?:send|share|forward|email|get|return|revert|come back|confirm|reply|respond|sign|decide)\b/;

/** The sentence of their promise when it holds the day they named; else null. */
export function promiseToReturn(text: string, namedText: string): string | null {
  const at = text.indexOf(namedText);
  if (at < 0) return null;
  const sentence = sentenceAt(text, at);
  // A refusal or a condition in the same sentence is no promise ("we won't decide this week").
  if (/\b(?:won'?t|will not|can'?t|cannot|not going to|unless|if)\b|不会|不會|唔会|唔會|不能|如果|假如/i.test(sentence)) return null;
  return EN_PROMISE.test(sentence) || ZH_PROMISE.test(sentence) || NAMED_PROMISE.test(sentence) || (!/[?？]/.test(sentence) && (THEIRS_SENT_TO_US.test(sentence) || NOTE_THEIR_STEP.test(sentence))) ? sentence : null;
}

/**
 * Someone of theirs sends us something by the day (法务这周内发给你, 財務下週寄給您, 我哋法務下個禮拜send俾你, "their counsel sends
 * redlines back by the 11th", "legal to send redlines by Friday 12/11" as a note has it): their move until then. Not a request
 * to us (请发给你们…, "please send"), nor a question.
 */
const THEIRS_SENT_TO_US = /(?<![请請叫让讓麻烦煩能可要])(?:发|發|寄|传|傳|交|send)(?:给|給|俾|畀)(?:你|您)(?![的])/i;
const NOTE_THEIR_STEP = /\b(?:legal|counsel|procurement|purchasing|finance|the client|the customer|their (?:[a-z]+ ){0,2}(?:team|legal|counsel|lawyers?|procurement|finance|cfo|ceo|it|dpo|side|board)|(?:he|she|they))\s+(?:to|sends|returns|will send|will return)\s+(?:(?:the|their|its|a|an|us|back|over)\s+)?(?:[a-z-]+\s+){0,2}?(?:redlines?|mark-?ups?|comments|contract|agreement|msa|po|purchase order|template|questionnaire|answers?|feedback|signed copy|paperwork|details)\b/i;

/**
 * In a CRM record's note, their promise with the day it names, read clause by clause with `dateOf` (the note's shorthand and
 * days a reply's reader leaves to it: "Call: Dana - verbal yes, legal to send redlines by Friday 12/11"): the sentence and the
 * day; else null.
 */
export function promiseInNote(text: string, dateOf: (clause: string) => { at: number; text: string } | null): { quote: string; named: { at: number; text: string } } | null {
  for (const sentence of sentencesOf(text)) {
    for (const clause of sentence.split(/[;；]/)) {
      const named = dateOf(clause);
      const quote = named ? promiseToReturn(clause, named.text) : null;
      if (named && quote) return { quote: quote.trim(), named };
    }
  }
  return null;
}

/** The rep promising in their own note ("I'll send the revised quote Tuesday", "we owe them the SOC 2 report by Friday", 我周二把新报价发给他). */
// (a note's shorthand has no subject: "will call him back Thursday", "need to send the SOC 2 report by Wednesday")
// (and a promise the note reports of us: "I said I'd send them by Fri", "we told her we'd have it over Monday")
const EN_OWN_PROMISE = /\b(?:i|we)(?:'ll|’ll| will| shall| am going to|'m going to|’m going to| are going to|'re going to|’re going to| need to| have to| must| promised to| owe (?:him|her|them))\b|\b(?:i|we) (?:said|told (?:him|her|them)|promised(?: (?:him|her|them))?|agreed|committed)(?: that)? (?:i|we)(?:'d|’d| would| will|'ll|’ll)\b|\b(?:owe (?:him|her|them)|promised (?:him|her|them))\b|^\s*(?:will|need to|must|have to|gotta|going to|to)\s+(?:call|ring|phone|email|e-mail|send|resend|share|prepare|revise|update|draft|put together|finali[sz]e|book|schedule|set up|follow up|check in|ping|text|chase)\b/i;
// (a long object brought before the verb by 把/将/俾 is still ours: 我这边下周四之前把修改后的三年期合同发给王经理, 我哋星期四之前send份新quotation俾陳生)
// (or no subject, the promise word opening it: 答应周五前发, 答應週五前寄, 應承咗星期五前send)
const ZH_OWN_PROMISE = new RegExp(String.raw`(?:^|[，,；;。])\s*(?:(?:我|我们|我們|我方|我哋)|(?=答应|答應|承诺|承諾|说好|說好|應承))(?:这边|這邊|呢边|呢邊)?(?:会|會|要|得|需要|答应|答應|承诺|承諾)?(?:[^。！？!?，,]{0,12}?(?:把|將|将)[^。！？!?，,]{0,24}?|[^。！？!?，,]{0,12}?)(?:发|發|寄|送|给|給|俾|提供|准备|準備|报|報|出|回电|回電|回访|回訪|致电|致電|去电|去電|打电话|打電話|拜访|拜訪|跟进|跟進|send|email|call)`, 'i');

/** In the rep's own note: the sentence of the rep's promise that holds the day named, our move by then; else null. */
export function ownPromiseInNote(text: string, namedText: string): string | null {
  const at = text.indexOf(namedText);
  if (at < 0) return null;
  const sentence = sentenceAt(text, at);
  const clause = sentence.split(/[;；，]|,(?=\s*(?:i|we)\b)/i).find((c) => c.includes(namedText)) ?? sentence;
  return EN_OWN_PROMISE.test(clause) || ZH_OWN_PROMISE.test(`，${clause}`) ? clause.trim() : null;
}

/**
 * The next step the rep set in their own note, ours on a day it names: "Next step: I send the revised SOW on Thursday
 * 10 December", "Action - we send pricing by Friday 11 Dec", "I send the SOW on Thursday 10 December" (a note's present
 * tense is its plan), 下一步：我周四把修改后的SOW发过去, 下一步：週四前寄報價. Their step in the same words is theirs
 * ("Next step: Tom reviews with ops", 下一步：客户内部评审). The clause and its day (read by `dateOf`); else null.
 */
const NEXT_STEP_LABEL = /\b(?:next steps?|action(?: items?)?|to ?do|follow[- ]?ups?)\s*[:：\-–—]\s*|(?:下一步|下步|后续|後續|待办|待辦|跟进|跟進)(?:计划|計劃|安排)?\s*[:：]\s*/gi;
const OUR_PLAN_EN = /^(?:(?:i|we)\s+(?:will\s+|'ll\s+|’ll\s+|to\s+)?|to\s+)?(?:send|resend|share|email|prepare|revise|update|draft|deliver|submit|book|schedule|set up|call|ring|present|walk (?:him|her|them) through)\b/i;
/**
 * What may stand before the verb of our step: a few words of time or manner, or a longer object or person brought
 * forward by 把/将/给/跟 (给刘总12月9日前发报价单, 周四前把三个仓库的报价单发给刘总, 俾陳生send份quotation).
 */
const BEFORE_VERB_ZH = String.raw`(?:[^，,。；;！？!?]{0,12}?(?:把|將|将|给|給|俾|跟|同|向|替|帮|幫|为|為)[^，,。；;！？!?]{0,24}?|[^，,。；;！？!?]{0,8}?)`;
const OUR_PLAN_ZH = new RegExp(String.raw`^(?:我|我们|我們|我方|我哋)?(?:这边|這邊|呢边|呢邊)?(?:会|會|要|将|將)?${BEFORE_VERB_ZH}(?:发|發|寄|送|提交|准备|準備|更新|修改|约|約|打电话|打電話|回电|回電|演示|拜访|拜訪|上门|上門|send|email)`, 'i');
/** An English month or weekday opening a Chinese note's step (Dec 10前发报价), not a name. */
const EN_MONTH_DAY = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?)\\b';
/** The note's Chinese step is ours only with us as its subject (我, 我们, 我方) or none at all. */
const OUR_SUBJECT_ZH = /^(?:我们|我們|我方|我哋|我)/;
/**
 * A step with no subject opens on its day, a word of time or manner, or its verb (週四前寄報價, 12月9日前寄報價, 给刘总发报价,
 * 尽快发合同); one that opens on anyone else is theirs: 客户/对方/他/她, a name, a name and title (刘总, 陳經理, 陳生).
 */
const NO_SUBJECT_START_ZH = new RegExp(`^(?:[0-9０-９]|[一二三四五六七八九十两兩]+[月号號日天]|${EN_MONTH_DAY}|下(?:周|週|星期|礼拜|禮拜|个|個|月)|(?:本|这|這|今|呢)[个個]?(?:周|週|星期|礼拜|禮拜|月)|今天|今日|明天|明日|后天|後天|月底|月初|年底|年前|节前|節前|[周週][一二三四五六日天1-7末]|星期|礼拜|禮拜|尽快|盡快|马上|馬上|立即|立刻|先|再|会|會|要|将|將|需|得|把|给|給|俾|跟|和|同|向|为|為|帮|幫|替|于|於|在|最晚|最迟|最遲|之前|发|發|寄|送|提交|准备|準備|更新|修改|约|約|打电话|打電話|回电|回電|演示|拜访|拜訪|上门|上門|电话|電話|致电|致電|安排|整理|出)`, 'i');
const THEIR_SUBJECT_ZH = /^(?:客户|客戶|对方|對方|他们|他們|他|她|甲方|买方|買方|(?![给給俾跟和同向为為帮幫替约約把于於在])\p{Script=Han}{1,2}?(?:总|總|经理|經理|生|小姐|先生|女士|老板|老闆|主任|总监|總監)(?![结結部]))/u;
/** A Latin name opening it (Tom周四发PO给我们): theirs; a month or weekday is not one. */
const LATIN_NAME_START = /^[A-Z][a-z]+\b/;
const MONTH_DAY_START = new RegExp(`^${EN_MONTH_DAY}`, 'i');

function ourPlanZh(clause: string): boolean {
  if (!OUR_PLAN_ZH.test(clause)) return false;
  if (OUR_SUBJECT_ZH.test(clause)) return true;
  return !THEIR_SUBJECT_ZH.test(clause) && !(LATIN_NAME_START.test(clause) && !MONTH_DAY_START.test(clause)) && NO_SUBJECT_START_ZH.test(clause);
}
/** A note's clause that opens on its day and our sending (今天重发, 明天重寄, 週五前寄報價): our step that day. */
const OUR_PLAN_DAY_ZH = /^(?:今天|今日|明天|明日|后天|後天|(?:下)?[周週](?:[一二三四五六日天])|(?:下)?星期[一二三四五六日天])(?:之前|前)?(?:重新|再|补|補)?(?:发|發|寄|送|传|傳|提交|重发|重發|重寄)/;
/** Our promise reported in the note's clause ("I said I'd send them by Fri", 答应周五前发给她): ours on the day it names. */
function ownPromised(clause: string): boolean {
  return /\b(?:i|we) (?:said|told (?:him|her|them)|promised(?: (?:him|her|them))?|agreed|committed)(?: that)? (?:i|we)(?:'d|’d| would| will|'ll|’ll)\b/i.test(clause) || /^(?:答应|答應|承诺|承諾|说好|說好|應承)/.test(clause.trim());
}
// (or a note's -ing of our step, "Resending today", "Sending the revised quote Monday")
// (only of the deal's things, or of none named: "Resending today"; not "Sending team photos from the offsite Monday lol")
const DEAL_THING_EN = String.raw`(?:proposals?|quotes?|quotations?|contracts?|pricing|prices?|deck|slides|sow|w-?9|references?|case stud(?:y|ies)|msa|dpa|nda|order form|agreement|redlines?|invoices?|demo|trial|pilot|samples?|specs?|security (?:pack|questionnaire|docs?)|soc ?2(?: report)?|report|roi|business case|paperwork|docs?|documents?|terms|offer|estimate|it|them|this|that)`;
const OUR_PLAN_PRESENT_EN = new RegExp(
  String.raw`\b(?:i|we)\s+(?:send|resend|share|email|deliver|submit|present|call|book)\b|^(?:calling|booking)\b|^(?:re-?sending|sending|sharing|emailing)\b(?=\s*(?:$|(?:again|back|over|out|today|tonight|tomorrow|now|on|by|before|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|next|this|\d)\b|(?:(?:him|her|them|over|back|across) )?(?:the |our |a |an |my |his |her |their |updated |revised |new |final |signed )*(?:[\w-]+ ){0,2}?${DEAL_THING_EN}\b))`,
  'i',
);
/** The same sentence says our promise is done ("- sent it Thursday, Greg confirmed", 已经发了): not a step still ours. */
const DONE_ALREADY = /\b(?:sent|emailed|delivered|shared|called|done|already (?:sent|did|done))\b(?:\s+(?:it|them|over|across|on|thursday|friday|monday|tuesday|wednesday|yesterday|today|this morning))|\balready (?:sent|done|delivered|emailed)\b|\bconfirmed receipt\b|(?:已经|已經|已|经已|經已)(?:发|發|寄|送|传|傳|给|給|交|打)(?:了|咗|出|过去|過去|给她|給她|给他|給他)?|(?:发|發|寄|送)(?:咗|了)(?:啦|喇)/i;

/** A refusal or a condition: no plan ("if legal agrees, we send…", 如果…). */
const CONDITION = /\b(?:won'?t|will not|can'?t|cannot|unless|if)\b|不会|不會|如果|假如/i;

export function ownNextStepInNote(text: string, dateOf: (clause: string) => { at: number; text: string } | null): { clause: string; at: number } | null {
  const clauses: string[] = [];
  for (const label of text.matchAll(NEXT_STEP_LABEL)) {
    const after = text.slice(label.index + label[0].length);
    for (const clause of after.split(/[;；,，]\s*(?=(?:and\s+|then\s+)?(?:\p{Lu}[\p{L}'’-]+|he|she|they|客户|客戶|对方|對方|\p{Script=Han}{1,2}(?:总|總|经理|經理))\s)|[.!?。！？\n]/u).slice(0, 2)) clauses.push(clause.trim());
  }
  for (const sentence of sentencesOf(text)) {
    if (CONDITION.test(sentence)) continue;
    if (DONE_ALREADY.test(sentence)) continue;
    for (const clause of sentence.split(/[;；,，]/)) if (OUR_PLAN_PRESENT_EN.test(clause) || OUR_PLAN_DAY_ZH.test(clause.trim()) || ownPromised(clause)) clauses.push(clause.trim());
  }
  for (const clause of clauses) {
    if (!clause || !(OUR_PLAN_EN.test(clause) || ourPlanZh(clause) || OUR_PLAN_PRESENT_EN.test(clause) || ownPromised(clause))) continue;
    if (CONDITION.test(clause)) continue;
    const day = dateOf(clause);
    if (day) return { clause, at: day.at };
  }
  return null;
}

const DAY = 86_400_000;
// (a count of weeks is a day: 两周后, 兩個禮拜內, "in two weeks")
const WEEK_WORDS = /\bweek\b|\bwk\b|(?<![0-9一二两兩三四五六七八九十几幾][个個]?)(?:[周週](?![一二三四五六日天1-7末])|星期(?![一二三四五六日天1-7])|[礼禮]拜(?![一二三四五六日天1-7]))|今個禮拜|呢個禮拜/i;
const WEEKEND_WORDS = /\bweekend\b|[周週]末/i;
const THIS_WEEK = /\bthis (?:week|wk)\b|[这這本今呢][个個]?(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天1-7末])/i;
const MONTH_WORDS = /\bmonth\b|本月|[这這][个個]?月|今個月|呢個月/i;
/**
 * One day named with a week or a month beside it ("Monday week", "a week on Friday", "this time next week",
 * "the 10th of next month", 下个月10号): the day, not the week or month around it. "the week of the 14th" is a week.
 */
const ONE_DAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sun)(?:day)?\b|\b\d{1,2}(?:st|nd|rd|th)\b|\bthis time\b|\d[号號日]|[周週期拜][一二三四五六日天1-7]/i;
const WEEK_OF = /\bweek (?:of|commencing|beginning|starting)\b/i;

function localDay(at: number): Date {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/**
 * The weekday after `day` (local midnight): Friday → Monday, Saturday → Monday; a Saturday or Sunday they work where they
 * are is one (a mainland make-up Saturday: Friday 27 February 2026 → Saturday the 28th). Their holidays are the caller's
 * to skip, and to say so.
 */
function nextWorkingDay(day: Date, where: HolidayPlace | null): number {
  const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
  while (where === null ? next.getDay() === 0 || next.getDay() === 6 : isWeekendOff(next.getTime(), where)) next.setDate(next.getDate() + 1);
  return next.getTime();
}

/**
 * The day to follow up when nothing came: the working day after the period they named ends, since the whole period is
 * theirs (the rep lets them have the week: "I'll get back to you next week" said on a Monday is chased the Monday after
 * it, not the coming one). The period is the reader's (`through`: "later this week" ends this Sunday, "early January" on
 * the 10th, 一月第二周 on Sunday the 17th); without it, a week ("this week", "next week", 下週) ends on its Friday, a weekend
 * on its Sunday, a month on its last day; a day ("by Friday", "Monday", "in two weeks", 月底前) is that day.
 */
export function followUpAfterPromise(namedText: string, namedAt: number, now: number, where: HolidayPlace | null = null, through?: number): number {
  if (through !== undefined && through > namedAt) return Math.max(nextWorkingDay(localDay(through), where), localDay(now).getTime() + DAY);
  const named = localDay(namedAt);
  if (WEEKEND_WORDS.test(namedText)) {
    const sunday = new Date(named.getFullYear(), named.getMonth(), named.getDate() + ((7 - named.getDay()) % 7));
    return nextWorkingDay(sunday, where);
  }
  const oneDay = ONE_DAY.test(namedText) && !WEEK_OF.test(namedText);
  if (WEEK_WORDS.test(namedText) && !oneDay) {
    // The named day is in that week (this week's rest starts tomorrow, which may be in the next week on a Sunday).
    // ("this week", 这周: the week they wrote in, whatever day the reader dates it to)
    const base = named.getTime() < localDay(now).getTime() || THIS_WEEK.test(namedText) ? localDay(now) : named;
    const friday = new Date(base.getFullYear(), base.getMonth(), base.getDate() + ((5 - base.getDay() + 7) % 7));
    return nextWorkingDay(friday, where);
  }
  if (MONTH_WORDS.test(namedText) && !oneDay) {
    const last = new Date(named.getFullYear(), named.getMonth() + 1, 0);
    return nextWorkingDay(last, where);
  }
  return Math.max(nextWorkingDay(named, where), localDay(now).getTime() + DAY);
}

/**
 * A promise to come back that names no day ("let me check with the CFO and get back to you",
 * "I'll circle back once I've heard from procurement", 我问下老板再回复你, 我跟主管討論一下再跟您聯絡):
 * the move is theirs too, for a while. Only the words of coming back count here ("we'll review
 * it" with no day promises nothing we can wait for).
 */
const EN_COME_BACK = /\b(?:get back to (?:you|u)|revert(?: back)?(?: to you)?|come back to (?:you|u)|circle back|let (?:you|u) know|be in touch|get in touch|update you|keep you (?:posted|updated|in the loop)|(?:send|give) (?:you )?(?:our|my) (?:feedback|decision|answer)|you(?:'ll|’ll| will) hear (?:back )?from (?:me|us))\b/i;
const EN_SPEAKER = /^(?:will|shall)\b|\b(?:i|we)(?:'ll|’ll| will| shall|'d|’d| would| am going to|'m going to|’m going to|'re going to|’re going to| plan to| hope to)\b|\blet (?:me|us)\b|\bonce (?:i|we)\b|\b(?:i|we) (?:need|have) to (?:check|confirm|run|discuss|talk|speak|ask)\b/i;
const ZH_COME_BACK = /(?:再|后|後|然后|然後|之后|之後|完)(?:跟你|跟您|和你|和您|给你|給你|给您|給您|同你)?(?:回复|回覆|答复|答覆|回你|覆你|回您|联系|聯繫|联络|聯絡|说|說|讲|講|确认|確認|反馈|反饋|話你知|通知你|通知您|告诉你|告訴你|告诉您|告訴您)|(?:回头|回頭|迟啲|遲啲|晚点|晚點)(?:再)?(?:给你|給你|给您|給您|跟你|跟您|同你)?(?:回复|回覆|答复|答覆|回你|覆你|说|說|讲|講|联系|聯繫|联络|聯絡)/;
/** "Will do, pulling them together now", "working on it": what we asked for is on its way, their move. */
const EN_ON_IT = /\b(?:pulling|putting|getting|gathering|collecting|compiling) (?:it|them|this|these|those|that|the (?:[a-z]+ ){0,2}[a-z]+) together\b|\b(?:i'm|i am|we're|we are) (?:working on it|on it)\b|^\s*(?:on it|working on it)\b/i;
/** A promise to send us something ("I'll send the requirements list over", "our security team will send you a questionnaire", 我下周一之前把需求清单发你): their move too. */
const EN_SEND_PROMISE = /\b(?:i|we|(?:our|my) (?:[a-z]+ ){0,2}(?:team|department|dept|colleagues?|people|lawyers?|legal|procurement|it|security|finance|cfo|ceo|boss|manager))(?:'ll|’ll| will| shall)\b[^.!?\n]{0,40}?\b(?:send|share|forward|email|get)\b[^.!?\n]{0,30}?\b(?:you|over|across|through)\b/i;
// (我 the sender, not the thing sent: "谁把我信息卖给你的" is no promise)
const ZH_SEND_PROMISE = /(?<![把被让讓叫])(?:我|我们|我們|我哋)[^。！？!?，,]{0,16}?(?:发|發|寄|传|傳|给|給|send)(?:给|給)?(?:你|您|过来|過來|过去|過去|返你)/i;

/** A promise to send reported in the third person, as a rep's note has it ("he will send the questionnaire", 客户说会把清单发过来): their move. */
const THIRD_SEND_PROMISE = /\b(?:he|she|they|the (?:client|customer|prospect))(?:'ll|’ll| will| is going to| are going to| promised to| said (?:he|she|they)(?:'d|’d| would))\b[^.!?\n]{0,40}?\b(?:send|share|forward|email|get back|revert|come back|confirm|reply|respond)\b|(?:客户|客戶|对方|對方|他|她)[^。！？!?，,]{0,8}?(?:说|說|表示|答应|答應)?[^。！？!?，,]{0,12}?(?:会|會|要)?把[^。！？!?]{0,16}?(?:发|發|寄|传|傳|送)(?:过来|過來|给我们|給我們)/i;

/** Someone on their own side a wait can be on (法务, 老板, 董事会, 總部…). */
export const THEIR_SIDE_ZH = '法务|法務|老板|老闆|领导|領導|财务|財務|董事会|董事會|总部|總部|内部|內部|上面|上头|上頭|采购|採購|IT|资安|資安|信息安全|DPO|律师|律師|老细|老細';
/**
 * Someone on their own side, in English ("their DPO", "our legal team", "my manager"): a person or a team of theirs, not
 * a thing or an event of ours ("our call last week", "our last meeting", "our invoice"). Used by `promise.ts` and `request.ts`.
 */
export const THEIR_SIDE_EN = String.raw`(?:their|our|my|his|her) (?:[a-z&-]+ ){0,2}?(?:legal|counsel|lawyers?|attorneys?|dpo|cfo|ceo|cto|cio|coo|ciso|vps?|board|boss|manager|director|head|procurement|purchasing|finance|accounts|it|security|infosec|compliance|team|department|dept|committee|execs?|executives?|leadership|management|partners?|owner|founders?|colleagues?|people|side|president|chairman|gm|sign-?off|approval)\b`;
/** A wait said not to be one: "no point waiting for our board", "no need to wait on legal", 不用等法务. */
const NOT_WAITING_EN = String.raw`(?<!\b(?:no point(?: in)?|no need to|no need for|not|don['’]t|didn['’]t|won['’]t|without|stop|instead of|rather than|no more)\s+)`;
const NOT_WAITING_ZH = '(?<!不用|不必|无需|無需|毋须|毋須|唔使|唔駛|不需要|不要|别|別|不|冇)';
/**
 * A wait on someone of their own side ("still waiting on the data-retention answer from their DPO", "we're waiting for our legal
 * team", "haven't heard back from our CFO yet", 还在等法务的意见, 還在等老闆批, 仲等緊財務回覆): their move, as a promise with no day;
 * not a chase of ours ("still waiting on your quote", "still waiting on the revised quote you mentioned from our call last week"),
 * not a wait declined ("no point waiting for our board", 我们不用等法务).
 */
const WAITING_ON_THEIR_SIDE = new RegExp(
  [
    String.raw`${NOT_WAITING_EN}\b(?:waiting|wait) (?:for|on)\b(?:\s+${THEIR_SIDE_EN}|[^.!?;\n]{0,60}?\bfrom ${THEIR_SIDE_EN})`,
    String.raw`\b(?:haven['’]?t|have not|hasn['’]?t|has not) (?:yet )?heard back from ${THEIR_SIDE_EN}`,
    String.raw`(?:还在|還在|仍在|正在|仲喺度|仲|都仲)?${NOT_WAITING_ZH}(?:等|等待|等緊|等紧)(?:${THEIR_SIDE_ZH})`,
    String.raw`(?:还|還|仲)(?:没|沒|未)(?:有)?(?:收到|等到)[^。！？!?，,\n]{0,4}?(?:${THEIR_SIDE_ZH})`,
  ].join('|'),
  'i',
);
/** A request to us beside the wait ("等老板回来再说吧，你先发合同过来", "…, send the order form"): the request, ours now. */
const ASKED_OF_US_NOW = /(?:你|您|你们|你們|你哋)(?:先|就|可以|能)?[^。！？!?，,]{0,4}?(?:发|發|寄|传|傳|send)|(?:^|[.!?;,]\s*)(?:please\s+)?(?:send|share|email|forward)\b|\b(?:can|could) you (?:please )?(?:send|share|email|forward)\b/i;

/** Words that turn the sentence into no promise: a refusal, a condition, a question back to us. */
const NO_PROMISE = /\b(?:won'?t|will not|can'?t|cannot|not going to|unless|if)\b|不会|不會|唔会|唔會|不能|如果|假如|[?？]/i;

/** The sentence of a promise to come back that names no day; else null. */
export function promiseWithoutDay(text: string): string | null {
  for (const sentence of sentencesOf(text)) {
    if (NO_PROMISE.test(sentence)) continue;
    if ((EN_COME_BACK.test(sentence) && EN_SPEAKER.test(sentence)) || (ZH_COME_BACK.test(sentence) && !ASKED_OF_US_NOW.test(sentence)) || EN_SEND_PROMISE.test(sentence) || ZH_SEND_PROMISE.test(sentence) || THIRD_SEND_PROMISE.test(sentence) || NAMED_PROMISE.test(sentence) || EN_ON_IT.test(sentence) || (WAITING_ON_THEIR_SIDE.test(sentence) && !ASKED_OF_US_NOW.test(sentence))) return sentence.trim();
  }
  return null;
}

/**
 * Working days to wait for an answer promised with no day before a nudge: a tier A buyer answers
 * sooner than a tier C one, and once our proposal or quote is with them (negotiation, contract) the
 * decision is near, so a day less (never under two).
 */
export function promiseWaitDays(stage: MappedStage, tier: TierId | null): number {
  const base = tier === 'A' ? 2 : tier === 'B' ? 3 : 5;
  return stage === 'negotiate' || stage === 'close' ? Math.max(2, base - 1) : base;
}

/** The readings a promise to come back by a day sets aside ("we'll read it this week and get back to you" leaning to brush-off, authority, the contract). */
// (and timing: "I'll get back to you next week" is their promise for that week, not a wish to be called on its Monday)
export const SET_ASIDE_WITH_DAY: ReadonlySet<string> = new Set(['none', 'timing', 'brush_off', 'authority', 'contract']);
/** The readings a promise to come back with no day sets aside ("Let me think it over and I'll get back to you" leaning to brush-off, timing, budget, authority). */
export const SET_ASIDE_NO_DAY: ReadonlySet<string> = new Set(['none', 'timing', 'brush_off', 'budget', 'authority']);

/**
 * The objection heard in their words as the panel decides it: none when their promise to come back sets the
 * reading aside (the panel waits for it), else the reader's. The dashboard counts objections heard with this,
 * so its count and the panel agree. `words` are their own words (the reply cleaned of quotes and signature).
 */
export function objectionHeard(reading: Pick<ReplyReading, 'category' | 'question' | 'namedDate'>, words: string): ObjectionId | null {
  if (reading.category === 'none') return null;
  if (!reading.question && reading.namedDate && SET_ASIDE_WITH_DAY.has(reading.category) && promiseToReturn(words, reading.namedDate.text) !== null) return null;
  if (!reading.question && SET_ASIDE_NO_DAY.has(reading.category) && promiseWithoutDay(words) !== null) return null;
  return reading.category;
}

/**
 * The rep's newest own log on the record sets a step of ours on a day now past, nothing of theirs since ("Rang Jack 3/12 - he
 * never got the proposal, it went to spam. Resending today.", 给刘总打了电话，他没收到报价，周五前重发): our overdue step, with
 * the log's words. Null when the newest own log sets none, or its day has not passed.
 */
export function lateOwnStep(activity: readonly { at: number | null; text: string; own: boolean }[], today: number, lastIn: number, dateOf: (words: string, at: number) => { at: number; text: string } | null): { quote: string; due: number } | null {
  const newest = activity.filter((a): a is { at: number; text: string; own: boolean } => a.own && a.at !== null && a.at >= lastIn).sort((a, b) => b.at - a.at)[0];
  if (!newest) return null;
  const step = ownNextStepInNote(newest.text, (clause) => dateOf(clause, newest.at));
  return step && localDay(step.at).getTime() < today ? { quote: newest.text.trim(), due: localDay(step.at).getTime() } : null;
}
