import { emailNear, findReferral, leaverIs, NOT_NAME, ZH_SURNAME, type Referral } from './referral';
import { sentenceOver } from './sentence';
/**
 * The person we deal with says they are about to leave ("Heads up - Friday is my last day here",
 * "I've handed in my notice", "I'm moving on at the end of the month", 我月底就离职了, 下週是我最後一
 * 個工作天): today, while they are still there, ask who will pick it up and for an introduction, or the
 * deal leaves with them. Not a day to wait for ("月底" is when they go, not when to write), and not
 * the congratulations of someone who has already moved (`moved-on.ts`).
 */

const EN = /\b(?:i(?:['’]m| am) being (?:transferred|moved|seconded) to (?:a |another |our |the |[A-Z])|(?:it['’]s|is|will be) my last (?:day|week)|my last (?:day|week) (?:here |at [\p{L}&'’ -]{1,30} |with [\p{L}&'’ -]{1,30} )?(?:is|will be)|i(?:['’]ve| have) (?:handed in|given|put in) my notice|i(?:['’]m| am)(?: officially)? (?:leaving|moving on|stepping down)(?! (?:for|now|early|home|work|the office|to the|in a (?:minute|bit|moment))\b)|i(?:['’]m| am) (?:off to a new|moving to a new (?:role|job|company))|i(?:['’]ll| will) be (?:leaving|moving on|stepping down)(?! (?:for|early|home|work|the office|to the)\b)|i(?:['’]ve| have) resigned|i(?:['’]m| am) (?:serving|working) (?:out )?my notice)\b/iu;
const ZH = /我[^，,。！!？?\n]{0,8}?(?:就|要|会|會|将|將|准备|準備|打算)(?:要)?(?:离职|離職|辞职|辭職|离开公司|離開公司|走了|调去|調去|调到|調到|调往|調往|调任|調任|调走|調走)|我(?:已经|已經|已)?(?:提了|递了|遞了|交了)(?:离职|離職|辞职|辭職)|(?:是|系)?我(?:在公司|喺公司)?(?:的)?最后一天|(?:是|系)?我(?:在公司|喺公司)?(?:的)?最後一天|我(?:的)?最后一个工作日|我(?:的)?最後一個工作(?:日|天)|我(?:下个月|下個月|月底|年底|下周|下週)?(?:就)?(?:唔做|冇做)/u;

/** When someone goes, said before the word (月底, 下个月, 12月18號, 下週五): a day to come, never 上个月. */
const ZH_WHEN = String.raw`(?:这个月底|這個月底|本月底|月底|月尾|年底|年尾|下个月|下個月|下月|下周[一二三四五六日天]?|下週[一二三四五六日天]?|下星期[一二三四五六日天]?|下礼拜[一二三四五六日天]?|下禮拜[一二三四五六日天]?|明天|聽日|听日|后天|後天|(?:这|這|本)?(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]|(?:明年)?[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}[日号號]|初|中|底|尾)?|[0-9一二三四五六七八九十]{1,3}[日号號])`;
/** Going: leaving the company, or moved to another post (调去集团总部); never 调休 (a day off in lieu) nor 调整. */
const ZH_GO = String.raw`(?:(?:正式)?(?:离职|離職|辞职|辭職|离开公司|離開公司|调去|調去|调到|調到|调往|調往|调任|調任|转调|轉調|调走|調走|调岗|調崗)|(?:就)?(?:唔做|冇做)|(?:是|系|係)?(?:在公司|喺公司)?(?:的|嘅)?(?:最后一天|最後一天|最后一个工作日|最後一個工作(?:日|天)))`;
/** The writer going on a day to come, with no 就 or 要 (我这个月底离职, 我12月18號離職, 我下個月調去台中廠). */
const ZH_ON_DAY = new RegExp(String.raw`我(?:将|將|会|會)?(?:在|于|於)?${ZH_WHEN}(?:就|要|会|會|将|將)?${ZH_GO}`, 'u');

/** The sentence in which they say they are about to leave; null when they do not. */
export function leavingSoon(ownWords: string): string | null {
  const en = EN.exec(ownWords);
  const match = en ?? [ZH.exec(ownWords), ZH_ON_DAY.exec(ownWords)].find((m) => m !== null && zhJobChange(ownWords, m)) ?? null;
  return match ? sentenceOver(ownWords, match.index, match[0].length) : null;
}

/**
 * A Chinese going that is a job change: not moved to a new office, a floor, a trip or a meeting (调到新办公室, 调到三楼,
 * 调去上海出差两周, 调到财务部门那边开会), nor the colleague who goes (他下周就离职的同事的工作由我接手).
 */
const ZH_NOT_POST = /出差|开会|開會|办公|辦公|[楼樓层層]|培训|培訓|参观|參觀|拜访|拜訪|旅游|旅遊|度假|休假|地址/u;
const ZH_OTHER_LEAVER = /^(?:的|嘅)(?:同事|人|员工|員工|那位|那個|那个)/u;
function zhJobChange(words: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  if (ZH_OTHER_LEAVER.test(words.slice(end))) return false;
  if (!/[调調转轉]/u.test(match[0])) return true;
  // (the clause after 调到: where to, and what for)
  return !ZH_NOT_POST.test(words.slice(end).split(/[，,。；;！!？?\n]/u)[0] ?? '');
}

/** Leaving, said of them in the third person ("Greg - leaving the company Dec 18", 他下个月调去集团总部, 王经理月底离职): a name, or he, she, 佢. */
const EN_MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const EN_THEY_LEAVE = new RegExp(String.raw`(?:^|[\s(:;,.!?-])((?:[A-Z][\p{Ll}'’-]+)(?:[ \t]+[A-Z][\p{Ll}'’-]+){0,2}|[Hh]e|[Ss]he)(?:[ \t]*[-–—:][ \t]*|[ \t]*)(?:(?:is|'s|’s|will be|'ll be|’ll be)[ \t]+)?(?:leaving[ \t]+(?:the company|the business|the firm|us|(?:on|at the end of|by|in|after)?[ \t]*(?:${EN_MONTH}\b|\d{1,2}(?:st|nd|rd|th)?\b|the end of|end of|at (?:the )?end of|next (?:week|month)|this (?:month|week)|(?:Mon|Tues|Wednes|Thurs|Fri)day)|(?!(?:for|on|early|late|now|today|tonight|home|work|the office|a |the )\b)[A-Z][\p{L}&'’-]+)|(?:moving on(?![ \t]+to[ \t]+(?:the|a|an)?[ \t]*(?:next|new|other|another|following|second|third|final|last)?[ \t]*(?:phase|stage|step|item|topic|point|part|project|round|question|agenda|rollout|pilot|module|section)\b)|stepping down|being (?:transferred|moved) to)\b|(?:has |have )?(?:handed in|given|put in) (?:his|her|their) notice)`, 'u');
const EN_LAST_DAY = /\b([A-Z][\p{Ll}'’-]+(?:[ \t]+[A-Z][\p{Ll}'’-]+){0,2}|[Hh]is|[Hh]er)(?:['’]s)? last day (?:here |at [\p{L}&'’ -]{1,30} |with [\p{L}&'’ -]{1,30} )?(?:is|will be)\b/u;
/** Capitalised words that open a sentence or name a role, never the person leaving. */
/** Words after the day that make it a trip or a holiday ("for the holidays", "back on the 4th", "on vacation"). */
const AWAY_AFTER = /\b(?:for (?:the |a |his |her )?(?:holidays?|vacation|trip|break|leave|conference|trade ?show|show|summit|airport|flight|plane|train|site visit|visit)|to (?:visit|see|meet|attend|tour|inspect)|on (?:holiday|vacation|leave|a trip|PTO)|back (?:on|in|at|by|from)|returns?|returning|until)\b/i;
const NOT_LEAVER = /^(?:I|We|You|It|This|That|There|Our|My|Your|Their|The|Left|Call|Email|Note|Meeting|Champion|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|CFO|CEO|COO|CTO|CIO)$/;
const ZH_THEY_LEAVE = new RegExp(String.raw`(?:(他|她|佢)(?![们們哋地])|([${ZH_SURNAME}](?:经理|經理|总监|總監|总|總|主任|主管|小姐|先生|女士|老师|老師|工|生|[\p{Script=Han}]{1,2}?)))(?:(?:将|將|会|會)?(?:在|于|於)?${ZH_WHEN})(?:就|要|会|會|将|將|准备|準備)?${ZH_GO}`, 'u');

/**
 * Someone about to leave, said of them ("Champion Greg Hollis leaving Dec 18", "she's leaving at the end of the month",
 * 他下个月调去集团总部, 林經理下週五是最後一天上班): the sentence, and who (the name, or null for he, she, 他, 佢). For the
 * rep's own note on the record: whether it is our contact, the caller tells. Not a trip ("Greg leaving for the trade show"),
 * a role ("Our CFO is leaving"), a day off (王经理下个月休假), nor someone who has already gone ("Tom left the company").
 */
export function leavingSaid(words: string): { text: string; who: string | null } | null {
  const zh = ZH_THEY_LEAVE.exec(words);
  if (zh && zhJobChange(words, zh)) return { text: sentenceOver(words, zh.index, zh[0].length), who: zh[2] ?? null };
  for (const match of [EN_THEY_LEAVE.exec(words), EN_LAST_DAY.exec(words)]) {
    const said = match?.[1];
    if (!match || !said) continue;
    const names = said.split(/\s+/);
    while (names.length > 0 && NOT_LEAVER.test(names[0] ?? '')) names.shift();
    if (names.length === 0) continue;
    // ("Our CFO Greg", "the buyer" before the name: a role's words are not the person)
    const before = words.slice(Math.max(0, match.index - 8), match.index + match[0].indexOf(said));
    if (/\b(?:[Oo]ur|[Tt]heir|[Tt]he|[Mm]y)\s*$/.test(before)) continue;
    // (a trip or a holiday with a day, "Greg leaving Dec 18 for the holidays, back Jan 4": away, not going)
    if (AWAY_AFTER.test(words.slice(match.index + match[0].length).split(/[.;!?\n]/)[0] ?? '')) continue;
    // (a chair stepped down from while they stay, a question or a rumour denied: "stepping down as chair but stays as our CFO",
    // "John is leaving the company? No, that was a rumour.")
    const after = words.slice(match.index + match[0].length, match.index + match[0].length + 120);
    if (/^[^.!\n]*?\b(?:stays?|staying|remains?|remaining|will stay|keeps?|keeping)\b(?: on)? (?:as|our|at|with|on)\b/i.test(after)) continue;
    if (/^[^.!\n]*\?/.test(after) || /\b(?:rumou?rs?|not true|false alarm|denied|not leaving)\b/i.test(after)) continue;
    const who = /^(?:he|she|his|her)$/i.test(names[0] ?? '') ? null : names.join(' ').replace(/['’]s$/, '');
    return { text: sentenceOver(words, match.index, match[0].length), who };
  }
  return null;
}

/**
 * Our contact about to leave, as the rep's note says it ("Greg - leaving the company Dec 18", 周总监电话里说他下个月调去集团总部):
 * he, she, or a name that may be theirs; not someone else on their side ("Linda leaving Dec 18" on Greg's deal).
 */
export function leavingNoted(note: string, contact: string | null): string | null {
  const said = leavingSaid(note);
  if (!said) return null;
  return said.who === null || !contact || leaverIs(said.who, contact) !== 'other' ? said.text : null;
}

/** "I'll introduce you to her", "happy to intro Linda", "put you in touch with Harriet": whom they will introduce us to. */
const EN_INTRO = /\b(?:introduce (?:you|us) to|intro (?:you |us )?to|intro|put (?:you|us) in touch with|connect (?:you|us) (?:with|to))\s+([A-Z][\p{L}'’-]+(?:[ \t]+[A-Z][\p{L}'’-]+){0,2}|her|him|them)\b/u;
/** A full name said before "her" or "him" in the same sentence ("Harriet Cole in Operations… I'll introduce you to her"). */
const FULL_NAME = /\b([A-Z][\p{Ll}'’-]+[ \t]+[A-Z][\p{Ll}'’-]+)\b/gu;

/**
 * Who picks it up from someone about to leave: the successor they name (由运营部的陈婷接手, "Harriet Cole… I'll introduce
 * you to her", "happy to intro Linda"); null when they name nobody. Read beside `leavingSoon` or `leavingNoted` only.
 */
export function handoverTo(words: string): Referral | null {
  const named = findReferral(words);
  if (named?.name) return named;
  const intro = EN_INTRO.exec(words);
  if (!intro?.[1]) return null;
  const sentence = sentenceOver(words, intro.index, intro[0].length);
  let name: string | null = intro[1];
  if (NOT_NAME.test(name.split(/\s+/)[0] ?? '')) return null;
  if (/^(?:her|him|them)$/.test(name)) {
    const upTo = sentence.slice(0, Math.max(0, sentence.indexOf(intro[0])));
    name = [...upTo.matchAll(FULL_NAME)].map((m) => m[1] ?? '').filter((n) => !NOT_LEAVER.test(n.split(/\s+/)[0] ?? '') && !/^(?:Quick|Heads|Thanks|Great|Hi|Hello|Dear)$/.test(n.split(/\s+/)[0] ?? '')).at(-1) ?? null;
  }
  return name ? { name, email: emailNear(words, intro.index) ?? emailNear(words, 0), text: sentence, left: false } : null;
}
