/**
 * A greeting before their words is not what they said: "Hi Sam, it is a real pain, yes." is quoted
 * from "it is", as are "Dear Ms Chen, …", "王总，…", "李先生 您好，…", "各位好！…", "Hi all – …".
 * Only a greeting that opens the sentence and ends at a comma, a colon, a dash or an exclamation
 * mark is dropped, and only when words follow it. Knowledge as data: one list per language.
 */
const NAME_EN = String.raw`(?:\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?|\p{Lu}[\p{L}'’.-]*|all|team|there|everyone|everybody|folks|guys|both|again))`;
const TITLE_ZH = '(?:总监|總監|主任|主管|处长|處長|科长|科長|院长|院長|教授|老板|老闆|顾问|顧問|总|總|经理|經理|先生|女士|小姐|老师|老師|博士|律师|律師|董|工|生|姐|哥)';
/** Titles that cannot end an ordinary word (员工, 学生 end in 工, 生): a name with one of them alone is a greeting. */
const TITLE_ZH_BARE = '(?:总监|總監|主任|处长|處長|科长|科長|院长|院長|教授|总|總|经理|經理|先生|女士|小姐|老师|老師|博士|律师|律師)';
const NAME_ZH = `(?:[\\p{Script=Han}]{1,3}${TITLE_ZH}|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?(?:\\s*${TITLE_ZH})?|各位|大家|各位同事|各位老师|各位老師)`;
const SALUTATION: readonly RegExp[] = [
  // Hi Sam, / Hello team: / Dear Ms Chen, / Good morning all – / Hey there! / hi sam,
  new RegExp(String.raw`^(?:[Hh]i|[Hh]iya|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]reetings|[Gg]ood (?:morning|afternoon|evening|day))(?:${NAME_EN}{0,3}|\s+[\p{Ll}]+)\s*(?:[,，:：!！]|\s[-–—])\s*`, 'u'),
  // 尊敬的王总： / 亲爱的 Sam， / 親愛的陳小姐：
  /^(?:尊敬的|亲爱的|親愛的)\s*[^，,：:！!\n]{1,16}[，,：:！!]\s*/u,
  // 王总您好， / 李先生 您好 / Sam 你好！ / 各位好， / 大家好 / 您好，
  new RegExp(`^(?:${NAME_ZH}[，,]?\\s*)?(?:您好|你好|妳好|大家好|各位好|早上好|下午好|晚上好|早安|午安|早晨)(?:[，,！!。：:~～]|\\s)+`, 'u'),
  // 王总， / 陈经理： / 張小姐， / 各位， / 大家： (a Latin name only with a Chinese title: "It's Jonas, not Jonah" is their words)
  new RegExp(`^(?:[\\p{Script=Han}]{1,3}${TITLE_ZH_BARE}|\\p{Lu}[\\p{L}'’.-]*\\s*${TITLE_ZH_BARE}|各位|大家|各位同事|各位老师|各位老師)\\s*[，,：:！!]\\s*`, 'u'),
];

/**
 * The words with a greeting that opens them dropped; unchanged when nothing follows the greeting,
 * or when it would drop the words at `keepFrom` (the offset of what the quote is for).
 */
export function withoutSalutation(words: string, keepFrom = words.length): string {
  let rest = words;
  // a greeting may follow a greeting: "Hi Sam, good morning! …", "王总，您好！…"
  for (let round = 0; round < 2; round++) {
    const pattern = SALUTATION.find((p) => p.test(rest));
    if (!pattern) break;
    const after = rest.replace(pattern, '');
    if (!/[\p{L}\p{N}]/u.test(after) || words.length - after.length > keepFrom) break;
    rest = after;
  }
  return rest;
}

/**
 * The sentence that holds `text[index]`, quoted (at most 300 characters), for what a reply asks or
 * tells: a Latin full stop ends it only before a space or the end, so an address or a version
 * ("piotr.nowak@vistula.example", "v1.2") stays whole. A greeting that opens it is not quoted.
 */
export function sentenceAt(text: string, index: number): string {
  return sentenceOver(text, index, 0);
}

/**
 * The sentence (or sentences) that hold `text[index … index + length]`, quoted (at most 300 characters), a greeting
 * that opens it left out: "Submissions close on Dec. 14 at 5 p.m. CET." whole around "close on", not "…on Dec.".
 */
export function sentenceOver(text: string, index: number, length: number): string {
  // (read in a window around the match: a quote is at most 300 characters, and a long thread is not split whole for each)
  const from = Math.max(0, index - 1000);
  const spans = sentenceSpans(text.slice(from, index + length + 1000)).map((s) => ({ start: from + s.start, end: from + s.start + s.text.length }));
  const start = spans.findLast((s) => s.start <= index)?.start ?? from;
  const last = spans.findLast((s) => s.start < Math.max(index + length, index + 1));
  const sentence = text.slice(start, last ? last.end : text.length);
  return withoutSalutation(sentence.trim(), index - start - (sentence.length - sentence.trimStart().length)).slice(0, 300);
}

/**
 * Words a full stop follows without ending the sentence: titles before a name ("Mr. Lee", "Dr. Chen"), "e.g.",
 * "i.e.", "vs.", "approx.", "incl.", "No. 5", "St.", "Jan." before its day. Knowledge as data.
 */
const NOT_AN_END = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'vs', 'v', 'approx', 'appx', 'incl', 'excl', 'esp', 'cf', 'eg', 'ie', 'etc', 'no', 'nos', 'fig', 'dept', 'ref', 'tel', 'ext', 'min', 'max', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
/** "etc.", "max.", "min." ("We can do 20% max. Anything more needs the CFO.") and a month's or a day's short name end a sentence when nothing follows them on the line but a new sentence's capital. */
const ENDS_BEFORE_CAPITAL = new Set(['etc', 'max', 'min', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
/** What closes a quotation or a bracket after a sentence's mark: "Send it.” Then…", 「好。」然後. */
const CLOSERS = '"”’\')）」』】]';

/**
 * Whether the full stop at `at` ends its sentence (not "1.5", "v1.2", an address, "e.g.", "Mr.", "U.S." or "J." before a name).
 * A half-width full stop written straight before a Chinese character ends one too ("合同没有问题.不过资安团队要先审一下",
 * "Thanks.上线周期太长了"), unless it is inside a link or an address ("www.例子.com", "wang@公司.cn").
 */
function fullStopEnds(text: string, at: number): boolean {
  // (a window each side: a word and what opens the next sentence are never longer)
  const after = text.slice(at + 1, at + 48);
  if (/^\p{Script=Han}/u.test(after)) {
    if (/(?:@|:\/\/|\bwww\.|\bwww$)\S*$/iu.test(text.slice(Math.max(0, at - 48), at))) return false;
    const before = dottedWordBefore(text, at);
    const short = before.toLowerCase();
    return !/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(before) && (!NOT_AN_END.has(short) || ENDS_BEFORE_CAPITAL.has(short));
  }
  if (!/^(?:[\s"”’')）」』】\]]|$)/u.test(after)) return false;
  const word = dottedWordBefore(text, at);
  const next = /^[\s"”’')）」』】\]]*(\S?)/u.exec(after)?.[1] ?? '';
  const capitalNext = /\p{Lu}|\p{Script=Han}/u.test(next);
  // a dotted short form ("e.g", "U.S", "a.m") or a single initial ("J. Smith") ends only at the end of the line; "I" is a word ("So do I. Let us talk Monday.")
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word) || (word.length === 1 && word !== 'I' && /\p{Lu}/u.test(word))) return next === '' || /^[^\S\n]*\n/.test(after);
  const lower = word.toLowerCase();
  // ("No. 5" is a number's; "he said no." ends)
  if (lower === 'no' || lower === 'nos') return !/^\s*\d/.test(after);
  if (NOT_AN_END.has(lower)) return ENDS_BEFORE_CAPITAL.has(lower) ? capitalNext && !/^\s*\d/.test(after) && next !== '' : next === '';
  return true;
}

/** The word (letters, dotted: "e.g", "U.S"; not Chinese characters, which are no short form: "我们在U.S") just before `at`. */
function dottedWordBefore(text: string, at: number): string {
  return /((?:(?!\p{Script=Han})\p{L})+(?:\.(?:(?!\p{Script=Han})\p{L})+)*)$/u.exec(text.slice(Math.max(0, at - 48), at))?.[1] ?? '';
}

/** The characters that may end a sentence or a clause (the rest of the text is passed over at once). */
const MARKS = new Set(['\n', '。', '！', '？', '!', '?', '.', '…', '，', ',', '；', ';']);

/** What opens an example after a comma: it does not cut the clause. */
const EXAMPLE_NEXT = /^\s*(?:e\.\s?g\.|i\.\s?e\.|eg\b|ie\b|such as\b|including\b|incl\.|especially\b|esp\.|for (?:example|instance)\b|比如|例如|譬如|包括|像是|尤其是|特别是|特別是)/i;

/** Where the text's sentences (with `clauses`, its clauses) end: the offsets just past each closing mark and what closes a quote after it. */
function endsOf(text: string, clauses: boolean): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (!MARKS.has(c)) continue;
    let end = false;
    if (c === '\n' || c === '。' || c === '！' || c === '？') end = true;
    else if (c === '!' || c === '?') end = /^(?:[\s"”’')）」』】\]!?]|\p{Script=Han}|$)/u.test(text.slice(i + 1, i + 2));
    else if (c === '…' || (c === '.' && text[i + 1] === '.')) {
      // an ellipsis ends a sentence before a capital, a Chinese character or the end, not inside one ("we'll see… maybe in May")
      while (text[i + 1] === '.' || text[i + 1] === '…') i++;
      end = /^(?:\s*$|\s+[\p{Lu}\p{Script=Han}"“]|[\p{Script=Han}"”」』])/u.test(text.slice(i + 1, i + 3));
    } else if (c === '.') end = fullStopEnds(text, i);
    else if (clauses) {
      // a comma, except in a number ("1,500") or before a year ("March 3, 2027"); 顿号 "、" lists, a colon introduces: neither cuts
      // an example belongs to the clause it is an example of ("Does the price include onboarding, e.g. training?", 包括培训吗，比如上门培训？)
      if (c === '；') end = true;
      else if (c === '，') end = !EXAMPLE_NEXT.test(text.slice(i + 1, i + 16));
      else if (c === ';') end = /^(?:\s|$)/.test(text.slice(i + 1, i + 2));
      else if (c === ',') end = !/^\d/.test(text[i + 1] ?? '') && !/^\s*\d{4}\b/.test(text.slice(i + 1, i + 7)) && !EXAMPLE_NEXT.test(text.slice(i + 1, i + 16));
    }
    if (!end) continue;
    while (i + 1 < text.length && (CLOSERS.includes(text[i + 1] ?? '') || /[!?！？。]/u.test(text[i + 1] ?? ''))) i++;
    ends.push(i + 1);
  }
  return ends;
}

/** The text's pieces between the given ends, each with its offset in the text (untrimmed, end marks kept). */
function piecesOf(text: string, ends: readonly number[]): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let start = 0;
  for (const end of [...ends, text.length]) {
    if (end > start) pieces.push({ text: text.slice(start, end), start });
    start = end;
  }
  return pieces;
}

/**
 * The text's sentences, each with its offset: one ends at a full stop, "!", "?", "。！？", an ellipsis before a new
 * sentence, or a line break; not at "1.5", "v1.2", an email address, "e.g.", "Mr.", "U.S." or a URL's "?". A semicolon
 * joins two clauses of one sentence ("上线周期太长了；我们等不了半年"): `clausesOf` cuts there. The one splitter of
 * lib/situation (`sentencesOf` for their words alone, `sentenceOver` for the sentence quoted around a match).
 *
 * @example sentenceSpans('Mr. Lee said 1.5 days. Too long?') // [{ text: 'Mr. Lee said 1.5 days.', start: 0 }, { text: ' Too long?', start: 22 }]
 */
export function sentenceSpans(text: string): { text: string; start: number }[] {
  return piecesOf(text, endsOf(text, false));
}

/** The text's sentences, trimmed, without empty ones (see `sentenceSpans`). */
export function sentencesOf(text: string): string[] {
  return sentenceSpans(text)
    .map((s) => s.text.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * The text's clauses: its sentences cut again at a semicolon and a comma ("；", ";", "，", ","; not in "1,500" nor
 * before the year of "March 3, 2027"), each with its offset. A 顿号 "、" lists and a colon introduces: neither cuts.
 */
export function clauseSpans(text: string): { text: string; start: number }[] {
  return piecesOf(text, endsOf(text, true));
}

/** The text's clauses, trimmed, without empty ones (see `clauseSpans`). */
export function clausesOf(text: string): string[] {
  return clauseSpans(text)
    .map((s) => s.text.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * The text up to its first sentence's end (with `clause`, its first clause's), the mark kept: what follows a match
 * in the same sentence ("…closes on Dec. 14. Questions by the 1st" after "closes on": " Dec. 14."); the mark alone when the text opens with it.
 */
export function headOf(text: string, unit: 'sentence' | 'clause' = 'sentence'): string {
  const end = endsOf(text, unit === 'clause')[0];
  return end === undefined ? text : text.slice(0, end);
}

/** The text after its last sentence's end (with `clause`, its last clause's): what precedes a match in the same sentence or clause. */
export function tailOf(text: string, unit: 'sentence' | 'clause' = 'sentence'): string {
  const end = endsOf(text, unit === 'clause').at(-1);
  return end === undefined ? text : text.slice(end);
}

/** What only leads into a Chinese writer's point ("我們這邊評估之後", "我们看了一下报价", "老實講", "收到"): no point to quote. */
const LEAD_IN_ZH =
  /^(?:(?:我们|我們|我哋|我)(?:这边|這邊|呢边|呢邊|内部|內部)?(?:已经|已經)?(?:看了一下|看了|看过|看過|睇咗|睇過|睇完|讨论过|討論過|讨论了|討論了|评估过|評估過|评估之后|評估之後|評估後|评估后|研究过|研究過|研究了)(?:了|一下)?(?:一下)?(?:份|这份|這份|你们的|你們的|你哋嘅|贵司的|貴司的)?(?:报价单?|報價單?|方案|quotation|quote|proposal|合同|合約|合约)?|老实讲|老實講|老实说|老實說|说实话|說實話|坦白讲|坦白講|坦白说|坦白說|收到|谢谢|謝謝|多谢|多謝|唔該|整体来说|整體來說|总的来说|總的來說|總括嚟講)$/i;

const LEAD_WORDS_ZH =
  /^(?:老实讲|老實講|老实说|老實說|说实话|說實話|坦白讲|坦白講|坦白说|坦白說|整体来说|整體來說|总的来说|總的來說|總括嚟講|(?:我们|我們|我哋|我)(?:这边|這邊|呢边|呢邊|内部|內部)?(?:评估之后|評估之後|評估後|评估后|讨论之后|討論之後|討論後|讨论后|看了之后|看了之後|睇完|研究之后|研究之後)?(?:觉得|覺得|认为|認為|感觉|感覺|發現|发现))[，,\s]*/;

/** A courtesy, thanks, apology or framing clause (不好意思, 非常感谢您的详细方案, 抱歉回复晚了, 是這樣的, 您好, 首先…): no point to quote. */
const COURTESY_ZH =
  /^(?:(?:(?:实在|實在|真的|很|非常)?(?:不好意思|抱歉|对不起|對不起|唔好意思|sorry)(?:[^，,]{0,4}(?:回复晚了|回復晚了|回覆晚了|久等了|晚回复了|晚回覆了|才回复|才回覆))?)|(?:首先)?(?:非常|十分|很|真的|再次)?(?:感谢|感謝|谢谢|謝謝|多谢|多謝|唔該晒|唔该晒)(?:您|你|贵司|貴司|你们|你們|你哋)?(?:的|嘅)?[^，,]{0,12}|是这样的?|是這樣的?|係咁嘅|事情是这样的?|事情是這樣的?|[\p{Script=Han}A-Za-z]{0,4}(?:您好|你好|早上好|下午好))$/iu;
/** What turns from the clause before it to the point (不过, 但是, 可是, 只是, 然而): the clause before is no point. */
const TURN_ZH = /^(?:不过|不過|但是|但係|但|可是|只是|然而|可惜)[，,\s]*/;

/**
 * Their long words cut to their point for a Chinese draft to quote, as a native writer refers to it in a few words:
 * the first clause (cut at ，；。) that says something, not the lead-in ("我們這邊評估之後覺得導入時間太長了，因為…" →
 * "我們這邊評估之後覺得導入時間太長了"). Never cut inside a clause: a clause longer than `max` is kept whole; a question, or
 * words of `max` characters or fewer, unchanged.
 *
 * @example pointOfQuote('我们看了一下报价，整体来说比我们去年用的那套系统贵了差不多百分之三十，老板那边可能不太好批。') // '整体来说比我们去年用的那套系统贵了差不多百分之三十'
 */
export function pointOfQuote(text: string, max = 30): string {
  const whole = text.trim();
  if (whole.length <= max || /[?？]\s*$/.test(whole)) return whole;
  const clauses = clausesOf(whole).map((c) => c.replace(/[，,；;。.!！\s]+$/u, ''));
  // (not a courtesy lead-in, nor a clause a later 不过/但是 turns from; the turn word itself dropped)
  const point = clauses
    .map((c, i) => ({ c: c.replace(TURN_ZH, ''), turnedFrom: TURN_ZH.test(clauses[i + 1] ?? '') }))
    .find(({ c, turnedFrom }) => !LEAD_IN_ZH.test(c) && !COURTESY_ZH.test(c) && !turnedFrom && c.length >= 4)?.c;
  if (!point) return whole;
  // (a lead-in opening the clause itself, "老實講…", "我們這邊評估之後覺得…": the point after it, when some is left)
  const bare = point.replace(LEAD_WORDS_ZH, '');
  return bare.length >= 4 ? bare : point;
}
