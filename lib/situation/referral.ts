import { sentenceAt } from './sentence';

/**
 * A referral: they send us on to someone else ("Please talk to my colleague Jan Hoffmann, he runs
 * maintenance planning", 这个你找我们采购部的王经理, 請聯絡我同事 陳小姐). It is no objection to
 * answer: the next step is a first touch to the person they named, quoting who sent us, and a
 * thanks to them. "I need to talk to my boss" (the speaker goes to someone) is not a referral: the
 * words must send *us* (an imperative, "you should…", or 你/您/請 before the verb).
 */
export interface Referral {
  /** The person they named ("Jan Hoffmann", "王经理"); null when they named only a role or a team. */
  name: string | null;
  /** Their email address when the reply gives it. */
  email: string | null;
  /** The sentence that sends us on, quoted. */
  text: string;
  /**
   * The person we wrote to has left, and someone else (an auto-reply, a colleague) names their
   * successor: nobody to thank, and the draft says how we were working with them.
   */
  left: boolean;
  /** Who has left, when the notice names them ("Sarah has left the company", 王经理已离职, 陳生上個月已經走咗); else null or absent. */
  leaver?: string | null;
  /** Our contact, by first name, who told us someone else has left ("Sarah has left… please contact Julie" from Marc): the successor draft says they passed it on. */
  passedOnBy?: string | null;
}

/** Words before the verb that make it an instruction to us (English). */
const EN_SEND = /(?:^|[.!?;:\n]\s*|\b(?:please|pls|kindly|just|best(?: to)?|better(?: to)?|you(?:'d| would| should| could| can| might| may| will)?(?: want to| need to| have to)?|i(?:'d| would) (?:suggest|recommend)(?: you)?|i suggest(?: you)?|feel free to|try)\s+)$/i;
const EN_VERB = /\b(?:talk|speak|reach out|get in touch|connect|write|chat)\s+(?:to|with)\s+|\b(?:contact|email|e-mail|ping|call|loop in|try)\s+/gi;
/** They bring the person in themselves ("looping in my colleague Sarah Kim", "adding Tom from IT"): no instruction to us needed. */
const EN_LOOP = /(?:^|[.!?;,\n]\s*|\s[-–—]\s*|\b(?:i am|i'm|i’m|am|i have|i've|i’ve)\s+)(?:looping in|adding|copying in|copying|bringing in|roping in|cc-?ing|cc['’]ing|introducing you to|looped in|added|copied in|copied|brought in|cc['’]?d|cc-?ed)\s+|(?:^|\n)\s*\+\s?(?=[A-Z])/gi;
/** Who follows the verb: "my colleague", "our head of IT", then the name. */
// (a name does not run on over a line break: "+ Priyanka Shah\n\nPriyanka runs…")
const EN_WHO = /^(?:(?:my|our)\s+(?:colleague|co-?worker|manager|boss|team ?mate|head of [a-z]+(?: [a-z]+)?|(?:it|hr|procurement|purchasing|finance|operations|ops|sales|marketing|legal|security) (?:lead|manager|director|head|team|colleague)|cfo|cto|cio|coo|ceo|CFO|CTO|CIO|COO|CEO|IT (?:lead|manager|director|head|team)|HR (?:lead|manager|director|head|team)|vp [a-z]+|VP [A-Za-z]+|director(?: of [a-z]+)?)\s*,?\s+)?([A-Z][\p{L}'’-]+(?:[ \t]+(?:van |de |von )?[A-Z][\p{L}'’-]+){0,2})/u;
const EN_ROLE = /^(?:my|our|the)\s+(?:colleague|co-?worker|manager|boss|team|department|head|purchasing|procurement|it|finance|legal|security|operations)\b/i;
/** A capitalised word after the verb that is not a name. */
export const NOT_NAME = /^(?:I|We|You|The|This|That|Our|My|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Next|Thanks|Thank|Regards|Best|Procurement|Purchasing|Finance|Legal|Security|Sales|Support|IT|HR)$/;
/** "My old role is now covered by Daniel Ortiz", "taken over by Piotr Nowak": a successor named after the verb. */
const EN_SUCCESSOR = /\b(?:(?:now )?(?:covered|handled|owned|run|looked after|taken over|picked up|taken on|managed) by|(?:reassigned|transferred|passed(?: on)?) to|(?:replaced|succeeded) by|(?:successor|replacement|backfill) (?:is|will be)|has taken over from|(?:handing|handed|passing|passed) (?:this|it|things|the account|my accounts?)(?: over)? to|(?:hand|handing|handed) (?:it |this |things |everything )?over to|(?:[Yy]our|[Tt]he) new (?:main |day-to-day )?(?:point of )?contact (?:is|will be)|the (?:person|one|guy|woman|man|people) (?:you(?:'ll|’ll)? (?:want|need)|to (?:talk|speak) (?:to|with)) (?:is|are|would be))\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})/u;
/** "Daniel Ortiz will take it from here", "Piotr is taking over": the successor named before the verb. */
const EN_TAKES_OVER = /\b([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})(?:\s*\([^)\n]{0,60}\))?\s+(?:is taking over|(?:is|will be) (?:looking after|handling|managing|covering|taking care of|dealing with) (?:my|our|your|the) (?:accounts?|clients?|customers?|e-?mails?|enquiries|inquiries|requests|matters|projects?|deals?)|(?:is|will be) covering(?: for me)?|will cover for me|(?:is|will be) picking (?:this|it|things) up|will pick (?:this|it|things) up|will be taking over|will take (?:it|this|things|over)(?: from here)?|takes over|(?:will be|is|becomes|will become) your (?:new |main |primary |day-to-day |key )*(?:point of contact|contact(?: person)?|account (?:manager|owner|lead))|(?:is|will be) (?:the|our|their) new (?:buyer|contact|point of contact|decision[- ]maker|owner|project (?:lead|owner|manager)|sponsor|champion|(?:[a-z]+ )?(?:manager|director|lead))|will (?:be )?(?:look(?:ing)? after|handl(?:e|ing)|manag(?:e|ing)|own(?:ing)?) (?:your account|the account|things|this)(?: going forward| from now on| from here)?)\b/u;
/** The person we wrote to has left, said of them (an auto-reply, a colleague): "Anna Kowalski has left Vistula", 王经理已离职. */
const LEFT = /\b(?:has|have) (?:now |since |recently |already )?left (?:the company|the business|the firm|us|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|For|On|Today|Tomorrow|Early)\b)[A-Z])|\b[A-Z][a-z]+ left (?:the company|the firm|the business|us|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|For|On|Today|Tomorrow|Early)\b)[A-Z])|\b(?:[Ii](?:'m|’m| am)|[Ii](?:'ll|’ll| will) be) (?:leaving|moving on from) (?:the company|[A-Z])|\b[Mm]y last day (?:at|with|here|is)\b|\bis no longer (?:with|at|part of|employed|working (?:at|for|with))\b|\bno longer (?:works|is employed) (?:at|for|with|by)\b|\bhas (?:now )?moved on from\b|(?:已|已经|已經)[^，,。！!？?\n]{0,8}?(?:离职|離職|离开公司|離開公司|离开本公司|離開本公司)|(?:离开|離開)了?(?:公司|本公司)|不再(?:任职|任職|在本公司|在公司)|(?:已經|已经)(?:走咗|離開咗|离开咗|辭咗職|辞咗职)|唔再喺(?:公司|度)(?:做|返工)|(?:辭咗職|辞咗职|離咗職|离咗职)/;
const LEFT_ALL = new RegExp(LEFT.source, 'g');
/** Words before "left" / "is no longer with" that are no person we wrote to: the writer's side, a pronoun for a thing. */
const NOT_LEAVER = /^(?:We|I|You|It|This|That|There|Our|My|Your|Their|The|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Before a Chinese left word: a greeting, an auto-reply tag, "our", and the time it happened (上個月, 已經). */
const ZH_LEFT_LEAD = /^(?:[【[][^】\]]{0,12}[】\]])?\s*(?:您好|你好|Hi|hi)?\s*(?:我们|我們|我哋|我地|我司|贵司|貴司)?(?:的|嘅|個|个|位)?/u;
const ZH_LEFT_WHEN = /(?:上個月|上个月|上月|上周|上週|上星期|早前|最近|日前|前几天|前幾天|去年|今年|年初|月初|月底|之前|早已|已經|已经|已|于|於)+$/u;

/**
 * The words saying someone has left, when they are said of the person we wrote to: a name ("Anna has left Vistula",
 * 王经理已离职, 陳生上個月已經走咗) or he/she/they, or the writer's own going (I'm leaving…: read apart by the callers).
 * Not a vendor's account manager, "our CFO", 我们的项目经理, 我哋個IT主管, "We left Salesforce", nor "Tom left Monday for the trade show".
 */
function leftSaid(text: string): RegExpExecArray | null {
  LEFT_ALL.lastIndex = 0;
  for (let m = LEFT_ALL.exec(text); m; m = LEFT_ALL.exec(text)) {
    const said = m[0];
    if (/^(?:[Ii]\b|[Mm]y\b)/.test(said)) return m;
    const named = /^([A-Z][a-z]+) left /.exec(said);
    if (named) {
      if (!NOT_LEAVER.test(named[1] ?? '')) return m;
      continue;
    }
    if (!/\p{Script=Han}/u.test(said)) {
      const subject = /([\p{L}'’-]+)\s*$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '';
      if (/^(?:he|she|they)$/i.test(subject) || (/^[A-Z][\p{Ll}'’-]+$/u.test(subject) && !NOT_LEAVER.test(subject) && !NOT_NAME.test(subject))) return m;
      continue;
    }
    const clause = text.slice(0, m.index).split(/[，,。！!？?\n：:；;]/).at(-1) ?? '';
    const subject = clause.replace(ZH_LEFT_LEAD, '').replace(ZH_LEFT_WHEN, '').trim();
    if (/^(?:他|她|佢)$/.test(subject) || ZH_LEAVER.test(subject)) return m;
  }
  return null;
}

/** "Jan owns this", "Ana Costa handles vendor evaluations now": a handover named after the name (used when no verb sends us, beside "not the right person" or "I'm not involved anymore"). */
const EN_OWNER = /\b([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})\s+(?:owns|handles|runs|heads(?: up)?|leads|manages|oversees|is responsible for|looks after|is in charge of|takes care of|is (?:the )?(?:right|best) person)\b/u;
/** It is not theirs: "not (really) my area", "not something I deal with", "wrong person". */
const NOT_MINE = /\b(?:not the right person|not (?:really |quite |actually |strictly )?(?:my|in my) (?:area|call|department|remit|field|wheelhouse|domain|side)|not (?:really )?something I (?:deal with|handle|look after|work on|cover|own)|isn't my|is not my|wrong person|(?:not|no longer) involved|take me off (?:this|the) (?:thread|email|chain|loop|cc))\b/i;
/** Whom to talk to, said of the person they just named: "she's the one to talk to", "he's the person you want". */
const ONE_TO_TALK_TO = /\b(?:he|she|they)(?:'s|’s|'re|’re| is| are|'d be|’d be| would be|'ll be|’ll be| will be) (?:the (?:one|person|people|guy|woman|man)|who) (?:to (?:talk|speak) (?:to|with)|you (?:want|need|should (?:talk|speak) to))\b/i;

/** Whose it is, said of where it sits ("systems like that sit with our Head of IT, Priya Shah", "it falls under Tom Reyes", "is owned by Ana Costa"): the name after it. */
const EN_SITS_WITH = /\b(?:sits?|lies|rests|falls|belongs?)\s+(?:with|under|to)\s+|\b(?:is|are)\s+(?:handled|owned|managed|run|looked after|covered|decided)\s+by\s+/g;

/**
 * A pass to someone else who will write to us ("I've passed your note on to our head of IT, he'll be in touch",
 * 我轉咗俾我哋IT主管睇咗，佢會直接搵你, 已轉交給資訊部陳經理，他會再與您聯絡): a hand-off, the person named or a role.
 * A pass up with no word of them writing to us ("forwarded to our CFO, will come back to you") is `forwarded-up.ts`.
 */
const EN_PASSED = /\b(?:passed|forwarded|sent|handed|shared|referred)(?:\s+(?:this|it|your (?:note|e-?mail|message|details|info|deck|proposal)|the (?:proposal|deck|info|details|e-?mail|message)))?(?:\s+(?:on|over|along))?\s+to\s+/gi;
const EN_THEY_WRITE = /\b(?:he|she|they|who)(?:'ll|’ll| will| should| is going to| are going to)(?: be)?\s+(?:(?:directly|personally|soon|shortly)\s+)?(?:in touch|reach(?:ing)? out|contact(?:ing)? you|get(?:ting)? (?:back )?(?:in touch|back) (?:to|with) you|get back to you|call(?:ing)? you|e-?mail(?:ing)? you|write to you|be in contact|drop you a line)/i;
const ZH_PASSED = /(?:转|轉|转发|轉發|转交|轉交|交|fwd咗|forward咗)(?:咗|了)?(?:给|給|俾|畀)(?:了)?\s?/gu;
const ZH_THEY_WRITE = /(?:他|她|佢|对方|對方|佢哋|他们|他們)(?:之后|之後|稍后|稍後|迟啲|遲啲)?(?:会|會|将|將)(?:直接|再|尽快|儘快|盡快|亲自|親自|稍后|稍後)?(?:与|與|同|跟|和)?(?:你|您)?(?:联系|聯繫|联络|聯絡|搵|找|打俾|致电|致電|回复|回覆)(?:你|您)?/u;

function passedOn(text: string): Referral | null {
  const zh = /\p{Script=Han}/u.test(text);
  const write = (zh ? ZH_THEY_WRITE : EN_THEY_WRITE).exec(text);
  if (!write) return null;
  const passed = zh ? ZH_PASSED : EN_PASSED;
  passed.lastIndex = 0;
  for (const match of text.matchAll(passed)) {
    if (match.index > write.index) break;
    const after = text.slice(match.index + match[0].length).replace(/^\s+/, '');
    const who = zh ? ZH_WHO.exec(after.replace(/^(?:我哋|我地)/, '我們').replace(/嘅/, '的')) : EN_WHO.exec(after);
    const raw = who?.[1] ?? null;
    const name = raw && (zh ? !ZH_ROLE_ONLY.test(raw) && /(?:经理|經理|总|總|主任|主管|小姐|先生|女士|老师|老師|工|长|長)$/.test(raw) && !/^(?:IT|HR)?主管$/.test(raw) : !NOT_NAME.test(raw.split(/\s+/)[0] ?? '')) ? raw : null;
    return { name, email: emailNear(text, match.index), text: sentenceAt(text, match.index), left: false };
  }
  return null;
}

/** Common one-character Chinese surnames, Simplified and Traditional: 生 is a title only after one (陳生, 李生), never in 医生 or 学生. */
export const ZH_SURNAME = '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾鐘谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯麦麥区區欧歐关關伍岑邝鄺文施容翁洪庄莊';
const ZH_SURNAME_SHENG = new RegExp(`^[${ZH_SURNAME}]生$`, 'u');
/** Who has left, said in Chinese: a surname with a given name or a title (王强, 林雅婷, 王经理, 陳生), not a role alone (项目经理, IT主管). */
const ZH_LEAVER = new RegExp(String.raw`^[${ZH_SURNAME}](?:[\p{Script=Han}]{1,2}|经理|經理|总监|總監|总|總|主任|主管|小姐|先生|女士|老师|老師|工|生)$`, 'u');

/** 你/您/请 before the verb: the words send us; "我找领导商量" does not. */
const ZH_SEND = /(?:你|您|请|請|麻烦|麻煩|直接|可以|最好)[^。，,.!?！？；]{0,4}$/;
const ZH_VERB = /(?:联系|聯繫|联络|聯絡|对接|對接|找|搵|问|問|咨询|諮詢|洽询|洽詢|洽)(?:一下|下)?/g;
/** Who follows: an optional "our X department's / my colleague", then a name with its title. */
const ZH_WHO = new RegExp(String.raw`^(?:我们|我們|我哋|我地|我|我司|本公司)?\s?(?:的|嘅)?(?:同事|[\p{Script=Han}A-Za-z]{1,6}\s?(?:部|部门|部門|处|處|组|組|科|中心)|负责人|負責人|主管|[\p{Script=Han}A-Za-z]{1,8}?(?=\s?(?:的|嘅)))?\s?(?:的|嘅)?\s?([\p{Script=Han}]{1,3}(?:经理|經理|总监|總監|总|總|主任|主管|小姐|先生|女士|老师|老師|工|科长|科長|处长|處長|部长|部長)|[${ZH_SURNAME}]生(?![病日])|[\p{Script=Han}]{2,3}(?=[，,。．.！!？?；;\s（(:：]|$)|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)`, 'u');
const ZH_ROLE = /^(?:我们|我們|我哋|我地|我|我司)?\s?(?:的|嘅)?(?:同事|[\p{Script=Han}A-Za-z]{1,6}\s?(?:部|部门|部門)|负责人|負責人|主管|领导|領導)/u;
/** A role word caught where a name goes (我们的负责人): no name. */
const ZH_ROLE_ONLY = /^(?:负责人|負責人|主管|同事|领导|領導|老板|老闆|部门|部門)$/;
/** Words after the verb that are no person: 找时间, 问题, 找个机会. */
const ZH_NOT_NAME = /^(?:时间|時間|机会|機會|问题|問題|资料|資料|方案|一下|个|個|我(?![们們哋地司同的])|你|您|他|她|领导|領導|老板|老闆)/;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

export function emailNear(text: string, from: number): string | null {
  return EMAIL.exec(text.slice(from, from + 200))?.[0].toLowerCase() ?? null;
}

function englishReferral(text: string): Referral | null {
  EN_VERB.lastIndex = 0;
  EN_LOOP.lastIndex = 0;
  const matches = [...[...text.matchAll(EN_VERB)].map((m) => ({ m, sent: false })), ...[...text.matchAll(EN_LOOP)].map((m) => ({ m, sent: true }))].sort((a, b) => a.m.index - b.m.index);
  for (const { m: match, sent } of matches) {
    if (!sent && !EN_SEND.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    const after = text.slice(match.index + match[0].length);
    const who = EN_WHO.exec(after);
    const name = who?.[1] && !NOT_NAME.test(who[1].split(/\s+/)[0] ?? '') ? who[1] : null;
    // (bringing someone in names them: "adding the department's notes below" brings no one)
    if (!name && (sent || !EN_ROLE.test(after))) continue;
    // (the sentence of the verb itself: the loop's match opens on the full stop before "Adding", which closed "Thanks Sam.")
    const at = match.index + (/^[\s.!?;,\n\-–—]*/.exec(match[0])?.[0].length ?? 0);
    return { name, email: emailNear(text, at), text: sentenceAt(text, at), left: leftSaid(text) !== null };
  }
  const successor = EN_SUCCESSOR.exec(text);
  if (successor?.[1] && !NOT_NAME.test(successor[1].split(/\s+/)[0] ?? '')) {
    return { name: successor[1], email: emailNear(text, successor.index), text: sentenceAt(text, successor.index), left: leftSaid(text) !== null };
  }
  const takes = EN_TAKES_OVER.exec(text);
  // "From Monday Aisha Khan will take it from here": the capitalised words before the name are no part of it.
  const taker = (takes?.[1] ?? '').split(/\s+/).filter(Boolean);
  while (taker.length > 0 && (NOT_NAME.test(taker[0] ?? '') || /^(?:From|On|As|Since|Starting|Then|So|And|But|He|She|They|It|Who)$/.test(taker[0] ?? ''))) taker.shift();
  if (takes && taker.length > 0) {
    return { name: taker.join(' '), email: emailNear(text, takes.index), text: sentenceAt(text, takes.index), left: leftSaid(text) !== null };
  }
  EN_SITS_WITH.lastIndex = 0;
  for (const sits of text.matchAll(EN_SITS_WITH)) {
    // (a role before the name, "our Head of IT, Priya Shah")
    const who = EN_WHO.exec(text.slice(sits.index + sits[0].length).replace(/^(?:my|our|the)\s+[^,()\n]{1,30},\s*/i, ''));
    if (who?.[1] && !NOT_NAME.test(who[1].split(/\s+/)[0] ?? '') && (NOT_MINE.test(text) || ONE_TO_TALK_TO.test(text))) {
      return { name: who[1], email: emailNear(text, sits.index), text: sentenceAt(text, sits.index), left: false };
    }
  }
  const owner = EN_OWNER.exec(text);
  if (owner?.[1] && !NOT_NAME.test(owner[1].split(/\s+/)[0] ?? '') && (NOT_MINE.test(text) || ONE_TO_TALK_TO.test(text))) {
    return { name: owner[1], email: emailNear(text, owner.index), text: sentenceAt(text, owner.index), left: false };
  }
  return null;
}

/** They copy the person in themselves (抄送我们财务总监李娜, cc咗IT部嘅陳生): no instruction to us needed, a name needed. */
const ZH_LOOP = /(?:抄送|抄咗|cc咗|cc了|拉了|拉咗)(?:给|給|俾)?\s?/g;

function chineseReferral(text: string): Referral | null {
  ZH_LOOP.lastIndex = 0;
  for (const loop of text.matchAll(ZH_LOOP)) {
    const after = text.slice(loop.index + loop[0].length).replace(/^(?:我们|我們|我哋)?(?:的|嘅)?[\p{Script=Han}A-Za-z]{0,6}?(?:总监|總監|经理|經理|主管|主任)(?=[\p{Script=Han}]{2,3}(?:[，,。\s]|$))/u, '');
    const who = ZH_WHO.exec(after);
    if (who?.[1] && !ZH_ROLE_ONLY.test(who[1]) && !ZH_NOT_NAME.test(after)) return { name: who[1], email: emailNear(text, loop.index), text: sentenceAt(text, loop.index), left: leftSaid(text) !== null };
  }
  ZH_VERB.lastIndex = 0;
  for (let match = ZH_VERB.exec(text); match; match = ZH_VERB.exec(text)) {
    if (!ZH_SEND.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const after = text.slice(match.index + match[0].length).replace(/^\s+/, '');
    if (ZH_NOT_NAME.test(after)) continue;
    const who = ZH_WHO.exec(after);
    const role = ZH_ROLE.test(after);
    // A bare name needs a colleague or a department before it ("找王经理" is enough; "找一下" is not).
    const titledName = who?.[1] && !ZH_ROLE_ONLY.test(who[1]) ? who[1] : null;
    // (a department caught as a bare name, 請洽採購部, is the department: no name)
    const name = titledName && /(?:部|部门|部門|处|處|组|組|科|中心|团队|團隊)$/.test(titledName) ? null : titledName;
    if (!name && !role) continue;
    // (a bare name, 李娜, once they say the person we wrote to has left: a successor, 相关业务请联系李娜)
    const left = leftSaid(text) !== null;
    // (or one they name as their successor, 找接替我的王洋)
    if (name && !role && !left && !/(?:经理|經理|总|總|主任|主管|小姐|先生|女士|老师|老師|工|长|長)$/.test(name) && !/^(?:接替我|接我(?:的|嘅)?班|接手我(?:的|嘅)?工作)(?:的|嘅)/u.test(after)) continue;
    return { name, email: emailNear(text, match.index), text: sentenceAt(text, match.index), left };
  }
  return null;
}

/**
 * "Not the right person, sorry", 这块不归我管, 唔係我負責: they are not whom to talk to, and name nobody. Thank
 * them and ask whom (an objection of authority it is not: nobody above them is deciding).
 */
const WRONG_PERSON = /\b(?:not|no longer) (?:the|a) (?:right|best|correct) (?:person|contact|one)\b|\bwrong (?:person|contact)\b|\bnot (?:my|in my) (?:area|department|remit|wheelhouse)\b|\bi(?:'m|’m| am) not (?:involved in|responsible for|in charge of)\b|(?:不归我管|不歸我管|不是我(?:负责|負責|管)|我(?:不负责|不負責)(?:这|這)|我不是(?:负责人|負責人|负责的|負責的)|找错人|找錯人|唔係我(?:負責|负责|管)|唔關我事)/i;

/** "这事归采购部李经理管", "這個案子由資訊部林經理負責", "这块是张总在管": whose it is, said without sending us. */
const ZH_OWNER = /(?:归|歸|由|是|係)(?=[^。，,！？!?；;]{1,16}?(?:在)?(?:管|负责|負責|处理|處理|对接|對接|跟进|跟進|跟|接手|接管|接替|拍板|决定|決定)(?:了|咗)?(?:的)?(?:[。，,！？!?；;\s]|$))/gu;

/** A bare name before the verb (现由刘敏负责, 目前由林雅婷接手): a name only once they say the person we wrote to has left. */
const ZH_BARE_NAME = /^([\p{Script=Han}]{2,3}?)(?=(?:在)?(?:负责|負責|接手|接管|接替|跟进|跟進|跟|对接|對接|处理|處理|管))/u;

/** A title before the name ("我们运营总监李娜在负责", "IT經理王大明負責"): the name after it. */
const ZH_TITLE_NAME = /^(?:我们|我們|我司)?(?:的)?[\p{Script=Han}A-Za-z]{0,6}?(?:总监|總監|经理|經理|主管|主任|负责人|負責人)\s?([\p{Script=Han}]{2,3}?)(?=在|来|來|负责|負責|管|处理|處理|对接|對接|跟进|跟進)/u;

/**
 * Handed over, in Chinese: "这个项目交给副总监吴磊负责", "我已经交接给同事张敏了", "接替我嘅係何嘉欣". The name after the words (with
 * a department or a title before it, 运营部的, 副总监) must start with a common surname: "交给你们财务处理" names nobody.
 */
const ZH_HANDED = /(?:交接给|交接給|交接俾|移交给|移交給|转交给|轉交給|交给|交給|交俾|交畀)(?:了|咗)?|(?:接替我|接我(?:的|嘅)?班|接手我(?:的|嘅)?工作)(?:的|嘅)(?:同事|人)?(?:是|係|为|為)/gu;
/** A successor's name after handover words: an optional department or title, then a surname and one or two more characters. */
const ZH_HANDOVER_NAME = new RegExp(String.raw`^(?:我们|我們|我哋|我地)?(?:的|嘅)?(?:同事|[\p{Script=Han}A-Za-z]{1,6}?(?:部|部门|部門|组|組|团队|團隊|处|處)(?:的|嘅)?|[\p{Script=Han}]{0,4}?(?:总监|總監|经理|經理|主管|主任))?\s?([${ZH_SURNAME}][\p{Script=Han}]{1,2}?)(?=了|咗|负责|負責|跟进|跟進|接手|接管|接替|处理|處理|[，,。．.！!？?；;\s（(]|$)`, 'u');
/** The verbs that hand the work over (接手, 跟進): a bare name before them is the successor, with nobody said to have left. */
const ZH_TAKEOVER_VERB = /^(?:[\p{Script=Han}A-Za-z]{0,10}?)(?:接手|接管|接替|跟进|跟進)/u;
/** Words caught where a successor's name goes that are no name: 高层, 方案组. */
const ZH_NOT_SUCCESSOR = /^(?:高层|高層|方案|文件|项目|項目|程序|任何|万一|萬一|金额|金額|石化|白天|段时|段時)/u;

function handoverName(after: string): string | null {
  const name = ZH_HANDOVER_NAME.exec(after.replace(/^\s+/, ''))?.[1] ?? null;
  return name && !ZH_NOT_NAME.test(name) && !ZH_NOT_SUCCESSOR.test(name) ? name : null;
}

function chineseHandover(text: string): Referral | null {
  ZH_HANDED.lastIndex = 0;
  for (const match of text.matchAll(ZH_HANDED)) {
    const name = handoverName(text.slice(match.index + match[0].length));
    if (name) return { name, email: emailNear(text, match.index), text: sentenceAt(text, match.index), left: leftSaid(text) !== null };
  }
  return null;
}

function chineseOwner(text: string): Referral | null {
  ZH_OWNER.lastIndex = 0;
  for (let match = ZH_OWNER.exec(text); match; match = ZH_OWNER.exec(text)) {
    const after = text.slice(match.index + match[0].length).replace(/^\s+/, '');
    if (ZH_NOT_NAME.test(after)) continue;
    const titled = ZH_TITLE_NAME.exec(after)?.[1];
    const who = ZH_WHO.exec(after);
    const left = leftSaid(text) !== null;
    const bare = left ? ZH_BARE_NAME.exec(after)?.[1] : undefined;
    // (a bare name before words that hand it over, 由运营部的陈婷接手, 之後由林雅婷跟進: a successor, said or not that anyone left)
    const handedTo = ZH_TAKEOVER_VERB.test(after) ? handoverName(after) : null;
    const name = titled ?? (who?.[1] && !ZH_ROLE_ONLY.test(who[1]) && (/(?:经理|經理|总|總|主任|主管|小姐|先生|女士|老师|老師|工|长|長)$/.test(who[1]) || ZH_SURNAME_SHENG.test(who[1])) ? who[1] : null) ?? (bare && !ZH_ROLE_ONLY.test(bare) && !ZH_NOT_NAME.test(bare) ? bare : null) ?? handedTo;
    const role = ZH_ROLE.test(after);
    if (!name && !role) continue;
    return { name, email: emailNear(text, match.index), text: sentenceAt(text, match.index), left };
  }
  return null;
}

/** The referral in a reply, if its words send us to someone else. */
export function findReferral(text: string): Referral | null {
  const named = /\p{Script=Han}/u.test(text) ? (chineseReferral(text) ?? chineseOwner(text) ?? chineseHandover(text) ?? englishReferral(text)) : englishReferral(text);
  const handedOn = named ?? passedOn(text);
  if (handedOn) return handedOn;
  const wrong = WRONG_PERSON.exec(text);
  return wrong ? { name: null, email: null, text: sentenceAt(text, wrong.index), left: false } : null;
}

/** The writer took it over themselves: "I've taken over Anna's accounts", "I'll be looking after this", 我接手了, 由我來負責, 我接手咗. */
const TOOK_OVER_MYSELF = /\bI(?:'ve|’ve| have)? (?:now |just |recently )?(?:taken over|picked up|inherited)\b|\bI(?:'m|’m| am) (?:now )?(?:taking over|the new|your new)\b|\bI(?:'ll|’ll| will) (?:now )?be (?:taking over|looking after|handling|covering)\b|(?:我|本人)(?:是[\p{Script=Han}A-Za-z ]{1,8}[，,、]?\s*)?(?:已经|已經|已)?(?:接手|接管|接替)|由我(?:来|來)?(?:接手|接管|负责|負責|跟进|跟進|跟)/u;

/**
 * The person we wrote to has left, and nobody is named to take over ("Anna Kowalski is no longer with the company",
 * "Anna has left Vistula. Please reach out to our team at procurement@…", 王强已离职，此邮箱不再使用, 陳生上個月已經走咗):
 * said of them by someone else or an auto-reply, not the writer's own move ("I've left Vistula", 我已经离职了: `moved-on.ts`)
 * nor their coming departure ("my last day is Friday": `leaving.ts`). The address they give, if any, is where to ask who has it now.
 */
export function leftNotice(text: string): Referral | null {
  // (the writer is the one who took over, "James here - I've taken over Anna's accounts", 我是刘敏，接手了王经理的工作: a new contact writing, nobody to go to)
  if (TOOK_OVER_MYSELF.test(text)) return null;
  const match = leftSaid(text);
  const named = findReferral(text);
  if (named?.left) return { ...named, leaver: match ? leaverAt(text, match) : null };
  if (!match) return null;
  const before = text.slice(Math.max(0, match.index - 6), match.index);
  if (/^(?:I|My|my)\b/.test(match[0]) || /\bI\s*$/.test(before) || /我(?![们們哋地司])[^，,。！!？?\s]{0,4}$/u.test(before)) return null;
  return { name: null, email: EMAIL.exec(text)?.[0].toLowerCase() ?? null, text: sentenceAt(text, match.index), left: true, leaver: leaverAt(text, match) };
}

/** The name said to have left, before the words saying it ("Sarah has left", "Anna Kowalski is no longer with…", 王经理已离职); null for he, she or a role. */
function leaverAt(text: string, match: RegExpExecArray): string | null {
  const own = /^([A-Z][a-z]+) left /.exec(match[0]);
  if (own) return own[1] ?? null;
  if (!/\p{Script=Han}/u.test(match[0])) {
    const name = /([A-Z][\p{L}'’-]+(?:[ \t]+[A-Z][\p{L}'’-]+)?)[ \t]*$/u.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1] ?? '';
    const first = name.split(/\s+/)[0] ?? '';
    return name && !NOT_LEAVER.test(first) && !NOT_NAME.test(first) && !/^(?:he|she|they)$/i.test(first) ? name : null;
  }
  const clause = text.slice(0, match.index).split(/[，,。！!？?\n：:；;]/).at(-1) ?? '';
  const subject = clause.replace(ZH_LEFT_LEAD, '').replace(ZH_LEFT_WHEN, '').trim();
  return ZH_LEAVER.test(subject) ? subject : null;
}

/**
 * Whether the name said to have left is this person's ("Sarah" is Sarah Lee; 王经理 is 王强, 陳生 陳大文): a first or
 * last name in common, or, in Chinese, the surname a title or 生 follows. "Sarah has left" is not Marc leaving.
 */
export function namesPerson(said: string, person: string): boolean {
  if (/\p{Script=Han}/u.test(said)) return /\p{Script=Han}/u.test(person) && said.trim()[0] === person.trim()[0] && (said.trim() === person.trim() || !/^[\p{Script=Han}]{2,3}$/u.test(said.trim()) || ZH_TITLED.test(said.trim()));
  const words = new Set(person.toLowerCase().split(/\s+/).filter(Boolean));
  return said.toLowerCase().split(/\s+/).some((w) => words.has(w));
}
/**
 * Whether the name said to have left is this person, another, or cannot be told: 'same' when namesPerson says so; 'other'
 * only when it clearly is someone else (a different full name, "Anna Kowalski" for Sarah Lee; a first name that is none of
 * theirs nor a short form of it, "Sarah" for Marc Dubois; another surname, 李娜 for 王强); 'unsure' when the name is written
 * another way ("Fang Wang" for 王芳, "Kate" for Katherine Brown, "Bob" for Robert Smith, "S. Lee" for Sarah Lee) or we have
 * no name for them (a contact stored as an email address): a notice that our contact has left stays one.
 */
export function leaverIs(said: string, person: string): 'same' | 'other' | 'unsure' {
  const who = person.trim();
  const name = said.trim();
  if (!who || !name || who.includes('@') || !/\p{L}/u.test(who)) return 'unsure';
  const han = /\p{Script=Han}/u;
  if (han.test(name) !== han.test(who)) return 'unsure';
  if (namesPerson(name, who)) return 'same';
  if (han.test(name)) return 'other';
  const saidWords = name.toLowerCase().replace(/[.]/g, ' ').split(/\s+/).filter(Boolean);
  const theirWords = who.toLowerCase().split(/\s+/).filter(Boolean);
  // (two full names with no word in common: two people)
  if (saidWords.length > 1 && theirWords.length > 1 && saidWords.some((w) => w.length > 1)) {
    const surnames = saidWords.filter((w) => w.length > 1);
    if (surnames.length > 1 || !saidWords.some((w) => w.length === 1)) return 'other';
  }
  return saidWords.some((w) => theirWords.some((t) => shortFor(w, t))) ? 'unsure' : 'other';
}
/** One name may be the other's short form or initial: "S" for Sarah, "Kate" for Katherine, "Bob" for Robert. */
function shortFor(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a.slice(0, 3) === b.slice(0, 3)) return true;
  return NICKNAMES.some((group) => group.includes(a) && group.includes(b));
}
/** Common English short forms whose first letters differ from the full name's. */
const NICKNAMES = [
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['richard', 'dick', 'rick', 'ricky', 'rich'],
  ['margaret', 'peggy', 'meg', 'maggie', 'marge', 'greta'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'bess', 'eliza', 'lisa'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kathy', 'cathy', 'kat', 'kit'],
  ['edward', 'ted', 'teddy', 'ed', 'eddie', 'ned'],
  ['john', 'jack', 'johnny'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['henry', 'harry', 'hank'],
  ['charles', 'chuck', 'charlie', 'chas'],
  ['anthony', 'tony'],
  ['andrew', 'andy', 'drew'],
  ['alexander', 'alexandra', 'alex', 'sandy', 'sasha', 'xander'],
  ['rebecca', 'becky', 'becca'],
  ['patricia', 'patrick', 'pat', 'patty', 'trish', 'paddy'],
  ['susan', 'suzanne', 'sue', 'susie'],
  ['theodore', 'theo', 'ted'],
  ['lawrence', 'laurence', 'larry'],
  ['christopher', 'christine', 'christina', 'chris', 'kit', 'tina'],
  ['jennifer', 'jen', 'jenny'],
  ['deborah', 'debbie', 'deb'],
  ['abigail', 'abby', 'gail'],
  ['victoria', 'vicky', 'tori'],
];
/** A surname with a title or 生 (王经理, 陳生, 李小姐): whoever of that surname it names. */
const ZH_TITLED = /(?:经理|經理|总监|總監|总|總|主任|主管|小姐|先生|女士|老师|老師|工|生)$/u;

/** The person named approves or decides ("who signs off on anything over 25k", 她负责审批, 佢話事): brought in for the deal in hand, not for a first conversation. */
const SIGNS_OFF = /\b(?:signs? off|sign-off|sign(?:s|ing)? (?:the|our|all|any) (?:contracts?|pos?|purchase orders?|cheques?|checks?)|approves?|approval|approving|budget (?:holder|owner)|holds the budget|(?:has|have) the final (?:say|word|call)|makes the (?:final )?call|final decision)\b|审批|審批|批准|签字|簽字|拍板|批预算|批預算|最终决定|最終決定|说了算|說了算|话事|話事|簽名|签名/i;

export function signsOff(sentence: string): boolean {
  return SIGNS_OFF.test(sentence);
}
