/**
 * A signature with no sign-off above it, found by its shape: a trailing block opened by a line that
 * reads as a person's name ("Priya Raman", 周敏, "陈怡君 Amy Chen", "Priya Raman | Head of Ops"),
 * then short lines none of which is a sentence, at least one of them saying what a signature says
 * (a title, a company, a phone, an address, a link). The way business mail is signed in English and
 * Chinese alike: name, title, company, contact lines, four or five lines at most.
 *
 * A firm signs the same way with no person's name: its company line first (a legal form, or a
 * department), then only title, department and contact lines ("ACME Logistics GmbH / Einkauf / +49 …",
 * 华东冷链物流有限公司 / 采购部 / 021-…, "Acme Corp | Procurement | acme.com"), a way to reach them among
 * them. A company named in a sentence ("Acme Corp can't afford this year") is the reply's.
 *
 * Only the shape decides, never who sent the mail: the same text gives the same words on every page
 * and in every reader. A name alone on the last line is no signature here (it may be the reply:
 * "Monday", 王总), nor is a block the line above leads into ("please loop in:", "send it to").
 */

import { EN_COMPANY, LEGAL_FORMS, SENTENCE_CHARS_ZH, SENTENCE_WORDS, ZH_NAME } from './name-shape';

/** Lines as `cleanReply` sees them: folded (lower case, full width as ASCII, Traditional as Simplified) and as written (case kept). */
export interface SignatureLine {
  folded: string;
  cased: string;
}

/** At most this many lines below the name (talon allows about ten for the whole block; real ones run three to five). */
const MAX_LINES_BELOW = 6;
/** How many lines with words a signature may take (the name and the lines below it). */
export const SIGNATURE_LINES = MAX_LINES_BELOW + 1;
const MAX_LINE = 60;
/** An address or a line of links may run longer. */
const MAX_CONTACT_LINE = 100;

/** What splits a name from its title on one line: "Priya Raman | Head of Ops", 张伟 | 产品经理, "Jane Doe, CFO", "周敏 运营总监". */
const SEPARATOR = /\s*(?:[|•·/]|,|\s[-–—]\s)\s*/;

const EN_TITLE =
  /\b(?:ceo|cfo|cto|coo|cio|cmo|cro|cpo|vp|svp|evp|avp|president|director|manager|mgr|head of|head,|lead|founder|co-founder|owner|partner|principal|engineer|consultant|specialist|analyst|officer|coordinator|administrator|executive|buyer|procurement|purchasing|sales|operations|ops|marketing|finance|controller|accountant|assistant|secretary|supervisor|chief|gm|representative|advisor|adviser|architect|recruiter|counsel|attorney|strategist|planner|product owner|team lead|hr|r&d|logistics|supply chain|customer success|business development|account executive|geschäftsführer|einkauf|vertrieb|beschaffung|achats|compras|acquisti|inkoop)\b/;
/** Chinese titles, departments and company words, Simplified (the folded text turns 總監 into 总监). */
const ZH_TITLE = /总监|经理|总裁|副总|主管|专员|主任|部长|处长|科长|课长|董事|负责人|工程师|助理|顾问|秘书|会计|协理|经办|采购|运营|销售|市场部|财务|行政|人事|法务|合伙人|创始人|店长|厂长|院长|校长|总经办|业务|事业部/;
const ZH_COMPANY = /有限公司|公司|集团|股份|科技|实业|贸易|企业|工厂|控股|事务所|研究院|银行|医院|大学|中心/;
/** A street as much of Europe writes it, its number after it: "Hafenstraße 5", "Keizersgracht 120". */
const EU_STREET = String.raw`(?:straße|strasse|str\.|weg|gracht|laan|straat|plein|platz|allee|gasse|ufer)\s+\d{1,4}\b`;
const CONTACT = new RegExp(
  String.raw`(?:^|\s|[:：|])(?:tel|phone|mobile|mob|cell|m|t|p|f|fax|office|direct|wechat|whatsapp|skype|email|e-mail|e|w|web|website|linkedin|电话|手机|座机|传真|邮箱|地址|微信|分机|网址|qq)\s*[:：.]|[^\s@]+@[^\s@]+\.[a-z]{2,}|\bwww\.|https?:\/\/|\.(?:com|cn|net|org|io|hk|tw)\b|\+?\d[\d\s().-]{6,}\d|\d{1,5}\s+[a-z]+\s+(?:st|street|ave|avenue|rd|road|blvd|suite)\b|[省市区县路街号楼层室]\s*\d|\d+\s*[号楼层室]|${EU_STREET}`,
);

/** Words that make an English line a sentence, not a title or a company (and the things a reply is about, never in a title). */
const EN_SENTENCE_WORD = new RegExp(
  String.raw`\b(?:${SENTENCE_WORDS.join('|')}|i'll|we'll|let|need|needs|want|wants|had|don't|if|when|but|so|just|their|see|call|send|talk|speak|sounds|works|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|next|week|on the|sign-off|approval|quote|demo|meeting|deadline|invoice|discount|too|over|until|says|said)\b`,
);
/** Characters that make a Chinese line a sentence (pronouns, particles, verbs of saying and wanting). */
// (不 and 太 but in a firm's name: 不锈钢, 太平洋, 太古)
const ZH_SENTENCE_CHAR = new RegExp(`[${SENTENCE_CHARS_ZH}们嗯么请想说要会再把跟给这那够]|不(?!锈)|太(?!平|古|原|阳|仓|湖)`);
/** A line that ends as a sentence does (full stops are folded to "."), unless on a company's abbreviation. */
const SENTENCE_END = /[.!?;…~]$/;
const ABBREVIATION_END = /\b(?:co|ltd|inc|corp|llc|plc|jr|sr|s\.a|b\.v|k\.k|pte|bhd)\.$/;

/** A capitalised given name or surname as written ("Priya", "O'Neil", "McKay", "Mary-Jane", "Méndez", "J.", "ZHOU"). */
const EN_NAME_WORD = /^(?:(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}?\p{Ll}+)*|\p{Lu}\.|\p{Lu}{2,12})$/u;
/** Particles inside a surname: "Mark de Vries", "Ludwig van der Berg", "Ahmed bin Zayed". */
const NAME_PARTICLE = /^(?:de|van|von|der|den|da|di|del|della|du|la|le|bin|binti|al|el|y)$/;
/** Capitalised words that open sentences, sign-offs and dates, never a name on its own line. */
const NOT_A_NAME =
  /^(?:the|a|an|and|or|but|so|yes|no|ok|okay|sure|thanks|thank|best|regards|cheers|hi|hello|hey|dear|sent|call|please|let|see|sounds|great|good|fine|perfect|noted|will|we|i|our|your|this|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|next|new|re|fw|fwd|attached|attachment|note|ps|p\.s\.)$/i;
/** Credentials after a name: "Priya Raman, PhD", "Jane Doe MBA". */
const CREDENTIAL = /^(?:phd|ph\.d\.|mba|cpa|pmp|cfa|md|jd|esq\.?|jr\.?|sr\.?|ii|iii)$/i;

function isEnglishName(cased: string): boolean {
  // After a comma, only credentials ("Priya Raman, PhD"): "John Lee, CFO" is a name and a title.
  const [name = '', ...after] = cased.split(/\s*,\s*/);
  if (!after.every((part) => part.split(/\s+/).every((w) => CREDENTIAL.test(w)))) return false;
  const words = name.split(/\s+/).filter((w) => w !== '' && !CREDENTIAL.test(w));
  if (words.length === 0 || words.length > 4) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (NAME_PARTICLE.test(first) || NAME_PARTICLE.test(last)) return false;
  const nameWord = (w: string) => (EN_NAME_WORD.test(w) && !NOT_A_NAME.test(w) && !EN_TITLE.test(w.toLowerCase())) || NAME_PARTICLE.test(w);
  if (!words.every(nameWord)) return false;
  // An all-capitals line is a heading or an acronym ("SSO", "ACME LTD"), not a name; one capital word beside others may be a surname (Min ZHOU).
  return words.some((w) => /\p{Ll}/u.test(w));
}

/** A person's name, as the line that opens a signature writes it: English, Chinese, or both ("周敏 Min Zhou", "Amy Chen (陈怡君)"). */
export function isNameLine(cased: string): boolean {
  const text = cased.replace(/[()（）]/g, ' ').trim();
  if (text === '' || text.length > 40) return false;
  const han = text.match(/[\u4e00-\u9fff]+/g) ?? [];
  const latin = text.replace(/[\u4e00-\u9fff]+/g, ' ').trim();
  const [chinese, ...more] = han;
  if (more.length > 0) return false;
  if (chinese !== undefined) return ZH_NAME.test(chinese) && (latin === '' || isEnglishName(latin));
  return isEnglishName(latin);
}

/** A line that says what a signature says: a title, a company, a way to reach them. */
function hasSignatureCue(folded: string): boolean {
  return EN_TITLE.test(folded) || EN_COMPANY.test(folded) || ZH_TITLE.test(folded) || ZH_COMPANY.test(folded) || CONTACT.test(folded);
}

/** Addresses and links, taken out of a line before it is read for a sentence (an address has dots and may hold "we"). */
const ADDRESS_OR_LINK = /[^\s@]+@[^\s@]+\.[a-z]{2,}|\b(?:https?:\/\/|www\.)\S+|\S+\.(?:com|cn|net|org|io|hk|tw)\b\S*/g;

/** A line no sentence: short, not ending as one, without a pronoun, a verb of a reply or a particle. */
function isSignatureLine(folded: string): boolean {
  const contact = CONTACT.test(folded);
  if (folded.length > (contact ? MAX_CONTACT_LINE : MAX_LINE)) return false;
  const words = folded.replace(ADDRESS_OR_LINK, ' ').trim();
  if (SENTENCE_END.test(words) && !ABBREVIATION_END.test(words)) return false;
  return !EN_SENTENCE_WORD.test(words) && !ZH_SENTENCE_CHAR.test(words.replace(/有限公司|公司|股份|集团|会计|协会|商会/g, ''));
}

/** A phone or extension after its label with no colon: "分机 2231", "Ext 214", "Mobile +49 171 555 0123". */
const LABELLED_NUMBER = /^(?:tel|phone|mobile|mob|cell|fax|office|direct|ext|电话|手机|座机|传真|分机|qq)\.?\s*[+(]?\d[\d\s().-]*$/;
/** The small words a title or a company's name writes in lower case: "Head of Ops", "Director of IT", "VP, Sales & Marketing". */
const SMALL_WORD = /^(?:of|and|for|the|at|in|on|to|de|du|la|le|van|von|der|y|et|&)$/;
/** How a Chinese title, department or company line ends: 运营总监, 市场部, 云帆科技有限公司, 华南区销售总监. */
const ZH_LINE_END = new RegExp(`(?:${ZH_TITLE.source}|${ZH_COMPANY.source}|部|部门|处|科|组|室|团队|协会|商会)$`);

/**
 * A line below the name that says what a signature says, and only that: a way to reach them, or a
 * title or company written as one (in capitals but for its small words; in Chinese, ending on a title,
 * a department or a company). "Finance rejected, over budget" and 采购部门预算不够 name a department
 * and go on to say something: the reply's words, not a signature's.
 */
function isTitleCompanyOrContact(line: SignatureLine): boolean {
  if (CONTACT.test(line.folded) || LABELLED_NUMBER.test(line.folded)) return true;
  const lowerWords = line.cased.match(/(?<![\p{L}\p{N}'’.&-])\p{Ll}[\p{L}'’.-]*/gu) ?? [];
  const english = lowerWords.every((w) => SMALL_WORD.test(w) || EN_TITLE.test(w) || EN_COMPANY.test(w));
  // (a company named without its legal form is capitalised words alone: "Kestrel Analytics")
  if (!hasSignatureCue(line.folded)) return english && /^[\p{Lu}&][\p{L}&'’.-]*(?:\s+[\p{L}&'’.-]+){0,4}$/u.test(line.cased) && /\p{Ll}/u.test(line.cased) && lowerWords.length === 0;
  const han = line.folded.match(/[\u4e00-\u9fff]+/g);
  if (!han) return english;
  return ZH_LINE_END.test(han[han.length - 1] ?? '') || (english && /[a-z]/.test(line.folded) && (EN_TITLE.test(line.folded) || EN_COMPANY.test(line.folded)));
}

/** Name and title on one line ("Priya Raman | Head of Ops", "周敏 运营总监"): the name's part and the rest. */
function splitNameLine(line: SignatureLine): { name: string; rest: string } | null {
  const cased = line.cased.trim();
  if (isNameLine(cased)) return { name: cased, rest: '' };
  const parts = cased.split(SEPARATOR);
  const first = parts[0] ?? '';
  if (parts.length > 1 && isNameLine(first)) return { name: first, rest: parts.slice(1).join(' ') };
  // "周敏 运营总监", "Priya Raman Head of Ops" has no separator: a Chinese name before a space only.
  const zh = /^(\S{2,4})\s+(\S.*)$/.exec(cased);
  if (zh?.[1] && /^[\u4e00-\u9fff]+$/.test(zh[1]) && isNameLine(zh[1])) return { name: zh[1], rest: zh[2] ?? '' };
  return null;
}

/** The line above the block leads into it ("Please loop in:", "send it to", 联系人：): the block is the reply's. */
const LEADS_IN = /[:,(\-–—]$|\b(?:to|cc|with|from|and|or|by|for|contact|is|are|was|were|named|called)$|[：，、给找和与跟是]$/;

/**
 * A line of another person after the name (a list of people, not a signature): "John Lee, CFO"; a
 * Chinese name alone (王总 over 李娜); a name alone with a title under it ("John Lee" over "CFO"). A
 * name-shaped line with no title under it may be the company ("Kestrel Analytics" over a phone).
 */
function isAnotherPerson(line: SignatureLine, under: SignatureLine | undefined): boolean {
  const split = splitNameLine(line);
  if (split === null || hasSignatureCue(split.name.toLowerCase())) return false;
  if (split.rest !== '') return true;
  if (/^[\u4e00-\u9fff]+$/.test(split.name)) return true;
  return under !== undefined && !CONTACT.test(under.folded) && (EN_TITLE.test(under.folded) || ZH_TITLE.test(under.folded));
}

/** A company by its legal form or what it is: "ACME Logistics GmbH", "Grupo Andino S.A.", 华东冷链物流有限公司, 台灣冷鏈股份有限公司. */
const ZH_FIRM_END = /(?:有限公司|公司|集团|股份|控股|事务所|研究院|银行|医院|大学)$/;
/** A department or a team as a firm signs with it: "Procurement Department", "Purchasing Dept.", "Sales Team", 采购部, 客服中心. */
const DEPARTMENT = /\b(?:department|dept\.?|team|desk|office|division)$/;
const ZH_DEPARTMENT_END = /(?:部|部门|处|科|组|中心|团队|事业部)$/;
/** A way to reach them that a list of firms or of links never is: an email address, a phone, a postal address. */
const PHONE_MAIL_OR_ADDRESS = new RegExp(
  String.raw`[^\s@]+@[^\s@]+\.[a-z]{2,}|\+?\d[\d\s().-]{6,}\d|\d{1,5}\s+[a-z]+\s+(?:st|street|ave|avenue|rd|road|blvd|suite)\b|[省市区县路街号楼层室]\s*\d|\d+\s*[号楼层室]|${EU_STREET}`,
);
/** The sentence above says what follows is its content: "Our billing details are below.", 以下是我们的开票信息。 */
const POINTS_BELOW = /\b(?:below|following|as follows|these details|this entity|details are)\b|以下|如下/;

/** A company or a department's line as a signature writes it: no sentence, capitalised or Chinese, its legal form or its department. */
function isFirmName(part: string): boolean {
  const folded = part.toLowerCase().trim();
  if (folded === '' || !isSignatureLine(folded) || CONTACT.test(folded)) return false;
  if (!isTitleCompanyOrContact({ folded, cased: part.trim() })) return false;
  const han = folded.match(/[\u4e00-\u9fff]+/g);
  const last = han?.[han.length - 1] ?? '';
  return EN_COMPANY.test(folded) || DEPARTMENT.test(folded) || ZH_FIRM_END.test(last) || ZH_DEPARTMENT_END.test(last);
}

/** A title or a department (not a way to reach them): "Einkauf", "Procurement", 采购部, "Head of Ops". */
function isTitleOrDepartment(part: string): boolean {
  const folded = part.toLowerCase().trim();
  return !CONTACT.test(folded) && (EN_TITLE.test(folded) || ZH_TITLE.test(folded) || DEPARTMENT.test(folded) || ZH_DEPARTMENT_END.test(folded));
}

/** A firm named by its legal form, a second one under the first: a list of firms ("Acme Ltd / Globex Inc"), not a signature. */
/** A line that ends on a firm's legal form ("Acme Corp", "华东冷链物流有限公司"), compiled once. */
const ENDS_ON_LEGAL_FORM = new RegExp(String.raw`\b(?:${LEGAL_FORMS.join('|')})\b\.?$`);

function namesAFirm(line: SignatureLine): boolean {
  return !CONTACT.test(line.folded) && (ENDS_ON_LEGAL_FORM.test(line.folded) || /有限公司$|股份有限公司$|集团$/.test(line.folded));
}

/**
 * Whether the block from `start` is a firm's signature with no name: its first line a company or a
 * department (alone, or with titles and contacts beside it: "Acme Corp | Procurement | acme.com"),
 * every line below a title, department or contact line and no second firm, and among them a title
 * or department and a way to reach them, or a phone, an email or an address.
 */
function isFirmBlock(lines: readonly SignatureLine[], start: number, below: readonly SignatureLine[], bodyFrom: number): boolean {
  const line = lines[start];
  if (!line) return false;
  const [first = '', ...rest] = line.cased.trim().split(SEPARATOR);
  if (!isFirmName(first)) return false;
  const parts = [...rest.map((part) => ({ folded: part.toLowerCase().trim(), cased: part.trim() })), ...below];
  if (!rest.every((part) => isSignatureLine(part.toLowerCase().trim()) && isTitleCompanyOrContact({ folded: part.toLowerCase().trim(), cased: part.trim() }))) return false;
  if (!below.every((l) => isSignatureLine(l.folded) && isTitleCompanyOrContact(l) && !isAnotherPerson(l, undefined) && !namesAFirm(l))) return false;
  const reach = parts.some((p) => CONTACT.test(p.folded) || LABELLED_NUMBER.test(p.folded));
  const direct = parts.some((p) => PHONE_MAIL_OR_ADDRESS.test(p.folded));
  const titled = isTitleOrDepartment(first) || parts.some((p) => isTitleOrDepartment(p.cased));
  if (!direct && !(reach && titled)) return false;
  if (!readsAbove(lines, start, bodyFrom)) return false;
  let above = start - 1;
  while (above >= bodyFrom && lines[above]?.folded === '') above--;
  return !POINTS_BELOW.test(lines[above]?.folded ?? '');
}

/**
 * Where a trailing signature opened by a name (or a firm's, by its company line) begins: the index in `lines` of its name line, or
 * undefined. `lines` are the reply's lines above any sign-off or quoted history (blank lines as '');
 * `bodyFrom` is the first line that may be the reply's own words (after a greeting), so a block
 * needs a line of the reply above it.
 */
export function signatureBlockStart(lines: readonly SignatureLine[], bodyFrom: number): number | undefined {
  // The lines from the last up, blank ones passed over: a body written a block per line (Gmail's
  // <div>s) reads with a blank line between every line, a signature's too.
  const filled: number[] = [];
  for (let i = lines.length - 1; i >= bodyFrom + 1 && filled.length < SIGNATURE_LINES; i--) if (lines[i]?.folded !== '') filled.push(i);
  // The block: from the last line up, each a signature line; the name is its first line (the topmost
  // that reads as one: "Priya Raman" over "Acme Ltd", both name-shaped).
  let found: number | undefined;
  for (let k = 0; k < filled.length; k++) {
    const start = filled[k] ?? 0;
    const line = lines[start];
    // (no pattern runs on a long line: it is no signature's)
    if (!line || line.folded.length > MAX_CONTACT_LINE) break;
    const split = splitNameLine(line);
    const below = filled
      .slice(0, k)
      .map((i) => lines[i])
      .filter((l): l is SignatureLine => l !== undefined);
    // (a name that says a company or a title is no person's: "Acme Ltd" over "Globex Inc" is a list of firms)
    if (split && !hasSignatureCue(split.name.toLowerCase())) {
      const restOk = split.rest === '' || isSignatureLine(split.rest.toLowerCase());
      const cue = (split.rest !== '' && hasSignatureCue(split.rest.toLowerCase())) || below.some((l) => hasSignatureCue(l.folded));
      if (restOk && cue && below.every((l, j) => isSignatureLine(l.folded) && isTitleCompanyOrContact(l) && !isAnotherPerson(l, below[j - 1])) && readsAbove(lines, start, bodyFrom)) found = start;
    } else if (isFirmBlock(lines, start, below, bodyFrom)) found = start;
    if (!isSignatureLine(line.folded)) break;
  }
  return found;
}

/** The reply above the block: some words of its own, not leading into the block; right above it (no blank line between), a finished sentence. */
function readsAbove(lines: readonly SignatureLine[], start: number, bodyFrom: number): boolean {
  let above = start - 1;
  while (above >= bodyFrom && lines[above]?.folded === '') above--;
  if (above < bodyFrom) return false;
  const text = lines[above]?.folded ?? '';
  if (LEADS_IN.test(text)) return false;
  return above < start - 1 || /[.!?…~)]$|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]$/u.test(text);
}
