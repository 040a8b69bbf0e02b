import { dateNamedIn } from '../reader/time-expressions';
import { sentenceOver, sentencesOf } from './sentence';

/**
 * The rep's notes on a lead (Sales Navigator's notes, the profile's "about" the rep wrote) that say the lead is no
 * stranger and when their budget is set ("Met at Japan IT Week in Oct. Interested but their fiscal year starts in April;
 * next year's IT budget gets fixed in February.", 十月展会上认识的，预算二月定, 展會上見過，預算二月確定): not a first touch
 * to a stranger today, but a touch before the budget is fixed, while what they plan for can still include us.
 */
const MET_BEFORE = /\b(?:met (?:him |her |them )?(?:at|during|on)|we met|spoke (?:with (?:him|her|them) )?(?:at|during)|chatted (?:at|during)|talked (?:at|during)|introduced (?:at|by)|(?:visited|stopped by) (?:our|the) (?:booth|stand))\b|展会上|展會上|会上认识|會上認識|(?:见|見)过面|(?:見|见)過|认识的|認識的|聊过|聊過|傾過|碰过面|碰過面/gi;
/** A meeting denied just before it is named ("Haven't met at any event yet", "We never met on a call", 从没见过面, 還沒見過面): no meeting. */
const NOT_MET_EN = /\b(?:never|not|haven['’]?t|hasn['’]?t|didn['’]?t|don['’]?t|have not|has not|did not|do not)(?:\s+(?:yet|actually|really|even|once|ever))?\s*$/i;
const NOT_MET_ZH = /(?:没|沒|未|不曾)(?:有)?(?:在)?\p{Script=Han}?$/u;
/** Someone else of theirs met, not them ("we met his boss", 跟他同事…聊过): not met. */
const OTHER_MET_EN = /^\s*(?:with\s+)?(?:his|her|their)\s+(?!booth|stand|office|event|show)[a-z-]+/i;
const OTHER_MET_ZH = /(?:他|她|佢)(?:的|嘅)?(?:同事|老板|老闆|领导|領導|上司|助理|团队|團隊|下属|下屬|手下|同僚|秘书|秘書)/u;
/** A meeting to come (下次展会上见过面再说): not met yet. */
const FUTURE_MET_ZH = /(?:下次|下回|以后|以後|将来|將來|到时|到時|等|希望|打算|计划|計劃)[^，,。；;！!？?\n]*$/u;
/** A budget round already over ("budget was approved in March last year", 去年预算三月定的): no month to write before. */
const PAST_BUDGET_EN = /\b(?:was|were|had been|got)\s+(?:\w+\s+)?(?:fixed|set|approved|finali[sz]ed|decided|signed off|locked|allocated|planned|agreed)\b|\b(?:last|previous) year\b/i;
const PAST_BUDGET_ZH = /去年|上一年|上年度|前年/;

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZH_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** Their budget set in a month ("budget gets fixed in February", "budgets are approved in Feb", 预算二月定, 預算在2月確定). */
const BUDGET_SET_EN = /\bbudgets?\b[^.;!?\n]{0,40}?\b(?:fixed|set|approved|finali[sz]ed|decided|signed off|locked(?: in)?|allocated|planned|agreed)\b[^.;!?\n]{0,12}?\b(?:in|by|during|around)\s+(?:early |mid[- ]|late )?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const BUDGET_SET_ZH = /(?:预算|預算)[^。；;！!？?\n]{0,8}?(?:在|于|於)?(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])月(?:份|底|初|中)?(?:就|才|先|会|會)?(?:定|确定|確定|敲定|核定|审批|審批|批|定下来|定下來|出来|出來)/;

export interface LeadNotes {
  /** The sentence saying they met. */
  met: string;
  /** The sentence naming when their budget is set. */
  budget: string;
  /** The month (0–11) their budget is set in. */
  month: number;
}

/** Where (and when) they met, after the words saying so: "at Japan IT Week in Oct", "at the Logistics Expo in Birmingham", "on a Zoom call". */
const WHERE_EN = /^[^.;!?\n]*?\b((?:at|during|on) (?!(?:it|this|that|the phone|phone)\b)[^.;,!?\n(]{2,60}?)(?=\s*(?:[.;,!?\n(]|\s[-–—]\s|$|\s(?:but|and|with|where|who|when|interested|keen)\b))/i;
/** The verb of having met in a Chinese clause: what comes before it is where and when (十月展会上, 在深圳物流展上). */
const MET_VERB_ZH = /(?:认识|認識|(?:见|見)过面?|(?:見|见)過面?|聊过|聊過|傾過|倾过|碰过面|碰過面)/u;
/** Who met, not where: dropped from the front of the place ("我们在…", 跟他, 同佢). */
const WHO_ZH = /^(?:我们|我們|我哋|我|他们|他們|佢哋|和|跟|同(?!事)|与|與|他|她|佢|您|你)+/u;

export interface MetBefore {
  /** The sentence saying they met. */
  text: string;
  /** Where and when, as the notes say it, ready to follow "good to meet you" ("at Japan IT Week in Oct", 在十月展会上); null when the notes say no more than that they met. */
  where: string | null;
}

/** The rep's notes saying they met the lead before (not a meeting denied), with where and when; null when the notes say none. */
export function metBefore(notes: string): MetBefore | null {
  const met = [...notes.matchAll(MET_BEFORE)].find((m) => {
    const before = notes.slice(Math.max(0, m.index - 24), m.index);
    if (!/\p{Script=Han}/u.test(m[0])) return !NOT_MET_EN.test(before) && !OTHER_MET_EN.test(notes.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const clause = before.slice(Math.max(...['，', ',', '。', '；', ';', '！', '？', '\n'].map((c) => before.lastIndexOf(c))) + 1);
    return !NOT_MET_ZH.test(before) && !OTHER_MET_ZH.test(clause) && !FUTURE_MET_ZH.test(clause);
  });
  if (!met) return null;
  const text = sentenceOver(notes, met.index, met[0].length);
  if (!/\p{Script=Han}/u.test(met[0])) {
    // (from the words saying they met: "We met at the Logistics Expo in Birmingham", "stopped by our booth at ProMat")
    const place = WHERE_EN.exec(notes.slice(met.index))?.[1]?.trim() ?? null;
    return { text, where: place };
  }
  // (the clause it is in, up to the verb: 十月展会上认识的 → 十月展会上, 我们在深圳物流展上聊过 → 在深圳物流展上)
  const clauseStart = Math.max(...['，', ',', '。', '；', ';', '！', '？', '\n'].map((c) => notes.lastIndexOf(c, met.index)));
  const rest = notes.slice(clauseStart + 1);
  const end = rest.search(/[，,。；;！？!?\n]/u);
  const clause = end < 0 ? rest : rest.slice(0, end);
  const verb = MET_VERB_ZH.exec(clause);
  const place = (verb ? clause.slice(0, verb.index) : clause.slice(0, met.index - clauseStart - 1 + met[0].length)).replace(WHO_ZH, '').replace(/(?:和|跟|同(?!事)|与|與)(?:他|她|佢|您|你)(?:们|們|哋)?$/u, '').trim();
  return { text, where: place.length >= 2 ? (/在|喺/u.test(place) ? place : `在${place}`) : null };
}

/** Met before and a month their budget is set, in the rep's notes on a lead; null unless both are there. */
export function metWithBudgetMonth(notes: string): LeadNotes | null {
  const seen = metBefore(notes);
  if (!seen) return null;
  const enFound = BUDGET_SET_EN.exec(notes);
  const en = enFound && !PAST_BUDGET_EN.test(sentenceOver(notes, enFound.index, enFound[0].length)) ? enFound : null;
  const zhFound = enFound ? null : BUDGET_SET_ZH.exec(notes);
  const zh = zhFound && !PAST_BUDGET_ZH.test(sentenceOver(notes, zhFound.index, zhFound[0].length)) ? zhFound : null;
  const found = en ?? zh;
  if (!found) return null;
  const word = (found[1] ?? '').toLowerCase();
  const month = en ? EN_MONTHS.indexOf(word.slice(0, 3)) : /^\d+$/.test(word) ? Number(word) - 1 : ZH_MONTHS.indexOf(word);
  if (month < 0) return null;
  return { met: seen.text, budget: sentenceOver(notes, found.index, found[0].length), month };
}

/** The first day of the month before their budget is set, in the next budget round not yet over; today while it is being set. */
export function touchBeforeBudget(month: number, now: number): number {
  const today = new Date(now);
  let year = today.getFullYear() - 1;
  // (the first round whose budget month has not ended yet)
  while (new Date(year, month + 1, 1).getTime() <= now) year += 1;
  const start = new Date(year, month - 1, 1).getTime();
  return Math.max(start, new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime());
}

/**
 * The rep's notes on a lead saying when to get in touch again ("wants to revisit once settled (late Jan)", "reconnect in
 * March", "touch base in Q2", 請一月中再聯絡, 明年三月再联系, Q2再说): no first touch to a stranger today, but one on that day.
 * The EN day is read after the words of getting in touch, the Chinese one in their clause (一月中 before 再聯絡).
 */
const CONTACT_AGAIN_EN = /\b(?:revisit|reconnect|re-connect|circle back|follow up|get back in touch|get in touch|touch base|check (?:back )?in|reach out(?: again)?|(?:contact|call|ping|email|try) (?:her|him|them) (?:again|back)|try again|pick (?:it|this) (?:back )?up)\b/gi;
const CONTACT_AGAIN_ZH = /(?:再|重新)(?:联系|聯繫|联络|聯絡|约|約|跟进|跟進|打电话|打電話|聊|谈|談|说|說|倾|傾|找)/g;
/** A get-in-touch denied or done ("no need to follow up in January", "don't reach out before", 不用再联系): no day to wait for. */
const NOT_AGAIN_EN = /\b(?:no need to|don['’]?t|do not|never|not|stop|no point|didn['’]?t|did not|tried|attempted)\s+(?:\w+\s+)?$/i;
const NOT_AGAIN_ZH = /(?:不用|不必|不要|别|別|无需|無需|不再|没|沒)$/;
/** A denial heading the clause, a day between it and the verb (不用三月再联系). */
const NOT_AGAIN_ZH_CLAUSE = /^[^，,；;：:]{0,4}?(?:不用|不必|不要|别|別|无需|無需|不再)/;
/** The matches looked at in a sentence, and how far around each: a bound, so a long note stays linear. */
const MATCHES_LOOKED_AT = 4;
const READ_AROUND = 120;

export function contactAgainOn(notes: string, now: number): { quote: string; at: number } | null {
  const today = new Date(now);
  const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  for (const sentence of sentencesOf(notes)) {
    let looked = 0;
    for (const m of sentence.matchAll(CONTACT_AGAIN_EN)) {
      if (++looked > MATCHES_LOOKED_AT) break;
      if (NOT_AGAIN_EN.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
      const named = dateNamedIn(sentence.slice(m.index, m.index + READ_AROUND), now);
      if (named && named.at > startOfToday) return { quote: sentence, at: named.at };
    }
    looked = 0;
    for (const m of sentence.matchAll(CONTACT_AGAIN_ZH)) {
      if (++looked > MATCHES_LOOKED_AT) break;
      const before = sentence.slice(Math.max(0, m.index - READ_AROUND), m.index);
      if (NOT_AGAIN_ZH.test(before)) continue;
      // (the clause holding it: 請一月中再聯絡 of 林資訊長說明年Q1才有預算，請一月中再聯絡)
      const opening = before.slice(Math.max(...['，', ',', '；', ';', '：', ':'].map((c) => before.lastIndexOf(c))) + 1);
      if (NOT_AGAIN_ZH_CLAUSE.test(opening)) continue;
      const clause = opening + m[0];
      const named = dateNamedIn(clause, now);
      if (named && named.at > startOfToday) return { quote: sentence, at: named.at };
    }
  }
  return null;
}
